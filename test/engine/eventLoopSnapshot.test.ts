// The event loop as the debugger sees it: run.eventLoopSnapshot() at chosen stops (phase,
// virtual time, the running task, Web APIs, macrotasks, microtasks, nextTicks), taking a task
// as a step point of its own, the task a callback came from on its outermost frame, and
// stepping over `await`.
import assert from 'node:assert/strict';
import { createAgent, EngineDebugger, Agent } from '../../engine';

type Stop = NonNullable<ReturnType<EngineDebugger['stop']>>;

/** A run with a debugger attached; `step()` runs to the next stop and returns it (null at the end). */
function debugRun(lines: string[], stopOnEntry = false) {
  const out: string[] = [];
  const run: Agent = createAgent(lines.join('\n'), { fileName: 't.js', onConsole: (e) => out.push(e.text) });
  const dbg = run.attachDebugger(stopOnEntry);
  const step = (): Stop | null => {
    for (let guard = 0; guard < 1000; guard++) {
      const r = run.step();
      if (r === 'paused') return dbg.stop();
      if (r === 'done' || r === 'uncaught') return null;
    }
    throw new Error('the run neither paused nor ended');
  };
  return { run, dbg, out, step };
}

/** Where the innermost frame is, as 'name:line'. */
function where(dbg: EngineDebugger): string {
  const top = dbg.frames()[0];
  return top ? `${top.name}:${top.line}` : '(no frame)';
}

