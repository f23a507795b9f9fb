// Automatic collections happen at the same moments of a run however it is sliced or paused:
// a program that looks at a WeakRef now and then, and at process.memoryUsage() mid-job,
// prints the same thing for every slice size,
// with a debugger stepping through it or not (what replaying a run for time travel relies on).
import assert from 'node:assert/strict';
import { createAgent, type Agent } from '../../engine';

const WATCHER = `
let target = { name: 'target' };
const ref = new WeakRef(target);
target = null;
let tick = 0;
let last = process.memoryUsage().heapUsed;
const drops = [];
function work() {
  // deref keeps its target for the rest of the job: only every tenth job looks.
  if (tick % 10 === 0 && ref.deref() === undefined) { console.log('cleared, seen at tick ' + tick); console.log('heap dropped at ' + drops.slice(0, 8).join(' ')); return; }
  let junk = [];
  for (let i = 0; i < 300; i++) {
    junk.push({ i, pad: [i, i, i] });
    if (junk.length > 50) junk = [];
    const used = process.memoryUsage().heapUsed;
    if (used < last) drops.push(tick + ':' + i);
    last = used;
  }
  if (++tick < 3000) setTimeout(work, 0); else console.log('never cleared');
}
setTimeout(work, 0);
`;

function run(sliceSize: number, drive: (agent: Agent) => void): string[] {
  const lines: string[] = [];
  const agent = createAgent(WATCHER, { fileName: 'watcher.js', sliceSize, gcBudgetBytes: 64 * 1024, onConsole: (e) => lines.push(e.text) });
  drive(agent);
  return lines;
}

const toEnd = (agent: Agent) => { agent.runToEnd(); };

/** With a debugger stepping statement by statement for the first `stops` stops, then running on. */
const stepping = (stops: number) => (agent: Agent) => {
  const dbg = agent.attachDebugger(true);
  for (let i = 0; i < stops; i++) {
    if (agent.step(997) === 'paused') dbg.stepIn();
  }
  dbg.continue();
  for (let r = agent.step(); r === 'slice' || r === 'paused'; r = agent.step()) if (r === 'paused') dbg.continue();
};

describe('collector safe points', () => {
  const expected = run(100_000, toEnd);
  it('the program sees its WeakRef cleared and its heap shrink mid-job (process.memoryUsage) by automatic collections', () => {
    assert.match(expected.join('\n'), /^cleared, seen at tick \d+\nheap dropped at \d+:\d+( \d+:\d+)+$/);
  });
  const cases: [string, number, (agent: Agent) => void][] = [
    ['slices of 1,000', 1_000, toEnd],
    ['slices of 7,919', 7_919, toEnd],
    ['slices of 20,000 (the debugger\'s)', 20_000, toEnd],
    ['a debugger stepping 3,000 statements, then running on', 20_000, stepping(3_000)],
  ];
  for (const [what, slice, drive] of cases) {
    it(`the same moment with ${what}`, () => assert.deepEqual(run(slice, drive), expected));
  }
});
