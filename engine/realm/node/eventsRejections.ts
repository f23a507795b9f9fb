// The JavaScript of EventEmitter's captureRejections (after eventsSource.ts, in the same module
// function): a listener's rejected promise becomes the emitter's Symbol.for('nodejs.rejection')
// call or its 'error' event, a tick later, as Node's lib/events.js does.
export const REJECTIONS_SOURCE = String.raw`
const kRejection = Symbol.for('nodejs.rejection');
const nextTick = process.nextTick;

function checkBoolean(value, name) {
  if (typeof value !== 'boolean') throw internals.nodeError('InvalidPropertyType', name, 'of type boolean', internals.received(value));
}

/** captureRejections: a listener's rejected promise becomes the emitter's [nodejs.rejection] call or 'error' event, a tick later. */
function addCatch(that, promise, type, args) {
  if (!that[kCapture] || promise === undefined || promise === null) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => { nextTick(emitUnhandledRejectionOrErr, that, err, type, args); });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    checkBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});
EventEmitter.captureRejectionSymbol = kRejection;
`;
