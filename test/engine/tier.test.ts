// The second tier, table-driven: counting calls and back-edges, when a function tiers up,
// what each quickening rewrites, and deoptimization (mid-function, mid-loop, in try/finally,
// refused generators and async functions). Every run is also checked against tiering off.
import assert from 'node:assert/strict';
import { createAgent, describeTierEvent, type FunctionHotness, type TierEvent, type TierThresholds } from '../../engine';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_QUICKENED_OP, OP_NAMES, Op } from '../../engine/bytecode/opcodes';
import { compileProgram } from '../../engine/compile/program';
import { allCode, instructions } from '../../engine/bytecode/walk';
import { quicken, setRuleEnabled } from '../../engine/tier/quicken';

interface Run { out: string[]; events: string[]; hotness: FunctionHotness[] }

function run(source: string, tiering: Partial<TierThresholds> | false): Run {
  const out: string[] = [];
  const events: string[] = [];
  const agent = createAgent(source, {
    fileName: 't.js', startTime: 1_000_000, onConsole: (e) => out.push(e.text), tiering,
    onTierEvent: (e: TierEvent) => { events.push(describeTierEvent(e)); },
  });
  const outcome = agent.runToEnd();
  if (outcome.kind === 'uncaught') out.push(`uncaught ${outcome.report.split('\n')[0]}`);
  return { out, events, hotness: agent.hotness() };
}

/** Runs `source` tiered and untiered; the output must not differ. */
function runBoth(source: string, tiering: Partial<TierThresholds>): Run {
  const tiered = run(source, tiering);
  assert.deepEqual(tiered.out, run(source, false).out, 'the optimized tier printed something else');
  return tiered;
}

function hotnessOf(r: Run, name: string): FunctionHotness {
  const h = r.hotness.find((f) => f.name === name);
  assert.ok(h, `no hotness entry for ${name}: ${r.hotness.map((f) => f.name).join(', ')}`);
  return h;
}

const lines = (...l: string[]): string => l.join('\n');

describe('tier: counting', () => {
  const cases: { name: string; source: string; fn: string; calls: number; backEdges: number }[] = [
    { name: 'calls', source: 'function f() {}\nfor (let i = 0; i < 5; i++) f();', fn: 'f', calls: 5, backEdges: 0 },
    { name: 'constructions', source: 'function P() {}\nnew P(); new P();', fn: 'P', calls: 2, backEdges: 0 },
    { name: 'while loop back-edges', source: 'function g(n) { let i = 0; while (i < n) i++; }\ng(3); g(4);', fn: 'g', calls: 2, backEdges: 7 },
    { name: 'do-while back-edges', source: 'function d() { let i = 0; do { i++; } while (i < 4); }\nd();', fn: 'd', calls: 1, backEdges: 3 },
    { name: 'for-of back-edges', source: 'function o() { for (const x of [1, 2, 3]) {} }\no();', fn: 'o', calls: 1, backEdges: 3 },
    { name: 'the program\'s own loop', source: 'let s = 0;\nfor (let i = 0; i < 6; i++) s += i;', fn: '(program)', calls: 0, backEdges: 6 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      for (const tiering of [false, { calls: 0, backEdges: 0 }] as const) {
        const h = hotnessOf(run(c.source, tiering), c.fn);
        assert.deepEqual([h.calls, h.backEdges], [c.calls, c.backEdges], `tiering ${JSON.stringify(tiering)}`);
      }
    });
  }
});

describe('tier: tiering up', () => {
  const multiply = 'function multiply(a, b) { return a * b; }\nlet s = 0;\nfor (let i = 0; i < 20; i++) s += multiply(i, 2);\nconsole.log(s);';
  const cases: { name: string; source: string; tiering: Partial<TierThresholds> | false; events: string[]; tier?: [string, string] }[] = [
    { name: 'after N calls', source: multiply, tiering: { calls: 10, backEdges: Infinity }, events: ['multiply: optimized after 10 calls'], tier: ['multiply', 'optimized'] },
    { name: 'at once (threshold 0)', source: multiply, tiering: { calls: 0, backEdges: Infinity }, events: ['multiply: optimized after 1 call'] },
    { name: 'a loop: on-stack at a back-edge', source: multiply, tiering: { calls: Infinity, backEdges: 5 }, events: ['(program): optimized after 5 loop iterations'], tier: ['(program)', 'optimized'] },
    { name: 'never (Infinity)', source: multiply, tiering: { calls: Infinity, backEdges: Infinity }, events: [], tier: ['multiply', 'baseline'] },
    { name: 'never (off)', source: multiply, tiering: false, events: [] },
    { name: 'the default thresholds: 1,000 calls', source: 'function f(x) { return x + 1; }\nfor (let i = 0; i < 1500; i++) f(i);', tiering: {}, events: ['f: optimized after 1,000 calls'] },
    { name: 'generators are refused', source: 'function* g() { yield 1; }\nfor (let i = 0; i < 5; i++) [...g()];', tiering: { calls: 0, backEdges: Infinity }, events: [], tier: ['g', 'never'] },
    { name: 'async functions are refused', source: 'async function a(x) { return x * 2; }\nfor (let i = 0; i < 5; i++) a(i);', tiering: { calls: 0, backEdges: Infinity }, events: [], tier: ['a', 'never'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = c.tiering === false ? run(c.source, false) : runBoth(c.source, c.tiering);
      assert.deepEqual(r.events, c.events);
      if (c.tier) assert.equal(hotnessOf(r, c.tier[0]).tier, c.tier[1]);
    });
  }

  it('marks a function hot past a threshold', () => {
    const r = run('function f() {}\nfor (let i = 0; i < 30; i++) f();', { calls: 25, backEdges: Infinity });
    assert.equal(hotnessOf(r, 'f').hot, true);
    assert.equal(hotnessOf(r, '(program)').hot, false);
  });
});

