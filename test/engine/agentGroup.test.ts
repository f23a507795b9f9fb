// AgentGroup: a program's agents taking turns on their virtual clocks. The same program gives
// the same interleaving every run and whatever the slice size; a message arrives before what
// its receiver does later on the clock; the dead ends and unsupported parts end the run with
// their reason. Whole programs are compared with node in test/fixtures/workers/.
import assert from 'node:assert/strict';
import { AgentGroup, createAgent, type FileRead, type RunOutcome } from '../../engine';

const ROOT = '/work/app';

/** Runs `main` (with `files` beside it) in a group; returns its console lines and outcome. */
function run(main: string, files: Record<string, string> = {}, sliceSize?: number): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const read = (p: string): FileRead => (files[p] === undefined ? { kind: 'missing' } : { kind: 'file', source: files[p] });
  const group = new AgentGroup(main, { fileName: `${ROOT}/main.js`, sliceSize }, { readFile: read, onConsole: (e) => lines.push(e.text), startTime: 0 });
  return { lines, outcome: group.runToEnd() };
}

const BUSY_WORKER = `
  const { parentPort } = require('worker_threads');
  let x = 0;
  for (let i = 0; i < 2e4; i++) x += i;
  parentPort.postMessage('done after ' + (x > 0 ? 'work' : ''));
`;

describe('engine: AgentGroup turn taking', () => {
  const cases: { name: string; main: string; files?: Record<string, string>; lines: string[] }[] = [
    {
      name: 'a timer due before a busy worker finishes fires first; one due after it fires later',
      main: `
        const { Worker } = require('worker_threads');
        const w = new Worker(${JSON.stringify(BUSY_WORKER)}, { eval: true });
        setTimeout(() => console.log('timer 0.1 ms'), 0);
        setTimeout(() => console.log('timer 50 ms'), 50);
        w.on('message', (m) => console.log(m));
      `,
      lines: ['timer 0.1 ms', 'done after work', 'timer 50 ms'],
    },
    {
      name: 'two workers: the one with less work answers first',
      main: `
        const { Worker } = require('worker_threads');
        const make = (n, label) => new Worker(\`
          const { parentPort } = require('worker_threads');
          let x = 0; for (let i = 0; i < \${n}; i++) x++;
          parentPort.postMessage('${'${label}'}');
        \`, { eval: true }).on('message', (m) => console.log(m));
        make(20000, 'slow');
        make(1000, 'quick');
      `,
      lines: ['quick', 'slow'],
    },
    {
      name: 'a worker of a worker reports through its parent',
      main: `
        const { Worker } = require('worker_threads');
        new Worker(${JSON.stringify(`
          const { Worker, parentPort, threadId } = require('worker_threads');
          new Worker("require('worker_threads').parentPort.postMessage('inner ' + require('worker_threads').threadId)", { eval: true })
            .on('message', (m) => parentPort.postMessage(m + ' via ' + threadId));
        `)}, { eval: true }).on('message', (m) => console.log(m)).on('exit', (c) => console.log('exit', c));
      `,
      lines: ['inner 2 via 1', 'exit 0'],
    },
    {
      name: 'a missing worker file: an error event (Node\'s Cannot find module), then exit 1',
      main: `
        const { Worker } = require('worker_threads');
        new Worker('./nowhere.js').on('error', (e) => console.log(e.message)).on('exit', (c) => console.log('exit', c));
      `,
      lines: [`Cannot find module '${ROOT}/nowhere.js'`, 'exit 1'],
    },
    {
      name: 'a worker file is read through the host, relative to the program\'s folder',
      main: `
        const { Worker } = require('worker_threads');
        new Worker('./w.js', { workerData: 'hi' }).on('message', (m) => console.log(m));
      `,
      files: { [`${ROOT}/w.js`]: `const wt = require('worker_threads'); wt.parentPort.postMessage(wt.workerData + ' from ' + __filename);` },
      lines: [`hi from ${ROOT}/w.js`],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const first = run(c.main, c.files);
      assert.deepEqual(first.outcome.kind, 'completed', first.outcome.kind === 'completed' ? '' : first.outcome.report);
      assert.deepEqual(first.lines, c.lines);
      // The same every run, and with other slice sizes.
      for (const size of [undefined, 1000, 7777]) assert.deepEqual(run(c.main, c.files, size).lines, c.lines);
    });
  }

  const endings: { name: string; main: string; report: RegExp }[] = [
    {
      name: 'every thread waits for a message no thread can send',
      main: `const { Worker } = require('worker_threads'); new Worker("require('worker_threads').parentPort.on('message', () => {})", { eval: true });`,
      report: /Every thread waits for a message that no thread is left to send: Node would wait here forever\. .*threads waiting: main, worker 1 \(\[worker eval\]\)/,
    },
    { name: 'markAsUntransferable', main: `const { markAsUntransferable } = require('worker_threads'); markAsUntransferable({});`, report: /Glassbox does not support worker_threads\.markAsUntransferable \(worker_threads has Worker, isMainThread, parentPort, threadId, workerData, MessageChannel, MessagePort, BroadcastChannel and receiveMessageOnPort\) yet/ },
    { name: 'an unknown Worker option', main: `const { Worker } = require('worker_threads'); new Worker('1', { eval: true, resourceLimits: {} });`, report: /Glassbox does not support the new Worker option 'resourceLimits' yet/ },
    { name: 'a getter in a posted value', main: `const { Worker } = require('worker_threads'); new Worker('1', { eval: true, workerData: { get x() { return 1; } } });`, report: /Glassbox does not support a getter \('x'\) in a value posted to another thread yet/ },
  ];
  for (const e of endings) {
    it(`ends the run with its reason: ${e.name}`, () => {
      const { outcome } = run(e.main);
      assert.equal(outcome.kind, 'unsupported');
      assert.match(outcome.kind === 'unsupported' ? outcome.report : '', e.report);
    });
  }

  it('an agent outside a group cannot start a worker, and says so', () => {
    const outcome = createAgent(`const { Worker } = require('worker_threads'); new Worker('1', { eval: true });`, { fileName: 'lone.js' }).runToEnd();
    assert.equal(outcome.kind, 'unsupported');
    assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /new Worker\(\) outside an agent group/);
  });

  it('a message waits in the receiver\'s loop as a poll-phase task named after its sender', () => {
    const seen = new Set<string>();
    const group: AgentGroup = new AgentGroup(`
      const { Worker } = require('worker_threads');
      new Worker("require('worker_threads').parentPort.postMessage(1)", { eval: true }).on('message', () => {});
    `, { fileName: `${ROOT}/main.js`, onTask: (label) => seen.add(`${group.main.agent.eventLoopSnapshot().phase}: ${label}`) }, { startTime: 0 });
    group.runToEnd();
    assert.ok(seen.has('poll: message from worker 1'), [...seen].join('; '));
    assert.ok(seen.has('poll: online of worker 1'), [...seen].join('; '));
  });
});