describe('event loop snapshot: the queues at chosen stops', () => {
  const program = [
    'function later() {', //            1
    "  console.log('later');", //       2
    '}', //                             3
    'function react(v) {', //           4
    "  console.log('react', v);", //    5
    '}', //                             6
    'function tock() {', //             7
    "  console.log('tock');", //        8
    '}', //                             9
    'setTimeout(later, 50);', //       10
    'Promise.resolve(1).then(react);', // 11
    'process.nextTick(tock);', //      12
    'setImmediate(function soon() {});', // 13
    'queueMicrotask(function qm() {});', // 14
    "console.log('last');", //         15
  ];

  it('at the last line of the script: every queue holds what the script scheduled', () => {
    const { run, dbg, step } = debugRun(program);
    dbg.setBreakpoints([{ line: 15 }]);
    const stop = step();
    assert.equal(stop?.kind, 'breakpoint');
    assert.equal(where(dbg), '(global):15');
    const s = run.eventLoopSnapshot();
    assert.equal(s.phase, 'script');
    assert.equal(s.time, 0);
    assert.equal(s.current?.kind, 'script');

    assert.equal(s.webApis.length, 1, JSON.stringify(s.webApis));
    assert.deepEqual(
      { kind: s.webApis[0].kind, name: s.webApis[0].name, line: s.webApis[0].line, delay: s.webApis[0].delay, due: s.webApis[0].due, interval: s.webApis[0].interval },
      { kind: 'timeout', name: 'later', line: 1, delay: 50, due: 50, interval: false },
    );
    assert.deepEqual(s.macrotasks.map((t) => [t.kind, t.name, t.line]), [['immediate', 'soon', 13]]);
    assert.deepEqual(s.microtasks.map((j) => [j.kind, j.name]), [['promise reaction', 'react'], ['queueMicrotask', 'qm']]);
    assert.equal(s.microtasks[1].line, 14);
    assert.equal(s.microtasks[0].promiseState, 'fulfilled', 'Promise.resolve(1).then(react) reacts to a fulfilled promise');
    assert.deepEqual(s.nextTicks.map((j) => [j.kind, j.name, j.line]), [['nextTick', 'tock', 7]]);
  });

  it('in each callback: the phase, the task that runs, and what is still queued', () => {
    const { run, dbg, out, step } = debugRun(program);
    dbg.setBreakpoints([{ line: 2 }, { line: 5 }, { line: 8 }]);

    assert.ok(step());
    assert.equal(where(dbg), 'tock:8');
    let s = run.eventLoopSnapshot();
    assert.equal(s.phase, 'nextTicks');
    assert.equal(s.current?.kind, 'nextTick');
    assert.equal(s.current?.label, 'nextTick -> tock()');
    assert.equal(s.nextTicks.length, 0);
    assert.deepEqual(s.microtasks.map((j) => j.name), ['react', 'qm']);
    assert.equal(s.time, 0, 'the script\'s nextTicks and microtasks drain before the loop starts (1 ms later, virtual clock)');
    assert.deepEqual(out, ['last']);

    dbg.continue();
    assert.ok(step());
    assert.equal(where(dbg), 'react:5');
    s = run.eventLoopSnapshot();
    assert.equal(s.phase, 'microtasks');
    assert.equal(s.current?.kind, 'microtask');
    assert.match(s.current?.label ?? '', /^microtask: promise reaction -> react/);
    assert.deepEqual(s.microtasks.map((j) => j.name), ['qm']);
    assert.equal(s.webApis[0]?.name, 'later');
    assert.deepEqual(s.macrotasks.map((t) => t.name), ['soon']);

    dbg.continue();
    assert.ok(step());
    assert.equal(where(dbg), 'later:2');
    s = run.eventLoopSnapshot();
    assert.equal(s.phase, 'timers');
    assert.equal(s.time, 50);
    assert.equal(s.current?.label, 'timer #1 -> later()');
    assert.equal(s.current?.line, 1);
    assert.deepEqual([s.webApis.length, s.macrotasks.length, s.microtasks.length, s.nextTicks.length], [0, 0, 0, 0]);
    assert.deepEqual(out, ['last', 'tock', 'react 1']);

    dbg.continue();
    assert.equal(step(), null);
    assert.deepEqual(out, ['last', 'tock', 'react 1', 'later']);
  });

  it('timers stay in one list by due time while the timers phase runs the due ones, as in Node', () => {
    const { run, dbg, step } = debugRun([
      'function a() {', //            1
      "  console.log('a');", //       2
      '}', //                         3
      'function b() {}', //           4
      'function c() {}', //           5
      'function d() {}', //           6
      'setTimeout(a, 10);', //        7
      'setTimeout(b, 10);', //        8
      'setTimeout(c, 10);', //        9
      'setTimeout(d, 30);', //       10
    ]);
    dbg.setBreakpoints([{ line: 2 }]);
    assert.ok(step());
    assert.equal(where(dbg), 'a:2');
    const s = run.eventLoopSnapshot();
    assert.equal(s.time, 10);
    assert.deepEqual(s.macrotasks, [], 'the check queue holds only setImmediate callbacks');
    assert.deepEqual(s.webApis.map((t) => [t.name, t.due]), [['b', 10], ['c', 10], ['d', 30]]);
  });

  it('an interval shows as an interval and is due again one period after it ran', () => {
    const { run, dbg, step } = debugRun([
      'let n = 0;', //                                   1
      'const id = setInterval(function every() {', //    2
      '  n++;', //                                       3
      '  if (n === 3) clearInterval(id);', //            4
      '}, 20);', //                                      5
      'setTimeout(function check() {', //                6
      "  console.log('n is', n);", //                    7
      '}, 50);', //                                      8
    ]);
    dbg.setBreakpoints([{ line: 3 }, { line: 7 }]);
    assert.ok(step());
    let s = run.eventLoopSnapshot();
    assert.equal(s.time, 20);
    assert.equal(s.current?.label, 'interval #1 -> every()');
    assert.deepEqual(s.webApis.map((t) => [t.name, t.due]), [['check', 50]], 'a running interval is not in Web APIs');

    dbg.continue();
    assert.ok(step());
    s = run.eventLoopSnapshot();
    assert.equal(s.time, 40);
    assert.equal(where(dbg), 'every:3');

    dbg.continue();
    assert.ok(step());
    assert.equal(where(dbg), 'check:7');
    s = run.eventLoopSnapshot();
    assert.equal(s.time, 50);
    assert.deepEqual(s.webApis.map((t) => [t.kind, t.name, t.due, t.interval]), [['interval', 'every', 60, true]]);
  });

  it('an await waiting on a settled promise is an await resumption in the microtask queue', () => {
    const { run, dbg, step } = debugRun([
      'async function load() {', //       1
      '  await null;', //                 2
      "  console.log('resumed');", //     3
      '}', //                             4
      'load();', //                       5
      "console.log('end');", //           6
    ]);
    dbg.setBreakpoints([{ line: 6 }]);
    assert.ok(step());
    const s = run.eventLoopSnapshot();
    assert.equal(s.microtasks.length, 1);
    assert.equal(s.microtasks[0].kind, 'await resumption');
    assert.match(s.microtasks[0].name, /^load/);
  });

  it('a thenable being adopted is a thenable job', () => {
    const { run, dbg, step } = debugRun([
      'const thenable = { then(r) { r(1); } };', // 1
      'Promise.resolve(thenable);', //               2
      "console.log('end');", //                      3
    ]);
    dbg.setBreakpoints([{ line: 3 }]);
    assert.ok(step());
    const s = run.eventLoopSnapshot();
    assert.deepEqual(s.microtasks.map((j) => [j.kind, j.name]), [['thenable job', 'then']]);
  });

  it('every queue entry links to the line of its callback', () => {
    const { run, dbg, step } = debugRun([
      'function later() {}', //                          1
      'function react() {}', //                          2
      'function tock() {}', //                           3
      'setTimeout(later, 5);', //                        4
      'Promise.resolve().then(react);', //               5
      'process.nextTick(tock);', //                      6
      "console.log('end');", //                          7
    ]);
    dbg.setBreakpoints([{ line: 7 }]);
    assert.ok(step());
    const s = run.eventLoopSnapshot();
    assert.deepEqual(s.webApis.map((t) => [t.name, t.line]), [['later', 1]]);
    assert.deepEqual(s.nextTicks.map((t) => [t.name, t.line]), [['tock', 3]]);
    assert.deepEqual(s.microtasks.map((j) => [j.name, j.line]), [['react', 2]], 'a promise reaction should link to its callback like the other queues do');
  });
});