/** The quickened opcodes in `fn`'s optimized copy, in pc order. */
function quickened(source: string, fn: string, before?: string): string[] {
  const program = compileProgram(source, 't.js');
  const code = [...allCode(program)].find((c) => c.name === fn)!.ensureCompiled();
  if (before !== undefined) {
    // Run it first so tier 1 records its feedback on the same FunctionCode.
    const agent = createAgent(source, { fileName: 't.js', tiering: false });
    agent.runToEnd();
  }
  const { ops } = quicken(code);
  return ops.flatMap((op, pc) => (op !== code.ops[pc] && OP_NAMES[op]?.match(/Num$|Folded$|ConstJump$/) ? [OP_NAMES[op]] : []));
}

describe('tier: quickenings', () => {
  const cases: { name: string; source: string; fn: string; ops: string[]; printed: string[] }[] = [
    { name: 'number-guarded arithmetic', source: 'function f(o) { return [o.a + o.b, o.a - o.b, o.a * o.b, o.a / o.b, o.a % o.b]; }\nconsole.log(f({ a: 7, b: -2 }), f({ a: 0.5, b: 0 }), f({ a: -0, b: 1 }));', fn: 'f', ops: ['AddNum', 'SubNum', 'MulNum', 'DivNum', 'ModNum'], printed: ['[ 5, 9, -14, -3.5, 1 ] [ 0.5, 0.5, 0, Infinity, NaN ] [ 1, -1, -0, -0, -0 ]'] },
    { name: 'number-guarded comparisons', source: 'function f(o) { return [o.a < o.b, o.a > o.b, o.a <= o.b, o.a >= o.b]; }\nconsole.log(f({ a: 1, b: 2 }), f({ a: NaN, b: 1 }), f({ a: 3, b: 3 }));', fn: 'f', ops: ['LtNum', 'GtNum', 'LeNum', 'GeNum'], printed: ['[ true, false, true, false ] [ false, false, false, false ] [ false, false, true, true ]'] },
    { name: 'a local, a number constant and an operator fused', source: 'function f(n) { return [n - 1, n < 2, n * 3, n % 4]; }\nconsole.log(f(5), f(-7.5));', fn: 'f', ops: ['LocalConstNum', 'SubNum', 'LocalConstNum', 'LtNum', 'LocalConstNum', 'MulNum', 'LocalConstNum', 'ModNum'], printed: ['[ 4, false, 15, 1 ] [ -8.5, true, -22.5, -3.5 ]'] },
    { name: 'two locals and an operator fused', source: 'function f(a, b) { return [a - b, a < b, a * b]; }\nconsole.log(f(5, 3), f(-1, NaN));', fn: 'f', ops: ['LocalLocalNum', 'SubNum', 'LocalLocalNum', 'LtNum', 'LocalLocalNum', 'MulNum'], printed: ['[ 2, false, 15 ] [ NaN, false, NaN ]'] },
    { name: 'a loop condition fused with its jump', source: 'function f(n) { let s = 0; for (let i = 0; i < 4; i++) s = s + i; while (n >= 2) n = n - 2; return [s, n]; }\nconsole.log(f(7), f(1));', fn: 'f', ops: ['LocalConstJump', 'LtNum', 'AddNum', 'LocalConstJump', 'GeNum', 'LocalConstNum', 'SubNum'], printed: ['[ 6, 1 ] [ 6, 1 ]'] },
    { name: 'number constants folded', source: 'function f() { return 6 * 7 + (1 << 4); }\nconsole.log(f());', fn: 'f', ops: ['ConstFolded', 'MulNum', 'ConstFolded', 'AddNum'], printed: ['58'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(quickened(c.source, c.fn), c.ops);
      assert.deepEqual(runBoth(c.source, { calls: 0, backEdges: 0 }).out, c.printed);
    });
  }

  it('leaves a site that met a non-number in tier 1 generic', () => {
    const source = 'function f(a, b) { return a + b; }\nfor (let i = 0; i < 3; i++) f("x", i);\nconsole.log(f(1, 2));';
    const r = runBoth(source, { calls: 3, backEdges: Infinity });
    assert.deepEqual(r.events, ['f: optimized after 3 calls'], 'a string site is not guessed a number: no deopt');
  });

  it('rules can be left out one by one (how the bench measures each)', () => {
    setRuleEnabled('localConst', false);
    try {
      assert.deepEqual(quickened('function f(n) { return n - 1; }', 'f'), ['SubNum']);
    } finally {
      setRuleEnabled('localConst', true);
    }
  });
});

