// util.format and the console methods on a minimal realm, without the VM: the rows need
// no user code, so their generators finish without a call request. Expected: Node 20.
import assert from 'node:assert/strict';
import { NativeFunction, type NativeGen, type NativeSync, type Request } from '../../engine/heap/function';
import { CONFIGURABLE } from '../../engine/heap/object';
import { WellKnown } from '../../engine/heap/values';
import type { JSObject } from '../../engine/heap/object';
import type { Value } from '../../engine/heap/values';
import { formatWithOptions } from '../../engine/inspect/formatString';
import type { ConsoleLevel, RealmHost } from '../../engine/realm/realm';
import { installConsole } from '../../engine/realm/builtins/console';
import { hostValue, miniRealm, quietHost } from './inspectMirror';

/** Runs a native's generator, answering its call requests for natives directly. */
function drive<T>(gen: Generator<Request, T, Value>): T {
  let r = gen.next(undefined);
  while (!r.done) {
    const req = r.value;
    assert.ok(req.kind === 'call' && req.fn instanceof NativeFunction && !req.fn.isGen, 'only plain native calls here');
    r = gen.next((req.fn.impl as NativeSync)(req.thisArg, req.args, undefined));
  }
  return r.value;
}

/** Runs a native's generator that must not need the VM. */
function finish<T>(gen: Generator<unknown, T, Value>): T {
  const r = gen.next(undefined);
  if (!r.done) throw new Error('unexpected request for user code');
  return r.value;
}

const formatRows: { args: string; out: string }[] = [
  { args: `['%s', 'a']`, out: `a` },
  { args: `['%s %s', 'a']`, out: `a %s` },
  { args: `['%s', 1, 2]`, out: `1 2` },
  { args: `['a', 'b', 1]`, out: `a b 1` },
  { args: `['%d', '42']`, out: `42` },
  { args: `['%d', 42n]`, out: `42n` },
  { args: `['%d', Symbol('x')]`, out: `NaN` },
  { args: `['%d', -0]`, out: `-0` },
  { args: `['%d', '']`, out: `0` },
  { args: `['%i', 42.9]`, out: `42` },
  { args: `['%i', '0x1f']`, out: `31` },
  { args: `['%i', 5n]`, out: `5n` },
  { args: `['%f', '3.5abc']`, out: `3.5` },
  { args: `['%f', Symbol()]`, out: `NaN` },
  { args: `['%O', {a: {b: {c: {d: 1}}}}]`, out: `{ a: { b: { c: [Object] } } }` },
  { args: `['%o', {a: {b: {c: {d: 1}}}}]`, out: `{
  a: { b: { c: { d: 1 } } }
}` },
  { args: `['%o', [1, 2]]`, out: `[ 1, 2, [length]: 2 ]` },
  { args: `['%c%s', 'color: red', 'x']`, out: `x` },
  { args: `['100%%']`, out: `100%%` },
  { args: `['100%%', 1]`, out: `100% 1` },
  { args: `['%%s', 1]`, out: `%s 1` },
  { args: `['%x', 1]`, out: `%x 1` },
  { args: `['%', 1]`, out: `% 1` },
  { args: `['a%', 1]`, out: `a% 1` },
  { args: `['%s', {a: {b: 1}}]`, out: `{ a: [Object] }` },
  { args: `['%s', [1, [2, [3]]]]`, out: `[ 1, [Array] ]` },
  { args: `['%s', null]`, out: `null` },
  { args: `['%s', undefined]`, out: `undefined` },
  { args: `['%s', Symbol('q')]`, out: `Symbol(q)` },
  { args: `['%s', -0]`, out: `-0` },
  { args: `['%s', 5n]`, out: `5n` },
  { args: `['%s', new Map([[1, {a: {b: 1}}]])]`, out: `Map(1) { 1 => [Object] }` },
  { args: `['%s', (() => { class A {}; return new A() })()]`, out: `A {}` },
  { args: `['%s', Object.create(null)]`, out: `[Object: null prototype] {}` },
  { args: `['%s:%s', 'a', 'b', 'c', {d: 1}]`, out: `a:b c { d: 1 }` },
  { args: `[1, '%s', 'x']`, out: `1 %s x` },
  { args: `[]`, out: `` },
  { args: `['']`, out: `` },
  { args: `[{a: 1}, 'str', 3]`, out: `{ a: 1 } str 3` },
  { args: `['%s', 'a', 'b']`, out: `a b` },
  { args: `['%s %d %i %f %o %O %c %%', 's', 1, 2, 3, 5, 6, 7]`, out: `s 1 2 3 5 6  %` },
  { args: `['%s', 'x', '%s', 'y']`, out: `x %s y` },
  { args: `['%O', 'str']`, out: `'str'` },
  { args: `['%o', 'str']`, out: `'str'` },
  { args: `['%s', [1, 2, 3]]`, out: `[ 1, 2, 3 ]` },
  { args: `['%s', new Date(0)]`, out: `1970-01-01T00:00:00.000Z` },
  { args: `['%s', {toString: 1}]`, out: `{ toString: 1 }` },
  { args: `[Symbol('a'), 2n, -0, null]`, out: `Symbol(a) 2n -0 null` },
  { args: `['%s%s', 'no space', 'between']`, out: `no spacebetween` },
];

