// The JavaScript of stream.finished and stream.pipeline (after streamDuplexSource.ts):
// finished (end-of-stream) calls back once a stream ended, finished, errored or closed early
// (ERR_STREAM_PREMATURE_CLOSE); pipeline pipes each stream into the next, destroys them all on
// the first error and calls back on a nextTick, as Node's end-of-stream.js and pipeline.js do.
export const STREAM_PIPELINE_SOURCE = String.raw`
function onceCallback(callback) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return callback.apply(this, args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw err('InvalidArgType', 'options', 'of type object', internals.received(options));
  }
  if (typeof callback !== 'function') throw err('InvalidArgType', 'callback', 'of type function', internals.received(callback));
  validateAbortSignal(options.signal, 'options.signal');
  callback = onceCallback(callback);
  if (!isNodeStream(stream)) {
    throw err('InvalidArgType', 'stream', 'an instance of ReadableStream, WritableStream, or Stream', internals.received(stream));
  }
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;
  const onlegacyfinish = () => { if (!stream.writable) onfinish(); };
  let emitsClose = willEmitClose(stream) && isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) emitsClose = false;
    if (emitsClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (e) => { callback.call(stream, e); };
  let closed = isClosed(stream);
  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, err('StreamPrematureClose'));
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, err('StreamPrematureClose'));
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  if (closed) {
    nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!emitsClose) nextTick(onclosed);
  } else if (!readable && (!emitsClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
    nextTick(onclosed);
  } else if (!writable && (!emitsClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    nextTick(onclosed);
  }
  const cleanup = function cleanup() {
    callback = nop;
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
  const signal = options.signal;
  if (signal && !closed) {
    // The callback in force when the signal aborts gets the AbortError; a cleanup before makes it a no-op.
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      nextTick(abort);
    } else {
      const remove = addAbortListener(signal, abort);
      const originalCallback = callback;
      callback = onceCallback((...args) => {
        remove();
        originalCallback.apply(stream, args);
      });
    }
  }
  return cleanup;
}

function pipelineDestroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => { finished = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (e) => { finished = !e; });
  return {
    destroy: (e) => {
      if (finished) return;
      finished = true;
      destroyer(stream, e || err('StreamDestroyed', 'pipe'));
    },
    cleanup,
  };
}

function pipeline(...streams) {
  const callback = streams.pop();
  if (typeof callback !== 'function') throw err('InvalidArgType', 'callback', 'of type function', internals.received(callback));
  return pipelineImpl(streams, onceCallback(callback), {});
}

// Node takes any other object with object readable and writable properties for a web
// TransformStream (a { readable, writable } pair of Node streams too), and Glassbox has none.
const WEB_STAGE = 'a pipeline stage that is a web stream (or an object with readable and writable, which Node takes for a TransformStream)';
function isTransformStreamLike(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' && typeof obj.writable === 'object');
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw err('MissingArgs', '"streams" argument');
  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');
  function abort() { finishImpl(new AbortError(undefined, { cause: outerSignal?.reason })); }
  const removeAbort = outerSignal ? addAbortListener(outerSignal, abort) : nop;
  let value;
  let error;
  const destroys = [];
  const lastStreamCleanup = [];
  let finishCount = 0;
  function finish(e) { finishImpl(e, --finishCount === 0); }
  function finishImpl(e, final) {
    if (e && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = e;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    removeAbort();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      nextTick(callback, error, value);
    }
  }
  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts.end !== false;
    const isLastStream = i === streams.length - 1;
    if (isNodeStream(stream)) {
      if (end) {
        const { destroy: destroyStream, cleanup } = pipelineDestroyer(stream, reading, writing);
        destroys.push(destroyStream);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      function onError(e) {
        if (e && e.name !== 'AbortError' && e.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(e);
      }
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) lastStreamCleanup.push(() => { stream.removeListener('error', onError); });
    }
    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw err('InvalidReturnValue', 'Iterable, AsyncIterable or Stream', 'source', returnedType(ret));
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else if (isTransformStreamLike(stream)) {
        natives.unsupported(WEB_STAGE);
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(makeAsyncIterable(ret), { signal });
      if (reading) {
        if (!isIterable(ret, true)) throw err('InvalidReturnValue', 'AsyncIterable', 'transform[' + (i - 1) + ']', returnedType(ret));
      } else {
        const pt = new PassThrough({ objectMode: true });
        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            nextTick(finish);
          }, (e) => {
            pt.destroy(e);
            nextTick(finish, e);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw err('InvalidReturnValue', 'AsyncIterable or Promise', 'destination', returnedType(ret));
        }
        ret = pt;
        const { destroy: destroyStream, cleanup } = pipelineDestroyer(ret, false, true);
        destroys.push(destroyStream);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipeStage(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw err('InvalidArgType', 'val', 'an instance of Readable, Iterable, AsyncIterable, ReadableStream, or TransformStream', internals.received(ret));
      }
      ret = stream;
    } else if (isTransformStreamLike(stream)) {
      natives.unsupported(WEB_STAGE);
    } else {
      ret = Duplex.from(stream);
    }
  }
  if (signal.aborted || outerSignal?.aborted) nextTick(abort);
  return ret;
}

function pipeStage(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(err('StreamPrematureClose'));
  });
  src.pipe(dst, { end: false });
  if (end) {
    function endFn() {
      ended = true;
      dst.end();
    }
    if (isReadableFinished(src)) nextTick(endFn);
    else src.once('end', endFn);
    eos(src, { readable: true, writable: false }, (e) => {
      const rState = src._readableState;
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        src.once('end', finish).once('error', finish);
      } else {
        finish(e);
      }
    });
  } else {
    finish();
  }
  return eos(dst, { readable: false, writable: true }, finish);
}
`;