describe('event loop snapshot: taking a task is a step point', () => {
  const program = [
    'function helper() {', //              1
    '  return 1;', //                      2
    '}', //                                3
    'function later(x) {', //              4
    '  helper();', //                      5
    "  console.log('later', x);", //      6
    '}', //                                7
    "setTimeout(later, 5, 'arg');", //     8
    "console.log('end');", //              9
  ];

  /** Every stop when stepping in from the start, as [phase, task or where]. */
  function stepInAll(lines: string[]) {
    const { dbg, step } = debugRun(lines, true);
    const stops: { stop: Stop; where: string; frames: ReturnType<EngineDebugger['frames']> }[] = [];
    for (let s = step(); s; s = step()) {
      stops.push({ stop: s, where: where(dbg), frames: dbg.frames() });
      if (stops.length > 200) throw new Error('too many stops');
      dbg.stepIn();
    }
    return stops;
  }

  it('stepping in stops before a task runs, then in the callback', () => {
    const stops = stepInAll(program);
    const i = stops.findIndex((s) => s.stop.phase === 'task');
    assert.ok(i > 0, 'there is a task stop');
    assert.equal(stops[i].stop.task, 'timer #1 -> later()');
    assert.equal(stops[i].stop.kind, 'step');
    const next = stops[i + 1];
    assert.equal(next.stop.functionName, 'later');
    assert.equal(next.stop.phase, 'creation');
    assert.equal(next.where, 'later:4');
    assert.ok(stops.slice(0, i).every((s) => s.where.startsWith('(global)')), 'the script runs first');
  });

  it('a callback\'s outermost frame says which task it came from', () => {
    const stops = stepInAll(program);
    const inHelper = stops.find((s) => s.where === 'helper:2');
    assert.ok(inHelper, 'stepping in reaches helper');
    assert.deepEqual(inHelper.frames.map((f) => f.name), ['helper', 'later']);
    assert.equal(inHelper.frames[0].origin, undefined);
    assert.equal(inHelper.frames[1].origin, 'timer #1 -> later()');
    const inScript = stops.find((s) => s.where === '(global):9');
    assert.equal(inScript?.frames[0].origin, undefined, 'the script itself came from no task');
  });

  it('microtasks and nextTicks are step points too, named after their callbacks', () => {
    const stops = stepInAll([
      'process.nextTick(function tock() {});', //                  1
      'Promise.resolve().then(function react() {});', //           2
      'queueMicrotask(() => {});', //                              3
      'setImmediate(function soon() {});', //                      4
    ]);
    const tasks = stops.filter((s) => s.stop.phase === 'task').map((s) => s.stop.task);
    assert.equal(tasks.length, 4, tasks.join('\n'));
    assert.equal(tasks[0], 'nextTick -> tock()');
    assert.match(tasks[1] ?? '', /^microtask: promise reaction -> react/);
    assert.match(tasks[2] ?? '', /^microtask: queueMicrotask -> \(\) => \{\}/);
    assert.equal(tasks[3], 'immediate #1 -> soon()');
  });

  it('at a task stop, a frame already shown for the callback is at the callback\'s line', () => {
    const stops = stepInAll(program);
    const taskStop = stops.find((s) => s.stop.phase === 'task');
    assert.ok(taskStop);
    for (const f of taskStop.frames) {
      assert.equal(f.name, 'later');
      assert.equal(f.line, 4, `the frame of later() at a task stop shows line ${f.line}:${f.column}`);
    }
  });

  it('continue from a task stop runs to the end', () => {
    const { dbg, out, step } = debugRun(program, true);
    let s = step();
    while (s && s.phase !== 'task') {
      dbg.stepIn();
      s = step();
    }
    assert.equal(s?.task, 'timer #1 -> later()');
    dbg.continue();
    assert.equal(step(), null);
    assert.deepEqual(out, ['end', 'later arg']);
  });
});

