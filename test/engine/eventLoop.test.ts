// The event loop in-process: each row is a program and the console lines it prints, joined
// with ','. Rows are what `node` prints (Node 20); the last describe() runs every row that is
// not marked glassboxOnly through `node` too, so the table cannot drift away from the oracle.
//
// Glassbox's documented choice for what Node leaves to chance: at the top level of the main
// script, `setTimeout(f, 0)` (and 1 ms) runs BEFORE `setImmediate(g)`. In Node the order
// depends on whether 1 ms has passed between the timer's creation and the loop's first turn;
// on Glassbox's virtual clock the loop starts 1 ms after the script ends, so a 1 ms timer is
// always due by then (a 2 ms timer is not). Those rows are glassboxOnly: Node may print either.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createAgent, type ConsoleEvent, RunOutcome } from '../../engine';
import { childEnv } from '../helpers/processes';

interface Row {
  name: string;
  src: string;
  /** The console lines, joined with ','. */
  out: string;
  /** Exit status (default 0); 1 for an uncaught error or an unhandled rejection. */
  exit?: number;
  /** Not compared with node: Glassbox's own deterministic choice (the reason says why). */
  glassboxOnly?: string;
  /** Compared with node only when this node has the feature. */
  nodeHas?: () => boolean;
}

const rows: Row[] = [
  // ---- the classic quizzes ----
  {
    name: 'sync, then nextTick, then promise, then timeout',
    src: `setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('micro'));
process.nextTick(() => console.log('tick'));
console.log('sync');`,
    out: 'sync,tick,micro,timeout',
  },
  {
    name: 'script start/end with setTimeout and a promise chain',
    src: `console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve().then(() => console.log('promise1')).then(() => console.log('promise2'));
console.log('script end');`,
    out: 'script start,script end,promise1,promise2,setTimeout',
  },
  {
    name: 'queueMicrotask and promise reactions share one FIFO queue',
    src: `queueMicrotask(() => console.log('qm1'));
Promise.resolve().then(() => console.log('p1'));
queueMicrotask(() => console.log('qm2'));
Promise.resolve().then(() => console.log('p2'));`,
    out: 'qm1,p1,qm2,p2',
  },
  {
    name: 'the async1/async2 quiz',
    src: `async function async1() { console.log('async1 start'); await async2(); console.log('async1 end'); }
async function async2() { console.log('async2'); }
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
async1();
new Promise((resolve) => { console.log('promise1'); resolve(); }).then(() => console.log('promise2'));
console.log('script end');`,
    out: 'script start,async1 start,async2,promise1,script end,async1 end,promise2,setTimeout',
  },
  {
    name: 'each timer is followed by its own nextTicks and microtasks',
    src: `setTimeout(() => { console.log('t1'); process.nextTick(() => console.log('t1 tick')); Promise.resolve().then(() => console.log('t1 micro')); }, 0);
setTimeout(() => { console.log('t2'); Promise.resolve().then(() => console.log('t2 micro')); }, 0);`,
    out: 't1,t1 tick,t1 micro,t2,t2 micro',
  },

  // ---- nextTick and microtasks ----
  {
    name: 'nextTicks queued by nextTicks run before any promise',
    src: `process.nextTick(() => { console.log('tick1'); process.nextTick(() => console.log('tick3')); });
process.nextTick(() => console.log('tick2'));
Promise.resolve().then(() => console.log('micro'));`,
    out: 'tick1,tick2,tick3,micro',
  },
  {
    // Node drains the whole microtask queue (V8's checkpoint) before it looks at nextTicks again.
    name: 'a nextTick queued by a promise callback waits for the microtask queue to empty',
    src: `Promise.resolve().then(() => { console.log('micro1'); process.nextTick(() => console.log('tick')); Promise.resolve().then(() => console.log('micro3')); });
Promise.resolve().then(() => console.log('micro2'));`,
    out: 'micro1,micro2,micro3,tick',
  },
  {
    name: 'a promise queued by a nextTick runs after all nextTicks',
    src: `process.nextTick(() => { console.log('tick1'); Promise.resolve().then(() => console.log('micro from tick')); });
process.nextTick(() => console.log('tick2'));`,
    out: 'tick1,tick2,micro from tick',
  },
  {
    name: 'nextTick and setImmediate pass extra arguments; queueMicrotask passes none',
    src: `process.nextTick((a, b) => console.log('tick', a, b), 1, 2);
queueMicrotask((...args) => console.log('qm', args.length));
setTimeout(() => setImmediate((x) => console.log('immediate', x), 'arg'), 0);
setTimeout((a, b) => console.log('timeout', a, b), 0, 'x', 'y');`,
    out: 'tick 1 2,qm 0,timeout x y,immediate arg',
  },

  // ---- async/await tick counts ----
  {
    name: 'await of a resolved promise takes one tick',
    src: `Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
(async () => { await Promise.resolve(); console.log('resumed'); })();`,
    out: 't1,resumed,t2,t3',
  },
  {
    name: 'await of a non-promise value also takes one tick',
    src: `Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2'));
(async () => { const v = await 42; console.log('resumed', v); })();`,
    out: 't1,resumed 42,t2',
  },
  {
    name: 'await of a thenable takes three ticks (then() is called in a job of its own)',
    src: `Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
(async () => { const v = await { then(r) { console.log('then called'); r('v'); } }; console.log('resumed', v); })();`,
    out: 't1,then called,t2,resumed v,t3,t4',
  },
  {
    name: 'an async function returning a value: then() on it fires at the first tick',
    src: `(async () => 'v')().then((v) => console.log('then', v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));`,
    out: 'then v,t1,t2,t3',
  },
  {
    name: 'an async function returning a promise: then() on it fires three ticks later',
    src: `async function f() { return Promise.resolve('v'); }
f().then((v) => console.log('then', v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));`,
    out: 't1,t2,then v,t3,t4',
  },
  {
    name: 'return await settles the async function one tick sooner than return of a promise',
    src: `async function plain() { return Promise.resolve('plain'); }
async function awaited() { return await Promise.resolve('awaited'); }
plain().then((v) => console.log(v));
awaited().then((v) => console.log(v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));`,
    out: 't1,awaited,t2,plain,t3',
  },
  {
    name: 'return await inside try catches the rejection; return does not',
    src: `async function a() { try { return await Promise.reject(new Error('x')); } catch { return 'caught inside'; } }
async function b() { try { return Promise.reject(new Error('y')); } catch { return 'never'; } }
a().then((v) => console.log(v));
b().catch((e) => console.log('rejected outside', e.message));`,
    out: 'caught inside,rejected outside y',
  },
  {
    name: 'an await chain several functions deep resumes one level per tick',
    src: `async function c() { await null; console.log('c'); return 1; }
async function b() { const v = await c(); console.log('b'); return v + 1; }
async function a() { const v = await b(); console.log('a', v + 1); }
a();
let n = 0; let p = Promise.resolve(); for (let i = 0; i < 4; i++) p = p.then(() => console.log('tick' + ++n));`,
    out: 'c,tick1,b,tick2,a 3,tick3,tick4',
  },
  {
    name: 'async arrows, methods, class methods and static methods',
    src: `class K { constructor(n) { this.n = n; } async get() { await null; return this.n; } static async make() { await null; return new K(7); } }
const o = { async m() { return 'm'; } };
const arrow = async () => 'arrow';
(async () => { console.log(await arrow(), await o.m(), await (await K.make()).get()); })();`,
    out: 'arrow m 7',
  },
  {
    name: 'try/catch/finally around await',
    src: `(async () => { try { await Promise.reject(new Error('bad')); } catch (e) { console.log('catch', e.message); } finally { await null; console.log('finally'); } console.log('after'); })();`,
    out: 'catch bad,finally,after',
  },

  // ---- async iteration ----
  {
    name: 'async generator: next() settles after the generator runs to its yield',
    src: `Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
async function* g() { yield 'a'; }
const it = g();
it.next().then((r) => console.log('next', r.value, r.done));
it.next().then((r) => console.log('next', r.value, r.done));`,
    out: 't1,t2,next a false,next undefined true,t3',
  },
  {
    name: 'for await over an async generator',
    src: `Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
async function* g() { yield 'a'; }
(async () => { for await (const v of g()) console.log('got', v); console.log('done'); })();`,
    out: 't1,t2,got a,t3,done,t4',
  },
  {
    name: 'for await over an empty array leaves the loop after two ticks',
    src: `Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
(async () => { for await (const v of []) console.log(v); console.log('done'); })();`,
    out: 't1,t2,done,t3',
  },
  {
    name: 'break out of for await closes the iterator (its finally runs)',
    src: `async function* g() { try { yield 1; yield 2; } finally { console.log('closed'); } }
(async () => { for await (const v of g()) { console.log('got', v); break; } console.log('after'); })();`,
    out: 'got 1,closed,after',
  },

  // ---- promise resolution: extra ticks ----
  {
    name: 'Promise.resolve(p) returns p; new Promise(r => r(p)) adopts p two ticks later',
    src: `const p = Promise.resolve('p');
console.log(Promise.resolve(p) === p, new Promise((r) => r(p)) === p);
new Promise((r) => r(p)).then(() => console.log('adopted'));
Promise.resolve(p).then(() => console.log('same'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));`,
    out: 'true false,same,t1,t2,adopted,t3',
  },
  {
    name: 'a then() callback returning a promise delays the next link by two ticks',
    src: `Promise.resolve().then(() => Promise.resolve('inner')).then((v) => console.log(v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));`,
    out: 't1,t2,t3,inner,t4',
  },
  {
    name: 'resolving with a thenable calls its then() in a later job',
    src: `const thenable = { then(r) { console.log('then()'); r('value'); } };
Promise.resolve(thenable).then((v) => console.log('got', v));
console.log('sync');`,
    out: 'sync,then(),got value',
  },
  {
    name: 'resolving a promise with itself is a TypeError',
    src: `let res; const p = new Promise((r) => (res = r)); res(p);
p.catch((e) => console.log(e.name, e.message));`,
    out: 'TypeError Chaining cycle detected for promise #<Promise>',
  },
  {
    name: 'then() with non-callable arguments passes the value through',
    src: `Promise.resolve('v').then(null).then(42).then(undefined).then((v) => console.log('passed', v));
Promise.resolve('w').then(null, () => {}).then((v) => console.log('passed', v));`,
    out: 'passed w,passed v',
  },
  {
    name: 'finally(non-callable) passes the value through',
    src: `Promise.resolve('v').finally(null).then((v) => console.log('finally passed', v));`,
    out: 'finally passed v',
  },

  // ---- combinators and finally ----
  {
    name: 'Promise.all keeps input order and rejects on the first rejection',
    src: `const later = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([later(20, 'slow'), later(5, 'fast'), 'plain']).then((v) => console.log(v.join(' ')));
Promise.all([later(5, 'x'), Promise.reject(new Error('no'))]).catch((e) => console.log('rejected', e.message));
Promise.all([]).then((v) => console.log('empty', v.length));`,
    out: 'empty 0,rejected no,slow fast plain',
  },
  {
    name: 'Promise.allSettled reports every outcome',
    src: `Promise.allSettled([1, Promise.reject(new Error('e')), Promise.resolve(3)]).then((rs) => console.log(rs.map((r) => r.status + ':' + (r.status === 'fulfilled' ? r.value : r.reason.message)).join(' ')));`,
    out: 'fulfilled:1 rejected:e fulfilled:3',
  },
  {
    name: 'Promise.race takes the first to settle',
    src: `const later = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.race([later(200, 'slow'), later(1, 'fast')]).then((v) => console.log('race', v));
Promise.race([later(1, 'timer'), Promise.reject(new Error('now'))]).catch((e) => console.log('race rejected', e.message));`,
    out: 'race rejected now,race fast',
  },
  {
    name: 'Promise.any takes the first fulfilment, or rejects with an AggregateError',
    src: `Promise.any([Promise.reject(new Error('a')), Promise.resolve('b')]).then((v) => console.log('any', v));
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('c'))]).catch((e) => console.log(e.name, e.message, e.errors.map((x) => x.message).join('')));`,
    out: 'any b,AggregateError All promises were rejected ac',
  },
  {
    name: 'Promise.withResolvers',
    src: `const { promise, resolve, reject } = Promise.withResolvers();
console.log(typeof resolve, typeof reject, promise instanceof Promise);
promise.then((v) => console.log('resolved', v));
setTimeout(() => resolve('later'), 5);
const second = Promise.withResolvers();
second.promise.catch((e) => console.log('rejected', e));
second.reject('why');
second.resolve('ignored');`,
    out: 'function function true,rejected why,resolved later',
    // Node 22 has it, Node 20 does not (the fixture promise-with-resolvers.js uses a fallback there)
    nodeHas: () => typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers === 'function',
  },
  {
    name: 'finally passes values through and costs extra ticks',
    src: `Promise.resolve('v').finally(() => console.log('finally')).then((v) => console.log('then', v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));`,
    out: 'finally,t1,t2,t3,then v,t4',
  },
  {
    name: 'an error thrown in finally replaces the value',
    src: `Promise.resolve('v').finally(() => { throw new Error('from finally'); }).catch((e) => console.log(e.message));`,
    out: 'from finally',
  },

  // ---- timers ----
  {
    name: 'timers run by due time; equal delays in creation order',
    src: `setTimeout(() => console.log('t200'), 200);
setTimeout(() => console.log('t1'), 1);
setTimeout(() => console.log('t0'), 0);
setTimeout(() => console.log('t100'), 100);
setTimeout(() => console.log('t0 again'));`,
    out: 't1,t0,t0 again,t100,t200',
  },
  {
    name: 'setInterval cleared after three ticks',
    src: `let n = 0;
const id = setInterval(() => {
  n++; console.log('tick', n);
  if (n === 3) { clearInterval(id); setTimeout(() => console.log('done', n), 30); }
}, 10);`,
    out: 'tick 1,tick 2,tick 3,done 3',
  },
  {
    name: 'a timer set inside a timer counts from when it was set',
    src: `setTimeout(() => { console.log('a at 10'); setTimeout(() => console.log('c at 10 + 40'), 40); }, 10);
setTimeout(() => console.log('b at 30'), 30);`,
    out: 'a at 10,b at 30,c at 10 + 40',
  },
  {
    name: 'setImmediate inside a timer runs before a new setTimeout(0)',
    src: `setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
}, 0);`,
    out: 'tick,immediate,timeout',
  },
  {
    name: 'immediates in order; one set inside an immediate waits for the next turn',
    src: `setImmediate(() => { console.log('i1'); setImmediate(() => console.log('i3')); });
setImmediate(() => console.log('i2'));`,
    out: 'i1,i2,i3',
  },
  {
    name: 'clearTimeout from another callback of the same phase',
    src: `setTimeout(() => { console.log('first'); clearTimeout(b); }, 5);
const b = setTimeout(() => console.log('never'), 5);
setTimeout(() => console.log('third'), 5);`,
    out: 'first,third',
  },
  {
    name: 'clearImmediate from another immediate',
    src: `setImmediate(() => { console.log('first'); clearImmediate(b); });
const b = setImmediate(() => console.log('never'));
setImmediate(() => console.log('third'));`,
    out: 'first,third',
  },
  {
    name: 'delays are coerced: negative, NaN, strings and huge values',
    src: `setTimeout(() => console.log('-5'), -5);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('2^31'), 2 ** 31);
setTimeout(() => console.log('"20"'), '20');`,
    out: '-5,NaN,2^31,"20"',
  },
  {
    name: 'a delay object is converted with valueOf',
    src: `setTimeout(() => console.log('plain 10'), 10);
setTimeout(() => console.log('object 50'), { valueOf() { console.log('valueOf'); return 50; } });`,
    out: 'valueOf,plain 10,object 50',
  },
  {
    name: 'a callback that is not a function is a TypeError with Node\'s code',
    src: `try { setTimeout('code'); } catch (e) { console.log(e.name, e.code, e.message); }`,
    out: `TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type string ('code')`,
  },
  {
    name: 'timer and immediate handles: objects, clearable by their primitive value',
    src: `const t = setTimeout(() => console.log('never'), 5);
const i = setImmediate(() => {});
console.log(typeof t, typeof i, typeof +t);
clearTimeout(+t);`,
    out: 'object object number',
  },

  // ---- errors ----
  {
    name: 'an error thrown in a timer is uncaught: the program stops',
    src: `setTimeout(() => { console.log('a'); throw new Error('boom'); }, 1);
setTimeout(() => console.log('never'), 1);`,
    out: 'a',
    exit: 1,
  },
  {
    name: 'an error thrown in queueMicrotask is uncaught, not a rejection',
    src: `queueMicrotask(() => { throw new Error('boom'); });
queueMicrotask(() => console.log('never'));
console.log('sync');`,
    out: 'sync',
    exit: 1,
  },
  {
    name: 'an unhandled rejection ends the program after the microtasks drain',
    src: `Promise.reject(new Error('nobody'));
Promise.resolve().then(() => console.log('micro'));
setTimeout(() => console.log('never'), 0);`,
    out: 'micro',
    exit: 1,
  },
  {
    name: 'a rejection handled within the same drain is fine',
    src: `const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
setTimeout(() => console.log('timer'), 0);`,
    out: 'caught late,timer',
  },
  {
    name: 'process.exitCode set in a callback is the exit status',
    src: `setTimeout(() => { process.exitCode = 4; console.log('set'); }, 1);`,
    out: 'set',
    exit: 4,
  },

  // ---- this and time ----
  {
    name: 'this in callbacks (described, not printed)',
    src: `setTimeout(function () { console.log(typeof this, this === globalThis); }, 0);
Promise.resolve().then(function () { 'use strict'; console.log(this === undefined); });
process.nextTick(function () { console.log(this === globalThis); });`,
    out: 'true,true,object false',
  },

  // ---- Glassbox's own choices (see the comment at the top) ----
  {
    name: 'top level: setTimeout(0) runs before setImmediate (the loop starts at 1 ms)',
    src: `setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 0'), 0);
setTimeout(() => console.log('timeout 1'), 1);
setTimeout(() => console.log('timeout 2'), 2);`,
    out: 'timeout 0,timeout 1,immediate,timeout 2',
    glassboxOnly: 'Node runs the 0/1 ms timers before or after the immediate depending on how fast the loop starts',
  },
  {
    name: 'inside an immediate: setImmediate before a new setTimeout(0)',
    src: `setImmediate(() => { setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate')); });`,
    out: 'immediate,timeout',
    glassboxOnly: 'in Node this depends on whether 1 ms passed before the next timers phase',
  },
  {
    name: 'the virtual clock: Date.now() inside a timer is exactly its due time',
    src: `const start = Date.now();
setTimeout(() => { console.log('at', Date.now() - start); setTimeout(() => console.log('at', Date.now() - start), 25); }, 100);
console.log('sync', Date.now() - start);`,
    out: 'sync 0,at 100,at 125',
    glassboxOnly: 'Node\'s real clock is only at least the delay',
  },
];

