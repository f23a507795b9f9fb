// Hidden classes and inline caches, table-driven: which objects share a shape, what the
// learner reads for it, and the state each property site reaches for a run.
import assert from 'node:assert/strict';
import { Closure } from '../../engine/heap/function';
import { JSObject } from '../../engine/heap/object';
import { EMPTY_SHAPE, MAX_SHARED_KEYS } from '../../engine/heap/shape';
import { shapeText } from '../../engine/debug/shapeText';
import { instructions } from '../../engine/bytecode/walk';
import { cacheStateAt, siteAnnotation } from '../../engine/vm/inlineCache';
import { disassemble } from '../../engine/bytecode/disassemble';
import { evaluateValue, pausedAt } from '../helpers/pausedRun';

function valueOf(setup: string, expression: string): unknown {
  const { dbg } = pausedAt(setup);
  const r = evaluateValue(dbg, expression);
  assert.ok(r.ok, `evaluating ${expression}`);
  return r.value;
}

function objects(setup: string, expression: string): JSObject[] {
  const list = valueOf(setup, expression) as { items: unknown[] };
  return list.items as JSObject[];
}

describe('shapes', () => {
  const sharing: [string, string, boolean][] = [
    ['same keys, same order', '[{ x: 1, y: 2 }, { x: 3, y: 4 }]', true],
    ['same keys, other order', '[{ x: 1, y: 2 }, { y: 3, x: 4 }]', false],
    ['literal and assignments', '(() => { const b = {}; b.x = 1; b.y = 2; return [{ x: 0, y: 0 }, b]; })()', true],
    ['a constructor\'s instances', '(() => { function P(x) { this.x = x; } return [new P(1), new P(2)]; })()', true],
    ['a deleted key makes a dictionary', '(() => { const a = { x: 1, y: 2, z: 3 }; delete a.y; return [a, { x: 1, z: 3 }]; })()', false],
    ['deleting the last key goes back', '(() => { const a = { x: 1, y: 2 }; delete a.y; return [a, { x: 1 }]; })()', true],
    ['a frozen object changes shape', '(() => { const a = { x: 1 }; Object.freeze(a); return [a, { x: 1 }]; })()', false],
    ['two frozen objects share one', '[Object.freeze({ x: 1 }), Object.freeze({ x: 2 })]', true],
    ['values do not matter', '[{ x: "s" }, { x: {} }]', true],
  ];
  for (const [name, expression, same] of sharing) {
    it(`${name}: ${same ? 'one shape' : 'different shapes'}`, () => {
      const [a, b] = objects('', expression);
      assert.equal(a.shape === b.shape, same, `${shapeText(a.shape)} vs ${shapeText(b.shape)}`);
    });
  }

  const texts: [string, RegExp][] = [
    ['({ x: 1, y: 2 })', /^#\d+ \{\} → \{x\} → \{x, y\}$/],
    ['({ y: 1, x: 2 })', /^#\d+ \{\} → \{y\} → \{y, x\}$/],
    ['Object.freeze({ x: 1 })', /^#\d+ \{\} → \{x\} → \{x\} \(x reconfigured\)$/],
    ['(() => { const a = { x: 1, y: 2, z: 3 }; delete a.y; return a; })()', /^#\d+ dictionary \{x, z\}$/],
    ['({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 })', /→ \{a, b, c, d, e, f, … 2 more\}$/],
  ];
  for (const [expression, text] of texts) {
    it(`reads ${expression} as ${text}`, () => {
      assert.match(shapeText((valueOf('', expression) as JSObject).shape), text);
    });
  }

  it('a function\'s prototype is made on first use, on a shared shape', () => {
    const [f, g] = objects('function f() {} function g() {}', '[f, g]');
    assert.equal(f.shape, g.shape);
    const proto = f.getOwn('prototype')!.value as JSObject;
    assert.equal(proto.getOwn('constructor')!.value, f);
    assert.notEqual(f.shape, g.shape, 'making the prototype moves f to the shape without the lazy flag');
    assert.equal(f.getOwn('prototype')!.value, proto, 'the same object every time');
  });

  it('a dictionary marks deleted places and compacts them when they are most of it', () => {
    const o = valueOf('', '(() => { const d = {}; for (let i = 0; i < 40; i++) d["k" + i] = i; delete d.k0; return d; })()') as JSObject;
    assert.equal(o.shape.dictionary, true);
    assert.deepEqual([o.shape.holes, o.storedCount, o.shape.size], [1, 39, 40], 'one deleted place, slots unmoved');
    for (let i = 1; i < 30; i++) o.deleteOwn(`k${i}`);
    assert.ok(o.shape.size < 40 && o.shape.holes * 2 <= o.shape.size, `compacted: ${o.shape.size} places, ${o.shape.holes} deleted`);
    assert.deepEqual(o.storedKeys(), Array.from({ length: 10 }, (_, i) => `k${30 + i}`));
    assert.deepEqual(o.storedKeys().map((k) => o.getOwn(k)!.value), Array.from({ length: 10 }, (_, i) => 30 + i));
  });

  it('an object past the shared key limit becomes a dictionary', () => {
    let shape = EMPTY_SHAPE;
    for (let i = 0; i <= MAX_SHARED_KEYS; i++) shape = shape.adding(`k${i}`, 7);
    assert.equal(shape.dictionary, true);
    assert.equal(shape.size, MAX_SHARED_KEYS + 1);
    assert.equal(shape.indexOf(`k${MAX_SHARED_KEYS}`), MAX_SHARED_KEYS);
  });
});

describe('inline caches', () => {
  /** The cache states of `fn`'s property sites after `setup` ran, in pc order. */
  function states(setup: string, fn: string): string[] {
    const f = valueOf(setup, fn) as Closure;
    const out: string[] = [];
    for (const { pc } of instructions(f.code)) {
      const s = cacheStateAt(f.code, pc);
      if (s !== undefined) out.push(s);
    }
    return out;
  }

  const cases: [string, string, string[]][] = [
    ['never run', 'function f(o) { return o.x; }', []],
    ['one shape', 'function f(o) { return o.x; } for (let i = 0; i < 5; i++) f({ x: i });', ['mono']],
    ['two shapes', 'function f(o) { return o.x; } f({ x: 1 }); f({ y: 0, x: 1 }); f({ x: 2 });', ['poly(2)']],
    ['four shapes', 'function f(o) { return o.x; } for (const k of ["a", "b", "c", "d"]) f({ [k]: 0, x: 1 });', ['poly(4)']],
    ['five shapes', 'function f(o) { return o.x; } for (const k of ["a", "b", "c", "d", "e"]) f({ [k]: 0, x: 1 });', ['mega']],
    ['a method on the prototype', 'class A { m() { return 1; } } function f(o) { return o.m(); } f(new A()); f(new A());', ['mono']],
    ['a getter is not cached', 'function f(o) { return o.x; } f({ get x() { return 1; } });', ['-']],
    ['a dictionary is not cached', 'function f(o) { return o.x; } const d = { x: 1, y: 2 }; delete d.x; d.x = 3; f(d);', ['-']],
    ['a store that adds x to {}', 'function f(o) { o.x = 1; } f({}); f({});', ['mono']],
    ['a store and a load', 'function f(o) { o.x = o.y; } f({ y: 1 }); f({ y: 2 });', ['mono', 'mono']],
    ['a proxy is not cached', 'function f(o) { return o.x; } f(new Proxy({}, {}));', ['-']],
  ];
  for (const [name, setup, expected] of cases) {
    it(`${name}: ${expected.join(', ') || 'no site run'}`, () => {
      assert.deepEqual(states(setup, 'f'), expected);
    });
  }
});

describe('the Disassembly view\'s cache notes', () => {
  const cases: [string, string, RegExp[]][] = [
    ['a site never run', 'function f(o) { return o.x; }', [/GetNamed x +; uninit$/m]],
    ['one shape', 'function f(o) { return o.x; } f({ x: 1 }); f({ x: 2 });', [/GetNamed x +; mono$/m]],
    ['two shapes', 'function f(o) { return o.x; } f({ x: 1 }); f({ y: 1, x: 2 });', [/GetNamed x +; poly\(2\)$/m]],
    ['five shapes', 'function f(o) { return o.x; } for (const k of "abcde") f({ [k]: 0, x: 1 });', [/GetNamed x +; mega$/m]],
    ['a proxy', 'function f(o) { o.x = 1; } f(new Proxy({}, {}));', [/SetNamed x +; uncached$/m]],
  ];
  for (const [name, setup, patterns] of cases) {
    it(name, () => {
      const f = valueOf(setup, 'f') as Closure;
      const text = disassemble(f.code, false, { annotate: siteAnnotation });
      for (const p of patterns) assert.match(text, p);
      assert.doesNotMatch(text, /(Mul|Return|GetLocal o) +;/, 'only property sites are annotated');
    });
  }
});
