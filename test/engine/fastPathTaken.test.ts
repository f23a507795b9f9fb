// Which path a built-in with a fast path takes (NativeFast): the common case answers
// synchronously with the generator's own answer; a case that may run user code answers NEEDS_GENERATOR.
import assert from 'node:assert/strict';
import { NEEDS_GENERATOR, NativeFunction, NativeSync } from '../../engine/heap/function';
import { CONFIGURABLE, JSArray, JSObject, WRITABLE } from '../../engine/heap/object';
import { Value } from '../../engine/heap/values';
import { createRealm } from '../../engine/realm/createRealm';
import { PromiseObject } from '../../engine/heap/slots';
import { newPromise } from '../../engine/realm/builtins/promiseOps';
import type { Realm, RealmHost } from '../../engine/realm/realm';
import type { Gen } from '../../engine/ops/convert';

function host(): RealmHost {
  const unused = () => { throw new Error('not used here'); };
  return {
    console: unused, captureStack: () => '', compileFunction: unused, compileEval: unused, compileModule: unused, now: () => 0, random: () => 0,
    enqueueMicrotask: unused, trackRejection: unused,
  };
}

/** `path` read from the global object: 'String.prototype.charCodeAt'. */
function builtinValue(realm: Realm, path: string): Value {
  let v: Value = realm.global;
  for (const key of path.split('.')) v = (v as JSObject).getOwn(key)!.value;
  return v;
}

function builtin(realm: Realm, path: string): NativeFunction {
  const v = builtinValue(realm, path);
  assert.ok(v instanceof NativeFunction && v.fast !== null, `${path} has a fast path`);
  return v;
}

/** A promise's state stands for it in the table: 'pending', 'fulfilled'. */
function shown(v: Value): Value {
  return v instanceof PromiseObject ? v.state : v;
}

/** The generator impl run to its end; it may call synchronous built-ins (a getter), never user code. */
function runGenerator(fn: NativeFunction, thisArg: Value, args: Value[]): Value {
  const gen = (fn.impl as (t: Value, a: Value[], n: undefined) => Gen<Value>)(thisArg, args, undefined);
  for (let step = gen.next(); ;) {
    if (step.done) return step.value;
    const req = step.value;
    assert.ok(req.kind === 'call' && req.fn instanceof NativeFunction && !req.fn.isGen, `the generator asked for user code (${req.kind})`);
    step = gen.next((req.fn.impl as NativeSync)(req.thisArg, req.args, undefined));
  }
}

const anObject = (realm: Realm) => realm.newObject();
const array = (realm: Realm, ...items: Value[]) => realm.newArray(items);
const promise = (realm: Realm) => newPromise(realm);
/** What the fast path's answer is shown as: its value, or 'generator'. */
type Expected = Value | 'generator';

interface Case { name: string; fn: string; this: (realm: Realm) => Value; args: (realm: Realm) => Value[]; expect: Expected }

