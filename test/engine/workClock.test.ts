// The virtual clock moves with the instructions run: the same program reads the same times
// whatever the slice size, and with a debugger attached however it is driven (stepping,
// breakpoints, evaluations while paused); the Event Loop snapshot's time moves in the script.
import assert from 'node:assert/strict';
import { createAgent, EngineDebugger, Agent } from '../../engine';
import { EventLoop } from '../../engine/loop/eventLoop';
import { NS_PER_INSTRUCTION } from '../../engine/loop/workClock';

/** Prints times at full precision: any difference in instructions counted shows. */
const PROGRAM = [
  'const start = Date.now();', //                                        1
  'const p0 = performance.now();', //                                    2
  'function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }', // 3
  'work(2000);', //                                                      4
  "console.log('after work', performance.now() - p0);", //               5
  "setTimeout(() => console.log('timer', Date.now() - start, performance.now()), 5);", // 6
  'Promise.resolve().then(() => { work(300); console.log(\'micro\', performance.now()); });', // 7
  'for (let k = 0; k < 3; k++) {', //                                    8
  '  work(100 * k);', //                                                 9
  "  console.log('k', k, performance.now());", //                        10
  '}', //                                                                11
  'while (Date.now() - start < 2) {}', //                                12
  "console.log('end', performance.now(), new Date() - start);", //       13
].join('\n');

type Driver = (dbg: EngineDebugger, run: Agent) => void;

/** Runs PROGRAM to its end; a driver acts at every stop of an attached debugger. */
function runWith(sliceSize: number, debug?: { stopOnEntry: boolean; setup?: (dbg: EngineDebugger) => void; atStop: Driver }): string[] {
  const out: string[] = [];
  const run = createAgent(PROGRAM, { fileName: 't.js', startTime: 1_000_000, sliceSize, onConsole: (e) => out.push(e.text) });
  const dbg = debug ? run.attachDebugger(debug.stopOnEntry) : undefined;
  if (dbg) debug?.setup?.(dbg);
  for (let guard = 0; guard < 1_000_000; guard++) {
    const r = run.step();
    if (r === 'done' || r === 'uncaught' || r === 'fatal') return out;
    if (r === 'paused') debug!.atStop(dbg!, run);
  }
  throw new Error('the run did not end');
}

const drivers: { name: string; sliceSize: number; debug?: Parameters<typeof runWith>[1] }[] = [
  { name: 'no debugger, tiny slices', sliceSize: 37 },
  { name: 'no debugger, large slices', sliceSize: 1_000_000 },
  { name: 'stepping in through everything', sliceSize: 100_000, debug: { stopOnEntry: true, atStop: (dbg) => dbg.stepIn() } },
  { name: 'stepping over, by expression', sliceSize: 5000, debug: { stopOnEntry: true, atStop: (dbg) => dbg.stepOver('expression') } },
  {
    name: 'breakpoints in the loop and the callbacks, evaluating clock reads and work at each stop',
    sliceSize: 100_000,
    debug: {
      stopOnEntry: false,
      setup: (dbg) => dbg.setBreakpoints([{ line: 3 }, { line: 6 }, { line: 9 }, { line: 13 }]),
      atStop: (dbg) => {
        for (const src of ['Date.now()', 'performance.now()', 'work(5000)', 'new Date()']) assert.ok(dbg.evaluate(src).ok, src);
        dbg.continue();
      },
    },
  },
];

describe('the virtual clock moves with the work done', () => {
  const reference = runWith(100_000);

  it('prints times that move with the work', () => {
    assert.equal(reference.length, 7, reference.join('\n'));
    const after = Number(reference[0].split(' ')[2]);
    assert.ok(after > 0 && after < 1, `2000 iterations take a fraction of a virtual ms: ${after}`);
    assert.match(reference[4], /^end \S+ 2$/);
    assert.match(reference[6], /^timer 5 5\.\d+$/);
  });

  for (const d of drivers) {
    it(`reads the same times: ${d.name}`, () => {
      assert.deepEqual(runWith(d.sliceSize, d.debug), reference);
    });
  }

  it('gives a simple loop a plausible time: 20,000 iterations in 0.2 to 1 virtual ms (1e6 take 21 ms, Node 3 to 13 ms)', () => {
    const out: string[] = [];
    const src = 'const t = performance.now(); let s = 0; for (let i = 0; i < 2e4; i++) s += i; console.log(performance.now() - t);';
    createAgent(src, { fileName: 't.js', onConsole: (e) => out.push(e.text) }).runToEnd();
    const ms = Number(out[0]);
    assert.ok(ms >= 0.2 && ms <= 1, `${ms} ms at ${NS_PER_INSTRUCTION} ns an instruction`);
  });
});

describe('the Event Loop snapshot during the script', () => {
  it('shows the time a busy loop took', () => {
    const src = ['const start = Date.now();', 'let n = 0;', 'while (Date.now() - start < 3) n++;', 'n;'].join('\n');
    const run = createAgent(src, { fileName: 't.js' });
    const dbg = run.attachDebugger(false);
    dbg.setBreakpoints([{ line: 2 }, { line: 4 }]);
    const times: number[] = [];
    for (let guard = 0; guard < 100_000; guard++) {
      const r = run.step();
      if (r === 'paused') { times.push(run.eventLoopSnapshot().time); dbg.continue(); }
      if (r === 'done') break;
    }
    assert.deepEqual(times, [0, 3]);
  });
});

describe('the clock with realTime', () => {
  it('follows the wall clock while waiting and the work while running, never going back', () => {
    const src = `const reads = [performance.now()];
let s = 0;
for (let i = 0; i < 20000; i++) s += i;
reads.push(performance.now());
setTimeout(() => {
  reads.push(performance.now());
  for (let i = 0; i < 2000; i++) reads.push(performance.now());
  console.log(reads.every((r, i) => i === 0 || r >= reads[i - 1]), reads[2] - reads[1] >= 4);
}, 5);`;
    const out: string[] = [];
    createAgent(src, { fileName: 't.js', realTime: true, onConsole: (e) => out.push(e.text) }).runToEnd();
    assert.deepEqual(out, ['true true']);
  });
});

describe('the event loop clock: work plus waiting', () => {
  it('moves with the work, jumps only forward when waiting (real time lagging behind the work is ignored)', () => {
    let work = 10;
    const loop = new EventLoop(() => work);
    const seen: number[] = [loop.now];
    loop.advanceTo(5); //  behind the work: no change
    seen.push(loop.now);
    loop.advanceTo(20); // waiting for a timer
    seen.push(loop.now);
    work = 12.5; //        work done after the wait adds on
    seen.push(loop.now, loop.loopTime());
    loop.advanceTo(22);
    seen.push(loop.now);
    assert.deepEqual(seen, [10, 10, 20, 22.5, 22, 22.5]);
  });
});
