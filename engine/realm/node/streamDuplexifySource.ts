// The JavaScript of Duplex.from (after streamSignalSource.ts): a stream, an iterable, an async
// generator function, a Promise or a { readable, writable } pair made into one Duplex, as Node's
// duplexify.js does. Glassbox has no web streams or Blobs, so their branches are not here.
export const STREAM_DUPLEXIFY_SOURCE = String.raw`
// A Duplex that can be made with either side already over (readable: false, writable: false).
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState && typeof obj.on === 'function' && typeof obj.write === 'function');
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (typeof body === 'function') return duplexifyFunction(body, name);
  if (typeof body === 'object' && body !== null && body instanceof natives.Blob()) return duplexify(body.arrayBuffer());
  if (isIterable(body)) return fromIterable(Duplexify, body, { objectMode: true, writable: false });
  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ? (isReadableNodeStream(body?.readable) ? body?.readable : duplexify(body.readable)) : undefined;
    const writable = body?.writable ? (isWritableNodeStream(body?.writable) ? body?.writable : duplexify(body.writable)) : undefined;
    return duplexifyPair({ readable, writable });
  }
  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (e) => { destroyer(d, e); });
    return d = new Duplexify({ objectMode: true, writable: false, read() {} });
  }
  throw err('InvalidArgType', name, 'of type function or an instance of Blob, ReadableStream, WritableStream, Stream, Iterable, AsyncIterable, or Promise or { readable, writable } pair', returnedType(body));
}

// fn(source, { signal }): what is written is source's values; what fn gives back is read.
function duplexifyFunction(body, name) {
  const { value, write, final, destroy } = fromAsyncGen(body);
  if (isDuplexNodeStream(value)) return value;
  if (isIterable(value)) return fromIterable(Duplexify, value, { objectMode: true, write, final, destroy });
  const then = value?.then;
  if (typeof then === 'function') {
    let d;
    const promise = then.call(value, (val) => {
      if (val != null) throw err('InvalidReturnValue', 'nully', 'body', returnedType(val));
    }, (e) => { destroyer(d, e); });
    return d = new Duplexify({
      objectMode: true,
      readable: false,
      write,
      final(cb) {
        final(async () => {
          try {
            await promise;
            nextTick(cb, null);
          } catch (e) {
            nextTick(cb, e);
          }
        });
      },
      destroy,
    });
  }
  throw err('InvalidReturnValue', 'Iterable, AsyncIterable or AsyncFunction', name, returnedType(value));
}

function deferred() {
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  return { promise, resolve };
}

// Calls fn with an async generator of the chunks written to the Duplex; each write's callback
// runs once the generator took its chunk.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function* () {
    while (true) {
      const taken = promise;
      promise = null;
      const { chunk, done, cb } = await taken;
      nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const give = resolve;
      resolve = null;
      give({ chunk, done: false, cb });
    },
    final(cb) {
      const give = resolve;
      resolve = null;
      give({ done: true, cb });
    },
    destroy(error, cb) {
      ac.abort();
      cb(error);
    },
  };
}

// The plumbing duplexifyPair and compose share: a Duplex whose writes go into w and whose
// reads come from r, each callback held until the other stream's event (drain, finish, readable).
function waitingCallbacks() {
  const waiting = { drain: null, finish: null, readable: null };
  waiting.call = (name) => { const cb = waiting[name]; if (cb) { waiting[name] = null; cb(); } };
  waiting.clear = () => { waiting.drain = null; waiting.finish = null; waiting.readable = null; };
  return waiting;
}
function writeInto(d, w, waiting) {
  d._write = function (chunk, encoding, callback) {
    if (w.write(chunk, encoding)) callback();
    else waiting.drain = callback;
  };
  d._final = function (callback) {
    w.end();
    waiting.finish = callback;
  };
  w.on('drain', () => waiting.call('drain'));
}
function readFrom(d, r, waiting) {
  r.on('readable', () => waiting.call('readable'));
  r.on('end', () => { d.push(null); });
  d._read = function () {
    while (true) {
      const buf = r.read();
      if (buf === null) {
        waiting.readable = d._read;
        return;
      }
      if (!d.push(buf)) return;
    }
  };
}

// One Duplex over a readable and a writable stream: writes go to the writable, reads come from
// the readable (wrapped when it is an old-style stream), each waiting on the other's events.
function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  const waiting = waitingCallbacks();
  let onclose;
  let d;
  function onfinished(e) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(e);
    else if (e) d.destroy(e);
  }
  d = new Duplexify({ readableObjectMode: !!r?.readableObjectMode, writableObjectMode: !!w?.writableObjectMode, readable, writable });
  if (writable) {
    eos(w, (e) => {
      writable = false;
      if (e) destroyer(r, e);
      onfinished(e);
    });
    writeInto(d, w, waiting);
    w.on('finish', () => waiting.call('finish'));
  }
  if (readable) {
    eos(r, (e) => {
      readable = false;
      if (e) destroyer(r, e);
      onfinished(e);
    });
    readFrom(d, r, waiting);
  }
  d._destroy = function (error, callback) {
    if (!error && onclose !== null) error = new AbortError();
    waiting.clear();
    if (onclose === null) {
      callback(error);
    } else {
      onclose = callback;
      destroyer(w, error);
      destroyer(r, error);
    }
  };
  return d;
}
`;