describe('tier: deoptimization', () => {
  const cases: { name: string; source: string; events: string[]; tier?: [string, string, number] }[] = [
    {
      name: 'a guard fails mid-function',
      source: lines('function multiply(a, b) {', '  const r = a * b;', '  return r;', '}', 'for (let i = 0; i < 5; i++) multiply(i, 3);', 'console.log(multiply("4", 3), multiply(2, 3));'),
      events: ['multiply: optimized after 3 calls', 'multiply: deoptimized: not a number at line 2'],
      tier: ['multiply', 'baseline', 1],
    },
    {
      name: 'a fused local+constant guard fails',
      source: lines('function dec(n) {', '  return n - 1;', '}', 'for (let i = 0; i < 4; i++) dec(i);', 'console.log(dec("10"), dec(10));'),
      events: ['dec: optimized after 3 calls', 'dec: deoptimized: not a number at line 2'],
    },
    {
      name: 'a guard fails mid-loop (the frame goes on in plain bytecode)',
      source: lines('function sum(xs) {', '  let s = 0;', '  for (let i = 0; i < xs.length; i++) {', '    s = s + xs[i];', '  }', '  return s;', '}', 'console.log(sum([1, 2, 3, 4, 5, "6", 7, 8]));'),
      events: ['sum: optimized after 3 loop iterations', 'sum: deoptimized: not a number at line 4', 'sum: optimized after 8 loop iterations'],
    },
    {
      name: 'a fused loop condition fails its guard',
      source: lines('function w(n) {', '  let k = 0;', '  while (n >= 2) {', '    n = n - 2; k++;', '  }', '  return k;', '}', 'w(5); w(6); w(7);', 'console.log(w("9"), w(8));'),
      events: ['w: optimized after 3 loop iterations', 'w: deoptimized: not a number at line 3', 'w: optimized after 11 loop iterations'],
    },
    {
      name: 'inside try/finally: the finally block runs once',
      source: lines('function f(a, b) {', '  try {', '    return a - b;', '  } finally {', '    console.log("finally", a);', '  }', '}', 'f(1, 1); f(2, 1); f(3, 1);', 'console.log(f(new Date(5), 1));'),
      events: ['f: optimized after 3 calls', 'f: deoptimized: not a number at line 3'],
    },
    {
      name: 'a binding still in the TDZ is not a number: plain code throws',
      source: lines('function t(k) {', '  if (k) return x + 1;', '  let x = 1;', '  return x;', '}', 't(0); t(0); t(0);', 'try { t(1); } catch (e) { console.log(e.message); }'),
      events: ['t: optimized after 3 calls', 't: deoptimized: not a number at line 2'],
    },
    {
      name: 'a new shape reaches a shape-guarded property read',
      source: lines('function getX(p) {', '  return p.x;', '}', 'for (let i = 0; i < 5; i++) getX({ x: i });', 'console.log(getX({ y: 1, x: 2 }), getX({ x: 3 }), getX(Object.create({ x: 4 })));'),
      events: ['getX: optimized after 3 calls', 'getX: deoptimized: wrong shape at line 2'],
    },
    {
      name: 're-optimized with the failed site left generic: no second deopt',
      source: lines('function g(a) {', '  return a * 2;', '}', 'for (let i = 0; i < 8; i++) { g(i); g(i); g(i); g(String(i)); }'),
      events: [],
      tier: ['g', 'optimized', 1],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = runBoth(c.source, { calls: 3, backEdges: 3 });
      const fn = c.source.slice('function '.length, c.source.indexOf('('));
      if (c.events.length > 0) assert.deepEqual(r.events.filter((e) => e.startsWith(`${fn}:`)), c.events);
      if (c.tier) {
        const h = hotnessOf(r, c.tier[0]);
        assert.deepEqual([h.tier, h.deopts], [c.tier[1], c.tier[2]]);
        if (h.deopts > 0) assert.equal(h.lastDeoptReason, 'not a number');
      }
    });
  }

  it('a property site that saw one shape becomes a guarded slot read; a second shape deoptimizes with "wrong shape"', () => {
    const source = lines('function getX(p) {', '  return p.x;', '}', 'for (let i = 0; i < 5; i++) getX({ x: i });', 'getX({ x: 1, y: 2 });', 'getX({ x: 1, y: 2 });');
    const agent = createAgent(source, { fileName: 't.js', tiering: { calls: 3, backEdges: Infinity } });
    agent.runToEnd();
    const h = agent.hotness().find((f) => f.name === 'getX')!;
    assert.deepEqual([h.tier, h.deopts, h.lastDeoptReason], ['baseline', 1, 'wrong shape']);
    const program = compileProgram(source, 't.js');
    const code = [...allCode(program, true)].find((c) => c.name === 'getX')!;
    assert.equal(quicken(code).ops.includes(Op.GetNamedShape), false, 'a site that never ran is not guessed');
  });

  it('re-optimizes at most a few times, then refuses', () => {
    // Each deopt marks its site; a function with many sites can keep failing new ones.
    const source = lines('function h(a, b, c, d, e) {', '  return [a - 1, b - 1, c - 1, d - 1, e - 1];', '}', 'const s = "1";', 'for (let i = 0; i < 6; i++) h(1, 1, 1, 1, 1);', 'h(s, 1, 1, 1, 1); h(1, 1, 1, 1, 1); h(1, s, 1, 1, 1); h(1, 1, 1, 1, 1); h(1, 1, s, 1, 1); h(1, 1, 1, 1, 1); h(1, 1, 1, s, 1); h(1, 1, 1, 1, 1); h(1, 1, 1, 1, s);', 'console.log(h(1, 2, 3, 4, 5));');
    const r = runBoth(source, { calls: 1, backEdges: Infinity });
    const h = hotnessOf(r, 'h');
    assert.equal(h.tier, 'never');
    assert.equal(h.deopts, 4);
    assert.match(r.events.at(-1)!, /^h: deoptimized: not a number at line 2 \(stays in plain bytecode from now on\)$/);
  });

  it('keeps the virtual clock: a tiered run reads the same times', () => {
    const source = lines('function w(n) { let s = 0; for (let i = 0; i < n; i++) s = s + i * 2; return s; }', 'const t0 = performance.now();', 'w(500); w("3"); w(200);', 'console.log(performance.now() - t0, Date.now());');
    runBoth(source, { calls: 0, backEdges: 0 });
  });

  it('stops the debugger at the failed guard when the listener asks', () => {
    const source = lines('function m(a, b) {', '  return a * b;', '}', 'm(1, 2); m(2, 3);', 'console.log(m("3", 4));');
    const out: string[] = [];
    const agent = createAgent(source, {
      fileName: 't.js', onConsole: (e) => out.push(e.text), tiering: { calls: 1, backEdges: Infinity },
      onTierEvent: (e) => { if (e.kind !== 'deoptimized') return false; dbg.pause(); return true; },
    });
    const dbg = agent.attachDebugger(false);
    let r = agent.step();
    for (let guard = 0; r === 'slice' && guard < 1000; guard++) r = agent.step();
    assert.equal(r, 'paused');
    const stop = dbg.stop()!;
    assert.equal(stop.kind, 'pause');
    assert.equal(dbg.frames()[0].line, 2);
    dbg.continue();
    assert.equal(agent.runToEnd().kind, 'completed');
    assert.deepEqual(out, ['12']);
  });
});

