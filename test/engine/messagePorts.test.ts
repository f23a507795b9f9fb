// MessageChannel, MessagePort and BroadcastChannel: the order their messages and 'close' events
// take on the loop (as one joined string), alone or in an AgentGroup, and how a message in flight
// shows in the receiver's Web APIs (its label and route). Whole programs are compared with node
// in test/fixtures/workers/.
import assert from 'node:assert/strict';
import { AgentGroup, createAgent, type RunOutcome } from '../../engine';

const ROOT = '/work/app';

function runGroup(main: string): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const group = new AgentGroup(main, { fileName: `${ROOT}/main.js` }, { onConsole: (e) => lines.push(e.text), startTime: 0 });
  return { lines, outcome: group.runToEnd() };
}

const LOG = 'const out = []; process.on("exit", () => console.log(out.join(",")));';

describe('engine: MessageChannel, MessagePort, BroadcastChannel', () => {
  const orders: { name: string; main: string; order: string }[] = [
    {
      name: 'a port message within one thread comes in the poll phase: after timeout 0, before the immediate',
      main: `${LOG} const { port1, port2 } = new MessageChannel();
        port2.on('message', (m) => { out.push(m); port2.close(); });
        setTimeout(() => out.push('timeout'), 0); setImmediate(() => out.push('immediate'));
        process.nextTick(() => out.push('tick')); Promise.resolve().then(() => out.push('micro'));
        port1.postMessage('message'); out.push('sync');`,
      order: 'sync,tick,micro,timeout,message,immediate',
    },
    {
      name: "the closing end's 'close' follows its turn's immediates; the other end's comes one turn later",
      main: `${LOG} const { port1, port2 } = new MessageChannel();
        port1.on('close', () => out.push('close1')); port2.on('close', () => out.push('close2'));
        setTimeout(() => { port1.close(); setImmediate(() => out.push('immediate')); process.nextTick(() => out.push('tick')); }, 5);`,
      order: 'tick,immediate,close1,close2',
    },
    {
      name: 'a message to a closed port is dropped; each message is a task of its own (ticks between)',
      main: `${LOG} const { port1, port2 } = new MessageChannel();
        port2.on('message', (m) => { out.push(m); process.nextTick(() => out.push('tick ' + m)); if (m === 'b') port2.close(); });
        port1.postMessage('a'); port1.postMessage('b'); setTimeout(() => port1.postMessage('dropped'), 5);`,
      order: 'a,tick a,b,tick b',
    },
    {
      name: 'a port not started keeps its messages for receiveMessageOnPort, then for its first listener',
      main: `${LOG} const { MessageChannel, receiveMessageOnPort } = require('worker_threads'); const { port1, port2 } = new MessageChannel();
        port1.postMessage(1); port1.postMessage(2); out.push(receiveMessageOnPort(port2).message);
        setTimeout(() => port2.on('message', (m) => { out.push('listener ' + m); port2.close(); }), 5);`,
      order: '1,listener 2',
    },
    {
      name: 'a BroadcastChannel reaches the other channels of its name, never itself nor another name',
      main: `${LOG} const a = new BroadcastChannel('n'), b = new BroadcastChannel('n'), c = new BroadcastChannel('other');
        for (const [name, ch] of [['a', a], ['b', b], ['c', c]]) ch.onmessage = (e) => out.push(name + ' got ' + e.data);
        a.postMessage('hi'); setTimeout(() => { a.close(); b.close(); c.close(); }, 5);`,
      order: 'b got hi',
    },
    {
      name: 'a port moved to a worker carries the worker\'s answer straight back to main',
      main: `${LOG} const { Worker } = require('worker_threads'); const { port1, port2 } = new MessageChannel();
        const w = new Worker("const { workerData } = require('worker_threads'); workerData.port.postMessage('from worker'); workerData.port.close();", { eval: true, workerData: { port: port2 }, transferList: [port2] });
        port1.on('message', (m) => out.push(m)); port1.on('close', () => out.push('closed'));`,
      order: 'from worker,closed',
    },
    {
      name: "a worker's end closes the ports it has: the other end gets 'close' and stops keeping main alive",
      main: `${LOG} const { Worker } = require('worker_threads'); const { port1, port2 } = new MessageChannel();
        new Worker("require('worker_threads').workerData.port.postMessage('result')", { eval: true, workerData: { port: port2 }, transferList: [port2] });
        port1.on('message', (m) => out.push(m)); port1.on('close', () => out.push('close'));`,
      order: 'result,close',
    },
    {
      name: "onmessage and addEventListener get a MessageEvent (a global, not a worker_threads export) whose target is the port",
      main: `${LOG} const { port1, port2 } = new MessageChannel();
        port2.onmessage = (e) => { out.push(e instanceof MessageEvent, e.target === port2, e.data); };
        port2.addEventListener('message', (e) => { out.push(e.currentTarget === port2); port2.close(); });
        out.push(require('worker_threads').MessageEvent === undefined); port1.postMessage('x');`,
      order: 'true,true,true,x,true',
    },
  ];
  for (const c of orders) {
    it(c.name, () => {
      const { lines, outcome } = runGroup(c.main);
      assert.equal(outcome.kind, 'completed', JSON.stringify(outcome));
      assert.deepEqual(lines, [c.order]);
    });
  }

  it('works in an agent alone (no group): its ports end in itself', () => {
    const lines: string[] = [];
    const outcome = createAgent(`const { port1, port2 } = new MessageChannel(); port2.once('message', (m) => { console.log(m); port2.close(); }); port1.postMessage('alone');`, { fileName: 'lone.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
    assert.equal(outcome.kind, 'completed');
    assert.deepEqual(lines, ['alone']);
  });

  it("a port message in flight waits in the receiver's Web APIs, named with its sender, receiver and channel", () => {
    const seen: string[] = [];
    const group: AgentGroup = new AgentGroup(`
      const { Worker } = require('worker_threads');
      const { port1, port2 } = new MessageChannel();
      new Worker("const { workerData } = require('worker_threads'); workerData.port.postMessage(1); workerData.port.close();", { eval: true, workerData: { port: port2 }, transferList: [port2] });
      port1.on('message', () => {});
    `, {
      fileName: `${ROOT}/main.js`,
      onTask: () => {
        for (const t of group.main.agent.eventLoopSnapshot().webApis) if (t.kind === 'message') seen.push(`${t.label} ${JSON.stringify(t.route)}`);
      },
    }, { startTime: 0 });
    group.runToEnd();
    assert.ok(seen.includes('message from worker 1 on channel 1 port2 to port1 {"from":1,"to":0,"via":"channel 1 port2 to port1"}'), seen.join('\n'));
    assert.ok(seen.includes('close of channel 1 port2 (from worker 1) {"from":1,"to":0,"via":"channel 1 port2"}'), seen.join('\n'));
    assert.ok(seen.includes('exit of worker 1 {"from":1,"to":0,"via":"worker 1"}'), seen.join('\n'));
  });

  it('a port kept listening with nobody left to post ends the run as a deadlock, not a hang', () => {
    const { outcome } = runGroup(`const { port1, port2 } = new MessageChannel(); port2.on('message', () => {});`);
    assert.equal(outcome.kind, 'unsupported');
    assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /Node would wait here forever.*threads waiting: main/);
  });
});