describe('util.format (console.log formatting)', () => {
  for (const row of formatRows) {
    it(row.args, () => {
      const { realm, mirror } = miniRealm();
      const args = (hostValue(row.args) as unknown[]).map(mirror);
      assert.equal(finish(formatWithOptions(realm, {}, args)), row.out);
    });
  }
});

describe('util.format: Symbol.toStringTag getters', () => {
  it('runs the getter (as a call request) and shows its result, as Node does', () => {
    const { realm, mirror } = miniRealm();
    const o = mirror({}) as JSObject;
    const getter = realm.newNative('get [Symbol.toStringTag]', 0, () => 'TAG');
    o.putAccessor(WellKnown.toStringTag, getter, undefined, CONFIGURABLE);
    const nested = mirror({ x: { y: { z: 0 } } }) as JSObject;
    ((nested.getOwn('x')!.value as JSObject).getOwn('y')!.value as JSObject).put('z', o);
    const text = drive(formatWithOptions(realm, {}, [o, realm.newArray([o]), nested, '%s', o]));
    assert.equal(text, 'Object [TAG] {} [ Object [TAG] {} ] { x: { y: { z: Object [TAG] {} } } } %s Object [TAG] {}');
  });
});

/** Node's stream for each console level. */
const STREAM: Record<ConsoleLevel, 'out' | 'err'> = { log: 'out', info: 'out', debug: 'out', warn: 'err', error: 'err' };

