// The JavaScript of `for await (const chunk of readable)`, Readable.from(iterable) and
// Readable.wrap (after streamFlowSource.ts): the iterator reads on 'readable' and ends through
// finished(); from() pulls the iterable on each _read, as Node's readable.js and from.js do.
export const STREAM_ITER_SOURCE = String.raw`
Readable.prototype[Symbol.asyncIterator] = function () { return streamToAsyncIterator(this); };

Readable.prototype.iterator = function (options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw err('InvalidArgType', 'options', 'of type object', internals.received(options));
  }
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = eos(stream, { writable: false }, (e) => {
    error = e ? aggregateTwoErrors(error, e) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (e) {
    error = aggregateTwoErrors(error, e);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) && (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// An old-style stream (one with 'data' events and no read()) as this Readable's source.
Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (e) => { errorOrDestroy(this, e); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // Node skips the first own key (an emitter's _events) and binds the wrapped stream's other methods.
  const streamKeys = Object.keys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
  }
  return this;
};

Readable.wrap = function (src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(error, callback) {
      destroyer(src, error);
      callback(error);
    },
  }).wrap(src);
};

Readable.from = function (iterable, opts) { return fromIterable(Readable, iterable, opts); };

// A ReadableCtor (Readable, or Duplex.from's Duplexify) that pulls iterable on each _read.
function fromIterable(ReadableCtor, iterable, opts) {
  if (typeof iterable === 'string' || isBuffer(iterable)) {
    return new ReadableCtor({ objectMode: true, ...opts, read() { this.push(iterable); this.push(null); } });
  }
  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw err('InvalidArgType', 'iterable', 'an instance of Iterable', internals.received(iterable));
  }
  const readable = new ReadableCtor({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };
  readable._destroy = function (error, cb) {
    close(error).then(() => nextTick(cb, error), (e) => nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const res = (value && typeof value.then === 'function') ? await value : value;
          if (res === null) {
            reading = false;
            throw err('StreamNullValues');
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (e) {
        readable.destroy(e);
      }
      break;
    }
  }
  return readable;
}
`;
