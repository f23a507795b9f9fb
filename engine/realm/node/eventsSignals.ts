// The JavaScript of what `events` does with AbortSignals and listener limits (run before
// eventsWaiting.ts, in the same module function): Node's AbortError, addAbortListener, and
// events.setMaxListeners/getMaxListeners over emitters and EventTargets.
export const SIGNALS_SOURCE = String.raw`
// Node 20 names its Symbol.dispose polyfill so; the realm may have no Symbol.dispose.
const kDispose = Symbol.dispose ?? Symbol('nodejs.dispose');
const eventTargetMax = new WeakMap();

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function checkAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw internals.nodeError(name.includes('.') ? 'InvalidPropertyType' : 'InvalidArgType', name, 'an instance of AbortSignal', internals.received(signal));
  }
}

function isEventTarget(v) {
  return internals.eventTargetListeners(v, '') !== undefined;
}

/** A listener on an emitter (once) or an EventTarget (once: true). */
function agnosticAdd(target, name, listener) {
  if (typeof target.once === 'function') target.once(name, listener);
  else target.addEventListener(name, listener, { once: true });
}

function agnosticRemove(target, name, listener) {
  if (typeof target.removeListener === 'function') target.removeListener(name, listener);
  else target.removeEventListener(name, listener);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw internals.nodeError('InvalidArgType', 'signal', 'an instance of AbortSignal', internals.received(signal));
  checkAbortSignal(signal, 'signal');
  checkListener(listener);
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    removeEventListener = () => { signal.removeEventListener('abort', listener); };
  }
  return { __proto__: null, [kDispose]() { removeEventListener?.(); } };
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) eventTargetMax.set(target, n);
    else if (typeof target?.setMaxListeners === 'function') target.setMaxListeners(n);
    else throw internals.nodeError('InvalidArgType', 'eventTargets', 'an instance of EventEmitter or EventTarget', internals.received(target));
  }
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  // An EventTarget's limit is Node's first default unless set for it.
  if (isEventTarget(emitterOrTarget)) return eventTargetMax.get(emitterOrTarget) ?? 10;
  throw internals.nodeError('InvalidArgType', 'emitter', 'an instance of EventEmitter or EventTarget', internals.received(emitterOrTarget));
}

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.getMaxListeners = getMaxListeners;
`;
