// The Math object (https://tc39.es/ecma262/#sec-math-object): the host's functions on
// numbers converted here first, since ToNumber may run valueOf. random is the realm's seeded one.
import { NEEDS_GENERATOR } from '../../heap/function';
import { CONSTANT_FLAGS, JSObject } from '../../heap/object';
import { Primitive, Value } from '../../heap/values';
import { Gen, primitiveToNumber, toNumber } from '../../ops/convert';
import type { Realm } from '../realm';
import { setToStringTag } from './objectSupport';

const CONSTANTS: [string, number][] = [
  ['E', Math.E], ['LN10', Math.LN10], ['LN2', Math.LN2], ['LOG10E', Math.LOG10E],
  ['LOG2E', Math.LOG2E], ['PI', Math.PI], ['SQRT1_2', Math.SQRT1_2], ['SQRT2', Math.SQRT2],
];

type Unary = (x: number) => number;
type Binary = (x: number, y: number) => number;

/** Functions of a fixed number of arguments, in V8's property order. */
const FIXED: [string, Unary | Binary][] = [
  ['abs', Math.abs], ['acos', Math.acos], ['acosh', Math.acosh], ['asin', Math.asin],
  ['asinh', Math.asinh], ['atan', Math.atan], ['atanh', Math.atanh], ['atan2', Math.atan2],
  ['ceil', Math.ceil], ['cbrt', Math.cbrt], ['expm1', Math.expm1], ['clz32', Math.clz32],
  ['cos', Math.cos], ['cosh', Math.cosh], ['exp', Math.exp], ['floor', Math.floor],
  ['fround', Math.fround],
];

const FIXED_AFTER: [string, Unary | Binary][] = [
  ['imul', Math.imul], ['log', Math.log], ['log1p', Math.log1p], ['log2', Math.log2], ['log10', Math.log10],
];

const FIXED_LAST: [string, Unary | Binary][] = [
  ['pow', Math.pow], ['round', Math.round], ['sign', Math.sign], ['sin', Math.sin], ['sinh', Math.sinh],
  ['sqrt', Math.sqrt], ['tan', Math.tan], ['tanh', Math.tanh], ['trunc', Math.trunc],
];

/** Converts every argument with ToNumber, in order, before any arithmetic (as the spec does). */
function* numbers(realm: Realm, args: Value[], count: number): Gen<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(yield* toNumber(realm, args[i]));
  return out;
}

/** The same for primitive arguments (no valueOf to run), or NEEDS_GENERATOR when one is an object. */
function numbersFast(realm: Realm, args: Value[], count: number): number[] | typeof NEEDS_GENERATOR {
  for (let i = 0; i < count; i++) if (args[i] instanceof JSObject) return NEEDS_GENERATOR;
  const out: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const v = args[i];
    out[i] = typeof v === 'number' ? v : primitiveToNumber(realm, v as Primitive);
  }
  return out;
}

/** A Math function over its first `count` arguments as numbers, with its fast path. */
function numericMethod(realm: Realm, math: JSObject, name: string, length: number, count: (args: Value[]) => number, fn: (xs: number[]) => number): void {
  realm.method(math, name, length, function* (_this, args) {
    return fn(yield* numbers(realm, args, count(args)));
  }, {
    gen: true,
    fast(_this, args) {
      const xs = numbersFast(realm, args, count(args));
      return xs === NEEDS_GENERATOR ? xs : fn(xs);
    },
  });
}

export function installMath(realm: Realm): void {
  const math = realm.newObject();
  const defineFixed = (list: [string, Unary | Binary][]) => {
    for (const [name, fn] of list) {
      const arity = fn.length;
      const apply = arity === 1 ? (xs: number[]) => (fn as Unary)(xs[0]) : (xs: number[]) => (fn as Binary)(xs[0], xs[1]);
      numericMethod(realm, math, name, arity, () => arity, apply);
    }
  };
  const all = (args: Value[]) => args.length;
  defineFixed(FIXED);
  numericMethod(realm, math, 'hypot', 2, all, (xs) => Math.hypot(...xs));
  defineFixed(FIXED_AFTER);
  numericMethod(realm, math, 'max', 2, all, (xs) => xs.reduce((a, b) => Math.max(a, b), -Infinity));
  numericMethod(realm, math, 'min', 2, all, (xs) => xs.reduce((a, b) => Math.min(a, b), Infinity));
  defineFixed(FIXED_LAST.slice(0, 1));
  realm.method(math, 'random', 0, () => realm.host.random());
  defineFixed(FIXED_LAST.slice(1));
  for (const [name, value] of CONSTANTS) math.put(name, value, CONSTANT_FLAGS);
  setToStringTag(math, 'Math');
  realm.defineGlobal('Math', math);
  realm.intrinsics.set('%Math%', math);
}
