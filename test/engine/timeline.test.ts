// The timeline log and its queries, table-driven: a program runs to its end with the log
// recording, then each row asks a query and names the answer by source line (or text).
import assert from 'node:assert/strict';
import { createAgent, lastAtLine, lastAtPlace, MomentKind, previousStop, TimelineLog } from '../../engine';

const FILE = '/timeline.js';
const PROGRAM = [
  'function add(a, b) {', //  1
  '  const sum = a + b;', //   2
  '  return sum;', //          3
  '}', //                      4
  'let total = 0;', //         5
  'for (let i = 1; i <= 3; i++) {', // 6
  '  total = add(total, i);', // 7
  '}', //                      8
  'setTimeout(function later() {', // 9
  '  total++;', //             10
  '}, 5);', //                 11
  'Promise.resolve().then(function soon() { total--; });', // 12
].join('\n');

/** Runs `source` with the debugger recording into a log of `capacity` moments. */
function recorded(source = PROGRAM, capacity?: number): TimelineLog {
  const log = new TimelineLog(capacity);
  const agent = createAgent(source, { fileName: FILE, startTime: 0 });
  agent.attachDebugger(false).recordTimeline(log);
  for (let r = agent.step(); r === 'slice' || r === 'paused'; r = agent.step());
  return log;
}

/** A moment as a row names it: `line:depth` for a step point, `task <label>` for a task. */
function named(log: TimelineLog, step: number | undefined): string {
  if (step === undefined) return 'none';
  if (log.kindAt(step) === MomentKind.Task) return `task ${log.marks().find((m) => m.step === step)?.label}`;
  return `${log.codes.code(log.codeIdAt(step))?.lineAt(log.pcAt(step))}:${log.depthAt(step)}`;
}

/** The last moment at `line` (the row's starting point). */
function at(log: TimelineLog, line: number): number {
  const s = lastAtLine(log, FILE, line, log.last + 1);
  assert.ok(s !== undefined, `line ${line} ran`);
  return s;
}

interface Row { name: string; ask: (log: TimelineLog) => number | undefined; answer: string }

const rows: Row[] = [
  { name: 'reverse step from a statement goes to the one before it', ask: (log) => previousStop(log, at(log, 3)), answer: '2:2' },
  { name: 'reverse step from a function\'s first statement goes to its creation moment', ask: (log) => previousStop(log, at(log, 2)), answer: '1:2' },
  { name: 'reverse step over a call: from the loop update back to the call statement', ask: (log) => previousStop(log, lastAtLine(log, FILE, 6, at(log, 9)) ?? 0), answer: '7:1' },
  { name: 'reverse step from a callback\'s first statement goes to its creation moment', ask: (log) => previousStop(log, at(log, 10)), answer: '9:1' },
  { name: 'reverse step from a task\'s first moment goes to the task moment', ask: (log) => previousStop(log, previousStop(log, at(log, 10))!), answer: 'task timer #1 -> later()' },
  { name: 'reverse step from a task moment goes to the previous segment\'s outermost last statement', ask: (log) => previousStop(log, log.marks().find((m) => m.label.startsWith('timer'))!.step), answer: '12:2' },
  { name: 'reverse step from the first moment finds nothing', ask: (log) => previousStop(log, 1), answer: 'none' },
  { name: 'the last moment at a line before another', ask: (log) => lastAtLine(log, FILE, 2, at(log, 9)), answer: '2:2' },
  { name: 'a line that never ran', ask: (log) => lastAtLine(log, FILE, 4, log.last + 1), answer: 'none' },
  { name: 'a line in another file', ask: (log) => lastAtLine(log, '/other.js', 2, log.last + 1), answer: 'none' },
  { name: 'no places: no breakpoint hit', ask: (log) => lastAtPlace(log, [], log.last + 1), answer: 'none' },
];

describe('engine: timeline log queries', () => {
  const log = recorded();
  for (const row of rows) it(row.name, () => assert.equal(named(log, row.ask(log)), row.answer));

  it('marks the script, then each task in the order taken, with kinds', () => {
    assert.deepEqual(log.marks().map((m) => `${m.kind} ${m.label}`), ['script script', 'microtask microtask: promise reaction -> soon', 'task timer #1 -> later()']);
  });

  it('the frontier is the last moment, each moment step-numbered from 1', () => {
    assert.equal(log.first, 1);
    assert.equal(log.kindAt(log.last + 1), MomentKind.None);
    assert.notEqual(log.kindAt(log.last), MomentKind.None);
  });

  it('a new future forgets the later moments and marks', () => {
    const forked = recorded();
    const timer = forked.marks().find((m) => m.label.startsWith('timer'))!.step;
    forked.truncate(timer - 1);
    assert.equal(forked.last, timer - 1);
    assert.deepEqual(forked.marks().map((m) => m.kind), ['script', 'microtask']);
  });

  it('a full log keeps the last moments only and says what it dropped', () => {
    const loop = 'let s = 0;\nfor (let i = 0; i < 100000; i++) {\n  s += i;\n}\n';
    const small = recorded(loop, 1 << 16);
    assert.ok(small.last > 1 << 16);
    assert.equal(small.first, small.last - (1 << 16) + 1);
    assert.equal(previousStop(small, small.first), undefined);
    assert.equal(named(small, previousStop(small, small.last)), '3:1');
  });
});
