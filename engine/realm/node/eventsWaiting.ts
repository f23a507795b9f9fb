// The JavaScript of `events.once`, `events.on` and `getEventListeners` (run after eventsSource.ts's EventEmitter, in
// the same module function): waiting for events as a promise and as an async iterator, as
// Node's lib/events.js does for EventEmitters (and EventTargets for once), with the AbortSignal option
// (eventsSignals.ts).
export const WAITING_SOURCE = String.raw`
const NodePromise = Promise;
const AsyncIteratorPrototype = getPrototypeOf(getPrototypeOf(async function* () {}).prototype);

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  checkAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new NodePromise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    agnosticAdd(emitter, name, resolver);
    // EventTargets have no 'error' event as emitters do.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) signal.addEventListener('abort', abortListener, { once: true });
  });
}

function on(emitter, event, options = {}) {
  const signal = options?.signal;
  checkAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const done = () => NodePromise.resolve({ value: undefined, done: true });
  const iterator = {
    __proto__: AsyncIteratorPrototype,
    next() {
      if (unconsumedEvents.length > 0) return NodePromise.resolve({ value: unconsumedEvents.shift(), done: false });
      if (error) {
        const p = NodePromise.reject(error);
        error = null;
        return p;
      }
      if (finished) return done();
      return new NodePromise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      finished = true;
      for (const promise of unconsumedPromises.splice(0)) promise.resolve({ value: undefined, done: true });
      return done();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw internals.nodeError('InvalidPropertyType', 'EventEmitter.AsyncIterator', 'an instance of Error', internals.received(err));
      }
      error = err;
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(...args) {
    const promise = unconsumedPromises.shift();
    if (promise) promise.resolve({ value: args, done: false });
    else unconsumedEvents.push(args);
  }

  function errorHandler(err) {
    finished = true;
    const toError = unconsumedPromises.shift();
    if (toError) toError.reject(err);
    else error = err;
    iterator.return();
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const listeners = internals.eventTargetListeners(emitterOrTarget, type);
  if (listeners !== undefined) return listeners;
  throw internals.nodeError('InvalidArgType', 'emitter', 'an instance of EventEmitter or EventTarget', internals.received(emitterOrTarget));
}

EventEmitter.once = once;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.on = on;
`;
