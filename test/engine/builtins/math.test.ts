// The Math object: constants, the functions (each converting its arguments with ToNumber
// first), property attributes and order, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2)
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'))`,
    out: `3.141592653589793 2.718281828459045 0.6931471805599453 2.302585092994046 1.4426950408889634 0.4342944819032518 1.4142135623730951 0.7071067811865476
{
  value: 3.141592653589793,
  writable: false,
  enumerable: false,
  configurable: false
}`,
  },
  {
    src: `console.log(String(Math), Object.prototype.toString.call(Math), Math[Symbol.toStringTag], typeof Math, Object.getPrototypeOf(Math) === Object.prototype)
try { new Math(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Math(); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `[object Math] [object Math] Math object true
TypeError: Math is not a constructor
TypeError: Math is not a function`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Math).join())`,
    out: `abs,acos,acosh,asin,asinh,atan,atanh,atan2,ceil,cbrt,expm1,clz32,cos,cosh,exp,floor,fround,hypot,imul,log,log1p,log2,log10,max,min,pow,random,round,sign,sin,sinh,sqrt,tan,tanh,trunc,E,LN10,LN2,LOG10E,LOG2E,PI,SQRT1_2,SQRT2`,
  },
  {
    src: `console.log(Math.abs(-5.5), Math.abs('-3'), Math.abs(null), Math.abs(), Math.abs([2]), Math.abs([1, 2]), Math.abs(-0), Object.is(Math.abs(-0), 0))`,
    out: `5.5 3 0 NaN 2 NaN 0 true`,
  },
  {
    src: `console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5), Math.round(-0.4), Math.trunc(-4.7), Math.sign(-3), Math.sign(0), Math.sign('x'), Math.fround(5.5), Math.fround(5.05))`,
    out: `-2 -1 -1 3 -0 -4 -1 0 NaN 5.5 5.050000190734863`,
  },
  {
    src: `console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, '-1', [0]), Math.max(1, NaN), Math.max(1, undefined), Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0))`,
    out: `-Infinity Infinity 3 -1 NaN NaN true true`,
  },
  {
    src: `const log = [];
const v = (n) => ({ valueOf() { log.push(n); return n; } });
console.log(Math.max(v(1), NaN, v(3)), Math.min(v(4), v(2)), log)
try { Math.max(1, Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Math.abs(1n); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `NaN 2 [ 1, 3, 4, 2 ]
TypeError: Cannot convert a Symbol value to a number
TypeError: Cannot convert a BigInt value to a number`,
  },
  {
    src: `console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.sqrt(16), Math.sqrt(-1), Math.cbrt(-27), Math.hypot(3, 4), Math.hypot(), Math.hypot(3, 4, 12), Math.hypot(NaN, Infinity))`,
    out: `1024 0.5 1 NaN 4 NaN -3 5 0 13 Infinity`,
  },
  {
    src: `console.log(Math.exp(1), Math.expm1(1e-10), Math.log(Math.E), Math.log(0), Math.log(-1), Math.log1p(1e-10), Math.log2(8), Math.log10(1000), Math.log10(2))`,
    out: `2.718281828459045 1.00000000005e-10 1 -Infinity NaN 9.999999999500001e-11 3 3 0.3010299956639812`,
  },
  {
    src: `console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.tan(0), Math.asin(1), Math.acos(1), Math.atan(1) * 4, Math.atan2(1, 1), Math.atan2(-0, -1), Math.sinh(1), Math.cosh(0), Math.tanh(Infinity), Math.asinh(1), Math.acosh(1), Math.atanh(0.5))`,
    out: `1 -1 0 1.5707963267948966 0 3.141592653589793 0.7853981633974483 -3.141592653589793 1.1752011936438014 1 1 0.881373587019543 0 0.5493061443340548`,
  },
  {
    src: `console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2))`,
    out: `31 32 0 32 12 -5 0`,
  },
  {
    src: `const r = [Math.random(), Math.random(), Math.random()];
console.log(r.every((x) => typeof x === 'number' && x >= 0 && x < 1), r[0] !== r[1], Math.random.length, Math.random.name)`,
    out: `true true 0 random`,
  },
  {
    src: `console.log(Math.abs.length, Math.max.length, Math.min.length, Math.hypot.length, Math.atan2.length, Math.pow.length, Math.imul.length, Math.max.name, Object.getOwnPropertyDescriptor(Math, 'max').enumerable)`,
    out: `1 2 2 2 2 2 2 max false`,
  },
  {
    src: `const nums = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(Math.max(...nums), Math.min(...nums), Math.max.apply(null, nums), nums.reduce((a, b) => a + b) / nums.length, Math.round(2.675 * 100) / 100)`,
    out: `9 1 9 3.875 2.68`,
  },
];

describeRows('builtins: Math', rows);