interface Result { lines: string[]; exit: number; outcome: RunOutcome }

function runInProcess(src: string): Result {
  const lines: string[] = [];
  // stdout only, as the table is checked against node's stdout (warnings go to stderr).
  const onConsole = (e: ConsoleEvent) => { if (e.level !== 'warn' && e.level !== 'error') lines.push(e.text); };
  const outcome = createAgent(src, { fileName: 't.js', onConsole }).runToEnd();
  return { lines, outcome, exit: outcome.kind === 'completed' ? outcome.exitCode : 1 };
}

describe('event loop: ordering (in-process)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const r = runInProcess(row.src);
      const why = r.outcome.kind === 'uncaught' ? `\n(uncaught: ${r.outcome.report.split('\n')[0]})` : '';
      assert.equal(r.lines.join(','), row.out, `console output differs${why}`);
      assert.equal(r.exit, row.exit ?? 0, `exit status differs${why}`);
    });
  }

  it('names each task as it is taken (onTask)', () => {
    const tasks: string[] = [];
    createAgent(
      `function later() {}
setTimeout(later, 5);
setImmediate(function soon() {});
Promise.resolve().then(function react() {});
process.nextTick(function tock() {});
queueMicrotask(() => {});
(async function waiter() { await null; })();`,
      { fileName: 't.js', onTask: (label) => tasks.push(label) },
    ).runToEnd();
    assert.equal(tasks.length, 6, tasks.join('\n'));
    assert.equal(tasks[0], 'nextTick -> tock()');
    assert.match(tasks[1], /^microtask: promise reaction -> react/);
    assert.match(tasks[2], /^microtask: queueMicrotask -> \(\) => \{\}/);
    assert.match(tasks[3], /^microtask: await resumption -> waiter/);
    assert.equal(tasks[4], 'immediate #2 -> soon()');
    assert.equal(tasks[5], 'timer #1 -> later()');
  });

  it('reports an unhandled rejection with its reason', () => {
    const r = runInProcess(`Promise.reject(new RangeError('no handler'));`);
    assert.equal(r.outcome.kind, 'uncaught');
    if (r.outcome.kind === 'uncaught') assert.match(r.outcome.report, /RangeError: no handler/);
  });

  it('is deterministic: the same program prints the same lines every time', () => {
    const src = `const log = [];
for (let i = 0; i < 5; i++) setTimeout(() => log.push('t' + i + ':' + Math.random().toFixed(6)), 10 - i);
setTimeout(() => console.log(log.join(' '), Date.now() % 100000), 20);`;
    const texts = [0, 1, 2].map(() => {
      const lines: string[] = [];
      createAgent(src, { fileName: 't.js', startTime: 1_000_000, onConsole: (e) => lines.push(e.text) }).runToEnd();
      return lines.join(',');
    });
    assert.match(texts[0], /^t4:\S+ t3:\S+ t2:\S+ t1:\S+ t0:\S+ \d+$/);
    assert.equal(texts[1], texts[0]);
    assert.equal(texts[2], texts[0]);
  });
});

describe('event loop: the table agrees with node', function () {
  this.timeout(20_000);
  for (const row of rows) {
    if (row.glassboxOnly || (row.nodeHas && !row.nodeHas())) continue;
    it(row.name, () => {
      const r = spawnSync(process.execPath, ['-e', row.src], { encoding: 'utf8', env: childEnv(), timeout: 10_000 });
      const lines = r.stdout.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      assert.equal(lines.join(','), row.out, `node prints something else:\n${r.stdout}`);
      assert.equal(r.status, row.exit ?? 0, `node exits with ${r.status}`);
    });
  }
});