describe('event loop snapshot: stepping over await', () => {
  it('lands on the next line of the same async function after it resumes', () => {
    const { dbg, out, step } = debugRun([
      'async function load() {', //                          1
      '  const a = await Promise.resolve(1);', //            2
      '  const b = await 2;', //                             3
      '  console.log(a + b);', //                            4
      '}', //                                                5
      'load();', //                                          6
      'Promise.resolve().then(function between() {', //     7
      "  console.log('between');", //                        8
      '});', //                                              9
    ]);
    dbg.setBreakpoints([{ line: 2 }]);
    assert.ok(step());
    assert.equal(where(dbg), 'load:2');
    dbg.setBreakpoints([]);

    dbg.stepOver();
    assert.equal(step()?.functionName, 'load');
    assert.equal(where(dbg), 'load:3');
    assert.match(dbg.frames()[0].origin ?? '', /await resumption -> load/);

    dbg.stepOver();
    assert.ok(step());
    assert.equal(where(dbg), 'load:4');
    assert.deepEqual(out, ['between'], 'the other microtask ran while load() waited');
  });

  it('waits across timers: other tasks run without stopping', () => {
    const { dbg, out, step } = debugRun([
      'const sleep = (ms) => new Promise((r) => setTimeout(r, ms));', // 1
      'async function load() {', //                                      2
      '  await sleep(10);', //                                           3
      "  console.log('woke');", //                                       4
      '}', //                                                            5
      'load();', //                                                      6
      "setTimeout(function other() { console.log('other'); }, 5);", //  7
      "console.log('end');", //                                         8
    ]);
    dbg.setBreakpoints([{ line: 3 }]);
    assert.ok(step());
    assert.equal(where(dbg), 'load:3');
    dbg.setBreakpoints([]);
    dbg.stepOver();
    assert.ok(step());
    assert.equal(where(dbg), 'load:4');
    assert.deepEqual(out, ['end', 'other']);
  });
});
