// The heap graph the Memory view draws, table-driven: what becomes a node, a field or an
// edge, how big structures fold, and where the drawing stops.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HeapIds, MAX_FIELDS, MAX_NODES, type Cell, type HeapGraph } from '../../engine/debug/heapGraph';
import { pausedAt } from '../helpers/pausedRun';

function graph(setup: string): HeapGraph {
  return pausedAt(setup).dbg.heapGraph();
}

/** The node a program binding points at, as `kind label | field=value|->kind ...`. */
function drawn(g: HeapGraph, name: string): string {
  const r = g.roots.find((x) => x.name === name);
  assert.ok(r, `no root ${name}`);
  if (r.to === null) return `= ${r.value}`;
  const n = g.nodes.find((x) => x.id === r.to)!;
  const fields = n.fields.map((f) => `${f.name}${f.to !== undefined ? `->${g.nodes.find((x) => x.id === f.to)?.kind}` : `=${f.value}`}`);
  return `${n.kind} ${n.label} | ${fields.join(' ')}${n.more ? ` +${n.more}` : ''}`;
}

describe('heap graph', () => {
  const cases: [string, string, string, string][] = [
    ['a primitive stays inline', 'const n = 42;', 'n', '= 42'],
    ['an object with a nested one', 'const o = { a: 1, inner: { b: 2 } };', 'o', 'object Object | a=1 inner->object'],
    ['an array folds past its first cells', 'const big = Array.from({ length: 100 }, (_, i) => i);', 'big', `array Array(100) | ${Array.from({ length: MAX_FIELDS }, (_, i) => `${i}=${i}`).join(' ')} +${100 - MAX_FIELDS}`],
    ['a Map shows its entries', 'const m = new Map([["k", { v: 1 }]]);', 'm', 'map Map(1) | "k"->object'],
    ['a Set shows its values', 'const s = new Set([1, "two"]);', 's', 'set Set(2) | =1 ="two"'],
    ['accessors are edges to their functions', 'const o = { get g() { return 1; } };', 'o', 'object Object | get g->function'],
    ['a bound function points at its target', 'function f() {} const b = f.bind(null);', 'b', 'function ƒ bound f() | [[BoundTargetFunction]]->function'],
    ['a class instance is titled by its class', 'class Point { constructor() { this.x = 1; } } const p = new Point();', 'p', 'object Point | x=1'],
    ['a built-in function is a leaf', 'const log = console.log;', 'log', 'function ƒ log() | '],
    ['a function of a core module written in JS is a leaf too', 'const { once } = require("events");', 'once', 'function ƒ once(emitter, name, options = {}) | '],
    ['an EventTarget points at its listeners', 'const t = new EventTarget(); for (let i = 0; i < 2; i++) t.addEventListener("ping", () => i);', 't', 'object EventTarget | [[Listener: ping]]->function [[Listener: ping]]->function'],
    ['a closure points at the scope it closed over', 'function mk() { let c = 0; return () => c; } const get = mk();', 'get', 'function ƒ () | [[Environment]]->environment'],
  ];
  for (const [name, setup, binding, expected] of cases) {
    it(name, () => assert.equal(drawn(graph(setup), binding), expected));
  }

  it(`stops at ${MAX_NODES} boxes and counts the rest`, () => {
    const g = graph('let head = null; for (let i = 0; i < 400; i++) head = { i, next: head };');
    assert.equal(g.nodes.length, MAX_NODES);
    assert.ok(g.omitted > 0);
  });

  it('draws one box for two bindings of the same object', () => {
    const g = graph('const a = { x: 1 }; const b = a;');
    assert.equal(g.roots.find((r) => r.name === 'a')!.to, g.roots.find((r) => r.name === 'b')!.to);
    assert.equal(g.nodes.filter((n) => n.kind === 'object').length, 1);
  });
});

describe('heap graph: roots beyond the frames', () => {
  /** Roots of scope `scope`, as `name->kind label` or `name=value`. */
  function outer(setup: string, scope: string): string[] {
    const g = graph(setup);
    return g.roots.filter((r) => r.frame === -1 && r.scope === scope).map((r) => {
      const n = g.nodes.find((x) => x.id === r.to);
      return n ? `${r.name}->${n.kind} ${n.label}` : `${r.name}=${r.value}`;
    });
  }
  const cases: [string, string, string, string[]][] = [
    ['an accidental global (sloppy mode) is a Global root', 'function f() { cache = [1]; } f();', 'Global', ['cache->array Array(1)']],
    ['a top-level var lives in the module scope (CommonJS), not on the global', 'var x = 1;', 'Global', []],
    ['a pending interval roots its callback', 'const big = [1, 2]; setInterval(function tick() { big.push(3); }, 10);', 'Timers', ['setInterval #1->function ƒ tick()']],
    ['a timer argument is a root too', 'setTimeout(function later(o) {}, 5, { a: 1 });', 'Timers', ['setTimeout #1->function ƒ later(o)', 'setTimeout #1 argument 1->object Object']],
    ['a cleared timer roots nothing', 'const t = setTimeout(() => {}, 5); clearTimeout(t);', 'Timers', []],
    ['an immediate is a root until it runs', 'setImmediate(function soon() {});', 'Timers', ['setImmediate #1->function ƒ soon()']],
  ];
  for (const [name, setup, scope, expected] of cases) {
    it(name, () => assert.deepEqual(outer(setup, scope), expected));
  }

  it('shows the retaining chain of a forgotten interval: timer -> callback -> [[Environment]] -> the array', () => {
    const g = graph('function start() { const seen = []; setInterval(() => seen.push(1), 10); } start();');
    const cb = g.roots.find((r) => r.scope === 'Timers')!.to;
    const env = g.edges.find((e) => e.from === cb && e.name === '[[Environment]]')!.to;
    const seen = g.edges.find((e) => e.from === env && e.name === 'seen');
    assert.ok(seen, 'the scope record holds seen');
    assert.equal(g.nodes.find((n) => n.id === seen.to)!.kind, 'array');
  });
});

describe('heap graph: ids of freed cells', () => {
  it('drops the ids of cells the host freed, so the table stays the size of what lives', async () => {
    setFlagsFromString('--expose-gc');
    const hostGc = runInNewContext('gc') as () => void;
    const ids = new HeapIds();
    const kept: object[] = [];
    for (let i = 0; i < 10_000; i++) ids.of({} as Cell);
    // WeakRefs made in this job hold their targets until it ends.
    await new Promise((resolve) => setImmediate(resolve));
    hostGc();
    for (let i = 0; i < 8_000; i++) { const o = {}; kept.push(o); ids.of(o as Cell); }
    assert.ok(ids.tracked <= 8_000, `${ids.tracked} ids tracked for ${kept.length} live cells`);
    assert.equal(ids.of(kept[0] as Cell), 10_001, 'a live cell keeps its id');
  });
});