describe('tier: the optimized copy keeps the plain pc layout', () => {
  const root = join(__dirname, '../..');
  const files = ['test/fixtures', 'examples', 'test/bench/programs'].flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name)));

  it('in every function of the fixtures, examples and bench programs', () => {
    let rewritten = 0;
    for (const file of files) {
      let program;
      try { program = compileProgram(readFileSync(file, 'utf8'), file); } catch { continue; }
      for (const code of allCode(program)) {
        code.ensureCompiled();
        const { ops } = quicken(code);
        assert.equal(ops.length, code.ops.length, `${file} ${code.name}`);
        const starts = new Set([...instructions(code)].map((i) => i.pc));
        for (let pc = 0; pc < ops.length; pc++) {
          if (ops[pc] === code.ops[pc]) continue;
          // Only an instruction's opcode changes, to a quickened one; ConstFolded also owns its operand.
          const foldedOperand = pc > 0 && ops[pc - 1] === Op.ConstFolded;
          assert.ok(foldedOperand || (starts.has(pc) && ops[pc] >= FIRST_QUICKENED_OP), `${file} ${code.name} pc ${pc}: ${OP_NAMES[code.ops[pc]]} -> ${ops[pc]}`);
          if (!foldedOperand) rewritten++;
        }
      }
    }
    assert.ok(rewritten > 1000, `only ${rewritten} instructions quickened`);
  });
});