const consoleRows: { src: string; out: ['out' | 'err', string][] }[] = [
  {
    src: `c.log('a'); c.group('G'); c.log('in\\nside'); c.group(); c.warn({a: 1}); c.groupEnd(); c.info('x'); c.groupEnd(); c.groupEnd(); c.log('out')`,
    out: [
      ["out", `a`],
      ["out", `G`],
      ["out", `  in
  side`],
      ["err", `    { a: 1 }`],
      ["out", `  x`],
      ["out", `out`],
    ],
  },
  {
    src: `c.count(); c.count(); c.count('x'); c.count('default'); c.countReset(); c.count(); c.count('1')`,
    out: [
      ["out", `default: 1`],
      ["out", `default: 2`],
      ["out", `x: 1`],
      ["out", `default: 3`],
      ["out", `default: 1`],
      ["out", `1: 1`],
    ],
  },
  {
    src: `c.assert(true, 'no'); c.assert(false); c.assert(0, 'msg %s', 'sub', {a: 1}); c.assert(false, 'plain')`,
    out: [
      ["err", `Assertion failed`],
      ["err", `Assertion failed: msg sub { a: 1 }`],
      ["err", `Assertion failed: plain`],
    ],
  },
  {
    src: `c.dir({a: {b: {c: {d: 1}}}}); c.dir('str'); c.dir({a: {b: {c: {d: 1}}}}, {depth: 0}); c.dir({a: {b: {c: {d: 1}}}}, {depth: null}); c.dir([1, 2, 3], {maxArrayLength: 1})`,
    out: [
      ["out", `{ a: { b: { c: [Object] } } }`],
      ["out", `'str'`],
      ["out", `{ a: [Object] }`],
      ["out", `{
  a: { b: { c: { d: 1 } } }
}`],
      ["out", `[ 1, ... 2 more items ]`],
    ],
  },
  {
    src: `c.dir({x: 1, y: [1, 2]}, {showHidden: true}); c.dirxml('a', 1); c.debug('%s!', 'd'); c.error(new Map([[1, 2]]))`,
    out: [
      ["out", `{ x: 1, y: [ 1, 2, [length]: 2 ] }`],
      ["out", `a 1`],
      ["out", `d!`],
      ["err", `Map(1) { 1 => 2 }`],
    ],
  },
  {
    src: `c.table([{a: 1, b: 'x'}, {a: 2, c: [1, 2, 3, 4]}]); c.table(new Map([['k', {v: 1}]])); c.table([1, 2], ['a']); c.table('hi'); c.group('g'); c.table([[1]]); c.groupEnd()`,
    out: [
      ["out", `┌─────────┬───┬─────┬──────────────────────────────┐
│ (index) │ a │ b   │ c                            │
├─────────┼───┼─────┼──────────────────────────────┤
│ 0       │ 1 │ 'x' │                              │
│ 1       │ 2 │     │ [ 1, 2, 3, ... 1 more item ] │
└─────────┴───┴─────┴──────────────────────────────┘`],
      ["out", `┌───────────────────┬─────┬──────────┐
│ (iteration index) │ Key │ Values   │
├───────────────────┼─────┼──────────┤
│ 0                 │ 'k' │ { v: 1 } │
└───────────────────┴─────┴──────────┘`],
      ["out", `┌─────────┬───┐
│ (index) │ a │
├─────────┼───┤
│ 0       │   │
│ 1       │   │
└─────────┴───┘`],
      ["out", `hi`],
      ["out", `g`],
      ["out", `  ┌─────────┬───┐
  │ (index) │ 0 │
  ├─────────┼───┤
  │ 0       │ 1 │
  └─────────┴───┘`],
    ],
  },
  {
    src: `c.table({a: {x: 1, y: 2, z: 3}, b: 5}); c.table(new Set([1, 'two', {three: 3}])); c.table([]); c.table([{}, {}])`,
    out: [
      ["out", `┌─────────┬───┬───┬───┬────────┐
│ (index) │ x │ y │ z │ Values │
├─────────┼───┼───┼───┼────────┤
│ a       │ 1 │ 2 │ 3 │        │
│ b       │   │   │   │ 5      │
└─────────┴───┴───┴───┴────────┘`],
      ["out", `┌───────────────────┬──────────────┐
│ (iteration index) │ Values       │
├───────────────────┼──────────────┤
│ 0                 │ 1            │
│ 1                 │ 'two'        │
│ 2                 │ { three: 3 } │
└───────────────────┴──────────────┘`],
      ["out", `┌─────────┐
│ (index) │
├─────────┤
└─────────┘`],
      ["out", `┌─────────┐
│ (index) │
├─────────┤
│ 0       │
│ 1       │
└─────────┘`],
    ],
  },
  {
    src: `c.log(); c.log(''); c.log('%s', ''); c.log(undefined); c.log(null, undefined, 1n, -0, Symbol('s'))`,
    out: [
      ["out", ``],
      ["out", ``],
      ["out", ``],
      ["out", `undefined`],
      ["out", `null undefined 1n -0 Symbol(s)`],
    ],
  },
  {
    src: `c.log('a\\nb', {x: 'y\\nz'}); c.group('label %d', 5); c.log(Array.from({length: 27}, (_, i) => i)); c.groupEnd()`,
    out: [
      ["out", `a
b { x: 'y\\nz' }`],
      ["out", `label 5`],
      ["out", `  [
     0,  1,  2,  3,  4,  5,  6,  7,
     8,  9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23,
    24, 25, 26
  ]`],
    ],
  },
  {
    src: `c.groupCollapsed(); c.log({nested: {deep: {deeper: {deepest: 1}}}}); c.groupEnd(); c.clear(); c.profile(); c.profileEnd(); c.timeStamp()`,
    out: [
      ["out", `  { nested: { deep: { deeper: [Object] } } }`],
    ],
  },
];

describe('console methods on a minimal realm', () => {
  for (const row of consoleRows) {
    it(row.src, () => {
      const written: ['out' | 'err', string][] = [];
      const host: RealmHost = { ...quietHost, console: (level, text) => { written.push([STREAM[level], text]); } };
      const { realm, mirror } = miniRealm(host);
      installConsole(realm);
      const con = realm.global.getOwn('console')!.value as JSObject;
      const c: Record<string, (...args: unknown[]) => void> = {};
      for (const key of con.ownKeys()) {
        if (typeof key !== 'string') continue;
        const f = con.getOwn(key)!.value as NativeFunction;
        c[key] = (...args) => {
          const result = f.impl(con, args.map(mirror), undefined);
          if (f.isGen) finish(result as NativeGen);
        };
      }
      new Function('c', row.src)(c);
      assert.deepEqual(written, row.out);
    });
  }
});
