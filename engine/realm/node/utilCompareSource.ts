// The JavaScript of Node's deep comparison, shared by util.isDeepStrictEqual and assert's
// deepEqual/deepStrictEqual (compiled in the realm as part of those modules): `strict` compares
// with Object.is, prototypes and symbol keys; loose compares primitives with ==.
export const COMPARE_SOURCE = String.raw`
const compareOwnKeys = Reflect.ownKeys;
const compareApply = Reflect.apply;
const compareToString = Object.prototype.toString;
const compareIsEnumerable = Object.prototype.propertyIsEnumerable;

function compareKeys(o, strict) {
  if (!strict) return Object.keys(o);
  return compareOwnKeys(o).filter((k) => compareApply(compareIsEnumerable, o, [k]));
}

function bothNaN(a, b) {
  return typeof a === 'number' && typeof b === 'number' && a !== a && b !== b;
}

/** Map or Set entries of b matched to a's: a primitive key by identity, an object key by deep equality. */
function sameEntries(a, b, isMap, strict, memo) {
  const unmatched = [...b];
  for (const entry of a) {
    const key = isMap ? entry[0] : entry;
    if ((typeof key !== 'object' || key === null) && b.has(key)) {
      if (isMap && !deepCompare(entry[1], b.get(key), strict, memo)) return false;
      const i = unmatched.findIndex((other) => Object.is(isMap ? other[0] : other, key));
      if (i >= 0) unmatched.splice(i, 1);
      continue;
    }
    const i = unmatched.findIndex((other) => isMap
      ? deepCompare(key, other[0], strict, memo) && deepCompare(entry[1], other[1], strict, memo)
      : deepCompare(key, other, strict, memo));
    if (i < 0) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

/** What two objects of the same kind hold besides their keys: a date's time, a regexp's source... */
function sameInternals(a, b, tag, strict, memo) {
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (tag === '[object Date]' && !Object.is(a.getTime(), b.getTime())) return false;
  if (tag === '[object RegExp]' && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
  if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
  if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' || tag === '[object BigInt]' || tag === '[object Symbol]') {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  }
  if (ArrayBuffer.isView(a) && !(a instanceof DataView)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!(strict ? Object.is(a[i], b[i]) : a[i] == b[i])) return false;
  }
  if (tag === '[object Map]' || tag === '[object Set]') {
    if (a.size !== b.size || !sameEntries(a, b, tag === '[object Map]', strict, memo)) return false;
  }
  return true;
}

function deepCompare(a, b, strict, memo) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (strict) return bothNaN(a, b);
    if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) return false;
    if (typeof a === 'function' || typeof b === 'function') return false;
    return a == b || bothNaN(a, b);
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = compareApply(compareToString, a, []);
  if (tag !== compareApply(compareToString, b, [])) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const seen = memo.get(a);
  if (seen === b) return true;
  memo.set(a, b);
  if (!sameInternals(a, b, tag, strict, memo)) return false;
  const keys = compareKeys(a, strict);
  if (keys.length !== compareKeys(b, strict).length) return false;
  for (const key of keys) {
    if (!compareApply(compareIsEnumerable, b, [key]) || !deepCompare(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return deepCompare(a, b, true, new Map());
}

function isDeepEqual(a, b) {
  return deepCompare(a, b, false, new Map());
}
`;
