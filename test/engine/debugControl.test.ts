// The debugger's controller decides every stop: a breakpoint whose host predicate says go
// on leaves a step in progress as it was; an engine bug inside an evaluation stays one.
import assert from 'node:assert/strict';
import { createAgent, type EngineDebugger, type Agent } from '../../engine';
import { Machine } from '../../engine/vm/machine';

const program = [
  'function square(x) {', // 1
  '  const y = x * x;', //    2
  '  return y;', //           3
  '}', //                     4
  'let total = 0;', //        5
  'for (let i = 1; i <= 3; i++) {', // 6
  '  total += square(i);', // 7
  '}', //                     8
  'console.log(total);', //   9
].join('\n');

function debugRun(): { run: Agent; dbg: EngineDebugger; next: () => string } {
  const run = createAgent(program, { fileName: 't.js' });
  const dbg = run.attachDebugger(false);
  /** Runs to the next stop: 'kind name:line', or 'end'. */
  const next = (): string => {
    for (let guard = 0; guard < 1000; guard++) {
      const r = run.step();
      if (r === 'paused') return `${dbg.stop()!.kind} ${dbg.frames()[0].name}:${dbg.frames()[0].line}`;
      if (r === 'done' || r === 'uncaught') return 'end';
    }
    throw new Error('the run neither paused nor ended');
  };
  return { run, dbg, next };
}

function textOf(dbg: EngineDebugger, source: string): string {
  const r = dbg.evaluate(source);
  return r.ok ? r.text : `error: ${r.error}`;
}

describe('engine debugger: the controller decides stops', () => {
  it('a breakpoint that says go on inside a function stepped over does not cancel the step', () => {
    const { dbg, next } = debugRun();
    const asked: number[] = [];
    const [outer, inner] = dbg.setBreakpoints([{ line: 7 }, { line: 2 }], (id) => {
      asked.push(id);
      return id === outer.id;
    });
    assert.equal(next(), 'breakpoint (global):7');
    dbg.stepOver();
    assert.equal(next(), 'step (global):6');
    assert.deepEqual(asked, [outer.id, inner.id], 'the inner breakpoint was reached and asked');
    dbg.stepOut();
    assert.equal(next(), 'breakpoint (global):7', 'stepping out of the script goes on to the next stop');
  });

  it('a breakpoint that says go on does not cancel a step out either', () => {
    const { dbg, next } = debugRun();
    let insideAsked = 0;
    const [first] = dbg.setBreakpoints([{ line: 2 }, { line: 3 }], (id) => (id === first.id ? true : (insideAsked++, false)));
    assert.equal(next(), 'breakpoint square:2');
    dbg.stepOut();
    assert.equal(next(), 'step (global):6');
    assert.equal(insideAsked, 1);
  });

  it('a predicate evaluates in the frame it stopped in, and its handles go when the run goes on', () => {
    const { dbg, next } = debugRun();
    const seen: string[] = [];
    const handles: number[] = [];
    dbg.setBreakpoints([{ line: 3 }], () => {
      const r = dbg.evaluate('[y]');
      assert.ok(r.ok);
      seen.push(r.value.preview);
      handles.push(r.value.handle);
      return r.value.preview === '(1) [9]';
    });
    assert.equal(next(), 'breakpoint square:3');
    assert.deepEqual(seen, ['(1) [1]', '(1) [4]', '(1) [9]']);
    assert.deepEqual(handles.map((h) => dbg.has(h)), [false, false, true]);
    assert.equal(textOf(dbg, 'x'), '3');
  });

  it('conditions cost the slice their work, never the program\'s clock', () => {
    const loop = ['let s = 0;', 'for (let i = 0; i < 3000; i++) {', '  s += i;', '}', 'console.log(s, performance.now());'].join('\n');
    const runLoop = (withCondition: boolean): { out: string[]; asked: number; askedInFirstSlice: number } => {
      const out: string[] = [];
      const run = createAgent(loop, { fileName: 't.js', onConsole: (e) => out.push(e.text) });
      const dbg = run.attachDebugger(false);
      let asked = 0;
      if (withCondition) dbg.setBreakpoints([{ line: 3 }], () => { asked++; return !dbg.evaluate('i >= 0').ok; });
      assert.equal(run.step(20_000), 'slice');
      const askedInFirstSlice = asked;
      while (run.step() !== 'done');
      return { out, asked, askedInFirstSlice };
    };
    const plain = runLoop(false);
    const judged = runLoop(true);
    assert.deepEqual(judged.out, plain.out, 'the same virtual time');
    assert.equal(judged.asked, 3000);
    assert.ok(judged.askedInFirstSlice < 100, `a slice of 20,000 instructions held ${judged.askedInFirstSlice} conditions`);
  });

  it('an engine bug inside an evaluation surfaces as that error, not as an evaluation message', () => {
    const { run, dbg, next } = debugRun();
    dbg.setBreakpoints([{ line: 3 }]);
    assert.equal(next(), 'breakpoint square:3');
    const bug = new Error('injected engine bug');
    const original = Machine.prototype.iterResult;
    Machine.prototype.iterResult = () => { throw bug; };
    try {
      assert.throws(() => dbg.evaluate('(function* () {})().next()'), (e) => e === bug);
    } finally {
      Machine.prototype.iterResult = original;
    }
    // The machine is as it was: the paused frames, the stop, and the program goes on.
    assert.deepEqual(dbg.frames().map((f) => `${f.name}:${f.line}`), ['square:3', '(global):7']);
    assert.equal(textOf(dbg, 'y * 2'), '2');
    dbg.setBreakpoints([]);
    dbg.continue();
    assert.equal(next(), 'end');
    assert.equal(run.outcome().kind, 'completed');
  });
});