const cases: Case[] = [
  { name: 'charCodeAt on a string', fn: 'String.prototype.charCodeAt', this: () => 'abc', args: () => [1], expect: 98 },
  { name: 'charCodeAt converts a primitive position', fn: 'String.prototype.charCodeAt', this: () => 'abc', args: () => ['2.5'], expect: 99 },
  { name: 'charCodeAt with an object position', fn: 'String.prototype.charCodeAt', this: () => 'abc', args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'charCodeAt on a number', fn: 'String.prototype.charCodeAt', this: () => 5, args: () => [0], expect: 'generator' },
  { name: 'indexOf with a position', fn: 'String.prototype.indexOf', this: () => 'abcabc', args: () => ['c', 3], expect: 5 },
  { name: 'indexOf with an object search', fn: 'String.prototype.indexOf', this: () => 'abc', args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'slice with an undefined end', fn: 'String.prototype.slice', this: () => 'hello', args: () => [1, undefined], expect: 'ello' },
  { name: 'slice with an object end', fn: 'String.prototype.slice', this: () => 'hello', args: (r) => [1, anObject(r)], expect: 'generator' },
  { name: 'includes refuses a RegExp only on the generic path', fn: 'String.prototype.includes', this: () => 'abc', args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'trim on a string', fn: 'String.prototype.trim', this: () => ' x ', args: () => [], expect: 'x' },
  { name: 'fromCharCode of numbers', fn: 'String.fromCharCode', this: () => undefined, args: () => [72, 105 + 65536], expect: 'Hi' },
  { name: 'fromCharCode with an object', fn: 'String.fromCharCode', this: () => undefined, args: (r) => [72, anObject(r)], expect: 'generator' },
  { name: 'Math.max of primitives', fn: 'Math.max', this: () => undefined, args: () => [1, '7', 3], expect: 7 },
  { name: 'Math.floor with an object', fn: 'Math.floor', this: () => undefined, args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'push on an array', fn: 'Array.prototype.push', this: (r) => array(r, 1), args: () => [2, 3], expect: 3 },
  { name: 'push on an array-like object', fn: 'Array.prototype.push', this: anObject, args: () => [1], expect: 'generator' },
  {
    name: 'push where Array.prototype has the index', fn: 'Array.prototype.push', args: () => [9],
    this: (r) => { r.ArrayPrototype.defineOwn('1', { value: 'inherited', writable: true, enumerable: true, configurable: true }); return array(r, 0); }, expect: 'generator',
  },
  { name: 'push on a non-extensible array', fn: 'Array.prototype.push', this: (r) => { const a = array(r); a.preventExtensions(); return a; }, args: () => [1], expect: 'generator' },
  { name: 'pop on an array', fn: 'Array.prototype.pop', this: (r) => array(r, 1, 2), args: () => [], expect: 2 },
  { name: 'pop on a frozen array', fn: 'Array.prototype.pop', this: (r) => { const a = array(r, 1); a.preventExtensions(); a.clearElementFlags(CONFIGURABLE | WRITABLE); return a; }, args: () => [], expect: 'generator' },
  { name: 'shift on an array', fn: 'Array.prototype.shift', this: (r) => array(r, 1, 2), args: () => [], expect: 1 },
  { name: 'at with a negative index', fn: 'Array.prototype.at', this: (r) => array(r, 1, 2), args: () => [-1], expect: 2 },
  { name: 'at with an object index', fn: 'Array.prototype.at', this: (r) => array(r, 1, 2), args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'indexOf from a position', fn: 'Array.prototype.indexOf', this: (r) => array(r, 'a', 'b', 'a'), args: () => ['a', 1], expect: 2 },
  { name: 'includes of NaN', fn: 'Array.prototype.includes', this: (r) => array(r, 1, NaN), args: () => [NaN], expect: true },
  {
    name: 'indexOf past a hole', fn: 'Array.prototype.indexOf', args: () => [3], expect: 'generator',
    this: (r) => { const a = array(r, 1); (a as JSArray).setLength(2); a.setOwnValue('2', 3); return a; },
  },
  { name: 'String of a number', fn: 'String', this: () => undefined, args: () => [1.5], expect: '1.5' },
  { name: 'String of an object', fn: 'String', this: () => undefined, args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'Number of a string', fn: 'Number', this: () => undefined, args: () => [' 12 '], expect: 12 },
  { name: 'parseInt with a radix', fn: 'parseInt', this: () => undefined, args: () => ['ff', 16], expect: 255 },
  { name: 'parseInt with an object radix', fn: 'parseInt', this: () => undefined, args: (r) => ['ff', anObject(r)], expect: 'generator' },
  { name: 'hasOwnProperty of a number key', fn: 'Object.prototype.hasOwnProperty', this: (r) => array(r, 'a'), args: () => [0], expect: true },
  { name: 'hasOwnProperty of an object key', fn: 'Object.prototype.hasOwnProperty', this: anObject, args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'join of primitives', fn: 'Array.prototype.join', this: (r) => array(r, 1, 'a', null), args: () => ['-'], expect: '1-a-' },
  { name: 'join of a nested array', fn: 'Array.prototype.join', this: (r) => array(r, 1, array(r, 2)), args: () => [], expect: 'generator' },
  { name: 'JSON.stringify of plain data', fn: 'JSON.stringify', this: () => undefined, args: (r) => [array(r, 1, 'a', null)], expect: '[1,"a",null]' },
  { name: 'JSON.stringify with a replacer', fn: 'JSON.stringify', this: () => undefined, args: (r) => [1, array(r)], expect: 'generator' },
  {
    name: 'JSON.stringify of an array with a hole', fn: 'JSON.stringify', this: () => undefined, expect: 'generator',
    args: (r) => { const a = array(r, 1); (a as JSArray).setLength(3); return [a]; },
  },
  { name: 'JSON.parse of a string', fn: 'JSON.parse', this: () => undefined, args: () => ['" s"'], expect: ' s' },
  { name: 'JSON.parse of an object', fn: 'JSON.parse', this: () => undefined, args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'JSON.parse with a reviver', fn: 'JSON.parse', this: () => undefined, args: (r) => ['1', builtin(r, 'Math.max')], expect: 'generator' },
  { name: 'then on a %Promise%', fn: 'Promise.prototype.then', this: (r) => promise(r), args: () => [], expect: 'pending' },
  { name: 'then on a thenable object', fn: 'Promise.prototype.then', this: anObject, args: () => [], expect: 'generator' },
  {
    name: 'then with an own constructor', fn: 'Promise.prototype.then', expect: 'generator', args: () => [],
    this: (r) => { const p = promise(r); p.put('constructor', anObject(r)); return p; },
  },
  { name: 'Promise.resolve of a number', fn: 'Promise.resolve', this: (r) => builtinValue(r, 'Promise'), args: () => [1], expect: 'fulfilled' },
  { name: 'Promise.resolve of an object', fn: 'Promise.resolve', this: (r) => builtinValue(r, 'Promise'), args: (r) => [anObject(r)], expect: 'generator' },
  { name: 'Promise.resolve on another this', fn: 'Promise.resolve', this: anObject, args: () => [1], expect: 'generator' },
];

describe('built-in fast paths: which path runs', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.expect === 'generator' ? 'the generator' : 'the fast path'}`, () => {
      const realm = createRealm(host());
      const fn = builtin(realm, c.fn);
      const thisArg = c.this(realm);
      const args = c.args(realm);
      const answer = fn.fast!(thisArg, args);
      if (c.expect === 'generator') {
        assert.equal(answer, NEEDS_GENERATOR);
        return;
      }
      assert.equal(shown(answer), c.expect);
      // The generic path, from a fresh realm, gives the same answer.
      const again = createRealm(host());
      const slow = runGenerator(builtin(again, c.fn), c.this(again), c.args(again));
      assert.equal(shown(slow), c.expect);
    });
  }
});
