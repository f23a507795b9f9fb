// The JavaScript part of the `util` core module (compiled in the realm by jsModule.ts): the
// functions Node writes in JS over user functions and promises (promisify, callbackify,
// inherits, deprecate); isDeepStrictEqual comes from utilCompareSource.ts. format, inspect and types are natives (util.ts).
export const UTIL_SOURCE = String.raw`
const { apply, construct, ownKeys } = Reflect;
const { defineProperty, defineProperties, getOwnPropertyDescriptors, getPrototypeOf, setPrototypeOf } = Object;
const NodePromise = Promise;
const nextTick = process.nextTick;
const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function checkFunction(value, name) {
  if (typeof value !== 'function') throw internals.nodeError('InvalidArgType', name, 'of type function', internals.received(value));
}

/** The descriptors of original's own properties, copied onto a wrapper as Node does. */
function ownDescriptors(original) {
  const descriptors = getOwnPropertyDescriptors(original);
  for (const key of ownKeys(descriptors)) setPrototypeOf(descriptors[key], null);
  return descriptors;
}

function promisify(original) {
  checkFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    checkFunction(fn, 'util.promisify.custom');
    return defineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new NodePromise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
      apply(original, this, args);
    });
  }
  setPrototypeOf(fn, getPrototypeOf(original));
  defineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true });
  return defineProperties(fn, ownDescriptors(original));
}
promisify.custom = kCustomPromisified;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = internals.nodeError('FalsyValueRejection');
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  checkFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw internals.nodeError('InvalidLastArgType', 'of type function', internals.received(maybeCb));
    const cb = maybeCb.bind(this);
    apply(original, this, args).then(
      (ret) => { nextTick(cb, null, ret); },
      (rej) => { nextTick(callbackifyOnRejected, rej, cb); });
  }
  const descriptors = ownDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw internals.nodeError('InvalidArgType', 'ctor', 'of type function', internals.received(ctor));
  if (superCtor === undefined || superCtor === null) {
    throw internals.nodeError('InvalidArgType', 'superCtor', 'of type function', internals.received(superCtor));
  }
  if (superCtor.prototype === undefined) {
    throw internals.nodeError('InvalidPropertyType', 'superCtor.prototype', 'of type object', internals.received(superCtor.prototype));
  }
  defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') {
    throw internals.nodeError('InvalidArgType', 'code', 'of type string', internals.received(code));
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      internals.emitWarning('DeprecationWarning', msg, code);
    }
    if (new.target) return construct(fn, args, new.target);
    return apply(fn, this, args);
  }
  setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

return { callbackify, debuglog, deprecate, inherits, isDeepStrictEqual, parseArgs, promisify, styleText, inspectColors, inspectStyles };
`;
