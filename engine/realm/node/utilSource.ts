// The JavaScript part of the `util` core module (compiled in the realm by jsModule.ts): the
// functions Node writes in JS over user functions and promises (promisify, callbackify,
// inherits, deprecate) and isDeepStrictEqual. format, inspect and types are natives (util.ts).
export const UTIL_SOURCE = String.raw`
const { apply, construct, ownKeys } = Reflect;
const { defineProperty, defineProperties, getOwnPropertyDescriptors, getPrototypeOf, setPrototypeOf, is } = Object;
const toStringOf = Object.prototype.toString;
const isEnumerable = Object.prototype.propertyIsEnumerable;
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

function ownEnumerableKeys(o) {
  return ownKeys(o).filter((k) => apply(isEnumerable, o, [k]));
}

/** Map or Set entries of b matched to a's: a primitive key by identity, an object key by deep equality. */
function sameEntries(a, b, isMap, memo) {
  const unmatched = [...b];
  for (const entry of a) {
    const key = isMap ? entry[0] : entry;
    if (typeof key !== 'object' || key === null) {
      if (!b.has(key) || (isMap && !deepEqual(entry[1], b.get(key), memo))) return false;
      continue;
    }
    const i = unmatched.findIndex((other) => isMap
      ? deepEqual(key, other[0], memo) && deepEqual(entry[1], other[1], memo)
      : deepEqual(key, other, memo));
    if (i < 0) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

function deepEqual(a, b, memo) {
  if (is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  const tag = apply(toStringOf, a, []);
  if (tag !== apply(toStringOf, b, [])) return false;
  const seen = memo.get(a);
  if (seen === b) return true;
  memo.set(a, b);
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (tag === '[object Date]' && !is(a.getTime(), b.getTime())) return false;
  if (tag === '[object RegExp]' && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
  if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
  if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]') {
    if (!is(a.valueOf(), b.valueOf())) return false;
  }
  if (tag === '[object Map]' || tag === '[object Set]') {
    if (a.size !== b.size || !sameEntries(a, b, tag === '[object Map]', memo)) return false;
  }
  const keys = ownEnumerableKeys(a);
  if (keys.length !== ownEnumerableKeys(b).length) return false;
  for (const key of keys) {
    if (!apply(isEnumerable, b, [key]) || !deepEqual(a[key], b[key], memo)) return false;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, new Map());
}

return { callbackify, deprecate, inherits, isDeepStrictEqual, promisify };
`;
