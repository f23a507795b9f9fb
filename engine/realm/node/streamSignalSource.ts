// The JavaScript of AbortSignals on streams (after streamPumpSource.ts): stream.addAbortSignal and
// the `signal` option of the constructors destroy the stream with an AbortError whose cause is the
// signal's reason, as Node's add-abort-signal.js does. finished and pipeline take the listener from here.
export const STREAM_SIGNAL_SOURCE = String.raw`
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw err(name.includes('.') ? 'InvalidPropertyType' : 'InvalidArgType', name, 'an instance of AbortSignal', returnedType(signal));
  }
}

// Taken once, as nextTick is, so a program that replaces the global does not change the order.
const queueMicrotaskOf = queueMicrotask;

// events.addAbortListener's work: a signal already aborted calls back on a microtask. Returns the remover.
function addAbortListener(signal, listener) {
  if (signal.aborted) {
    queueMicrotaskOf(() => listener());
    return nop;
  }
  signal.addEventListener('abort', listener, { once: true });
  return () => { signal.removeEventListener('abort', listener); };
}

function addAbortSignal(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw err('InvalidArgType', 'signal', 'an instance of AbortSignal', returnedType(signal));
  }
  if (!isNodeStream(stream)) {
    throw err('InvalidArgType', 'stream', 'an instance of ReadableStream, WritableStream, or Stream', returnedType(stream));
  }
  return addAbortSignalNoValidate(signal, stream);
}

// What the constructors call: an object that is not a signal is ignored there.
function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    const remove = addAbortListener(signal, onAbort);
    eos(stream, remove);
  }
  return stream;
}
`;
