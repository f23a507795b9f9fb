// Error, the NativeErrors and AggregateError: messages, causes, toString and V8's stack,
// as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const e = new Error('boom'); console.log(e.message, e.name, e instanceof Error, String(e), Object.prototype.toString.call(e))`,
    out: `boom Error true Error: boom [object Error]`,
  },
  {
    src: `const e = Error('no new'); console.log(e instanceof Error, e.message, Object.getPrototypeOf(e) === Error.prototype)`,
    out: `true no new true`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(new Error('x')), Object.getOwnPropertyNames(new Error()), Object.keys(new Error('x')))`,
    out: `[ 'stack', 'message' ] [ 'stack' ] []`,
  },
  {
    src: `console.log(Object.getOwnPropertyDescriptor(new Error('m'), 'message'))`,
    out: `{ value: 'm', writable: true, enumerable: false, configurable: true }`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(new Error('m'), 'stack'); console.log(typeof d.value, d.writable, d.enumerable, d.configurable)`,
    out: `string true false true`,
  },
  {
    src: `console.log(new Error({ toString() { return 'from toString'; } }).message, new Error(42).message, JSON.stringify(new Error('').message))`,
    out: `from toString 42 ""`,
  },
  {
    src: `const e = new Error('with cause', { cause: 'root' }); console.log(e.cause, Object.getOwnPropertyNames(e), Object.getOwnPropertyDescriptor(e, 'cause').enumerable)`,
    out: `root [ 'stack', 'message', 'cause' ] false`,
  },
  {
    src: `console.log('cause' in new Error('x', {}), 'cause' in new Error('x', { cause: undefined }), 'cause' in new Error('x', 'str'))`,
    out: `false true false`,
  },
  {
    src: `for (const C of [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]) { const e = new C('m'); console.log(C.name, C.length, e.name, String(e), e instanceof Error, e.constructor === C, Object.getPrototypeOf(C) === (C === Error ? Function.prototype : Error)); }`,
    out: `Error 1 Error Error: m true true true
TypeError 1 TypeError TypeError: m true true true
RangeError 1 RangeError RangeError: m true true true
ReferenceError 1 ReferenceError ReferenceError: m true true true
SyntaxError 1 SyntaxError SyntaxError: m true true true
EvalError 1 EvalError EvalError: m true true true
URIError 1 URIError URIError: m true true true`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(TypeError.prototype), TypeError.prototype.message === '', Object.getPrototypeOf(TypeError.prototype) === Error.prototype)`,
    out: `[ 'constructor', 'name', 'message' ] true true`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Error.prototype), Error.prototype.name, JSON.stringify(Error.prototype.message))`,
    out: `[ 'constructor', 'name', 'message', 'toString' ] Error ""`,
  },
  {
    src: `const ts = Error.prototype.toString; console.log(ts.call({ name: 'N', message: 'M' }), ts.call({}), ts.call({ name: '', message: 'only message' }), ts.call({ name: 'only name', message: '' }), ts.call({ name: undefined, message: undefined }))`,
    out: `N: M Error only message only name Error`,
  },
  {
    src: `try { Error.prototype.toString.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Method Error.prototype.toString called on incompatible receiver 1`,
  },
  {
    src: `const e = new RangeError('r'); e.name = 'Custom'; console.log(String(e)); e.message = 'changed'; console.log(String(e))`,
    out: `Custom: r
Custom: changed`,
  },
  {
    src: `const e = new Error('boom'); console.log(e.stack.split('\\n')[0], e.stack.split('\\n')[1].startsWith('    at '))`,
    out: `Error: boom true`,
  },
  {
    src: `console.log(new TypeError().stack.split('\\n')[0], '|', new Error('').stack.split('\\n')[0])`,
    out: `TypeError | Error`,
  },
  {
    src: `class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } const v = new ValidationError('bad input'); console.log(v.stack.split('\\n')[0], String(v), v instanceof ValidationError, v instanceof Error)`,
    out: `ValidationError: bad input ValidationError: bad input true true`,
  },
  {
    src: `class HttpError extends Error {} const h = new HttpError('404'); console.log(h.stack.split('\\n')[0], h.name, h.constructor.name, Object.prototype.toString.call(h))`,
    out: `Error: 404 Error HttpError [object Error]`,
  },
  {
    src: `const e = new Error('first'); e.message = 'second'; console.log(e.stack.split('\\n')[0])`,
    out: `Error: second`,
  },
  {
    src: `const e = new Error('x'); e.stack = 'replaced'; console.log(e.stack)`,
    out: `replaced`,
  },
  {
    src: `const e = new Error('x'); delete e.stack; console.log(e.stack, 'stack' in e)`,
    out: `undefined false`,
  },
  {
    src: `function thrower() { throw new Error('from thrower'); } try { thrower(); } catch (e) { console.log(e.stack.split('\\n')[0], /thrower/.test(e.stack)); }`,
    out: `Error: from thrower true`,
  },
  {
    src: `try { null.x; } catch (e) { console.log(e.constructor === TypeError, Object.getOwnPropertyNames(e), e.stack.split('\\n')[0]); }`,
    out: `true [ 'stack', 'message' ] TypeError: Cannot read properties of null (reading 'x')`,
  },
  {
    src: `try { undefinedVariable; } catch (e) { console.log(e instanceof ReferenceError, e.name, e.message); }`,
    out: `true ReferenceError undefinedVariable is not defined`,
  },
  {
    src: `const o = {}; Error.captureStackTrace(o); console.log(typeof o.stack, o.stack.split('\\n')[0], Object.getOwnPropertyDescriptor(o, 'stack').enumerable)`,
    out: `string Error false`,
  },
  {
    src: `const o = { name: 'Named', message: 'msg' }; Error.captureStackTrace(o); console.log(o.stack.split('\\n')[0])`,
    out: `Named: msg`,
  },
  {
    src: `try { Error.captureStackTrace(1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: invalid_argument`,
  },
  {
    src: `console.log(Error.stackTraceLimit, typeof Error.captureStackTrace, Error.captureStackTrace.length)`,
    out: `10 function 2`,
  },
  {
    src: `const a = new AggregateError([new Error('a'), 'b'], 'many'); console.log(a.name, a.message, a.errors.length, a.errors[1], String(a), a instanceof Error)`,
    out: `AggregateError many 2 b AggregateError: many true`,
  },
  {
    src: `const a = new AggregateError(new Set([1, 2]), 'm', { cause: 'c' }); console.log(Object.getOwnPropertyNames(a), a.errors, a.cause, AggregateError.length)`,
    out: `[ 'stack', 'message', 'cause', 'errors' ] [ 1, 2 ] c 2`,
  },
  {
    src: `console.log(AggregateError([]).message === '', Object.getPrototypeOf(AggregateError) === Error, Object.getOwnPropertyDescriptor(AggregateError([1]), 'errors').enumerable)`,
    out: `true true false`,
  },
  {
    src: `for (const v of [1, undefined, {}]) { try { new AggregateError(v); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))`,
  },
  {
    src: `class E2 extends TypeError { constructor() { super('sub'); } } const e = new E2(); console.log(e instanceof TypeError, e instanceof E2, e.name, e.message, Object.getPrototypeOf(Object.getPrototypeOf(e)) === TypeError.prototype)`,
    out: `true true TypeError sub true`,
  },
  {
    src: `const e = Reflect.construct(Error, ['m'], RangeError); console.log(e instanceof RangeError, e.name)`,
    out: `true RangeError`,
  },
  {
    src: `try { throw new URIError('u'); } catch ({ name, message }) { console.log(name, message); }`,
    out: `URIError u`,
  },
  {
    src: `try { decodeURIComponent('%'); } catch (e) { console.log(e instanceof URIError, e.message); }`,
    out: `true URI malformed`,
  },
  {
    src: `try { BigInt(1.5); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `RangeError The number 1.5 cannot be converted to a BigInt because it is not an integer`,
  },
  {
    src: `try { [].reduce((a, b) => a); } catch (e) { console.log(e.name, e.message, e instanceof TypeError); }`,
    out: `TypeError Reduce of empty array with no initial value true`,
  },
];

describeRows('builtins: Error', rows);
