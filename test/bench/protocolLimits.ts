// `npx tsx test/bench/protocolLimits.ts`: times big-value requests and measures event sizes
// through the standalone adapter (DebugClient over stdio), as a DAP client sees them.
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DEBUG_TYPE } from '../../adapter/protocol';

const ROOT = path.resolve(__dirname, '..', '..');
const programs = path.join(ROOT, 'test', 'adapter', 'programs');

async function session(name: string): Promise<{ dc: DebugClient; frameId: number; loopEventBytes: number }> {
  const dc = new DebugClient('node', path.join(ROOT, 'bin', 'glassbox-dap.js'), DEBUG_TYPE);
  dc.defaultTimeout = 60_000;
  await dc.start();
  const loopEvent = dc.waitForEvent('eventLoopChanged');
  await Promise.all([
    dc.waitForEvent('stopped'),
    dc.configurationSequence(),
    dc.launch({ program: path.join(programs, name), stopOnEntry: false }),
  ]);
  const loopEventBytes = JSON.stringify(await loopEvent).length;
  const frameId = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].id;
  return { dc, frameId, loopEventBytes };
}

async function timed<T>(label: string, f: () => Promise<T>, size: (t: T) => number): Promise<T> {
  const t0 = performance.now();
  const r = await f();
  console.log(`${label.padEnd(58)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms ${String(size(r)).padStart(9)} bytes`);
  return r;
}

const bytes = (r: unknown) => JSON.stringify(r).length;

async function bigValues(): Promise<void> {
  const { dc, frameId } = await session('bigValues.js');
  const byName = async (name: string) => {
    const evaluated = await dc.evaluateRequest({ expression: name, frameId, context: 'watch' });
    return evaluated.body;
  };
  const big = await timed('evaluate big (1,000,000 elements)', () => byName('big'), bytes);
  await timed('variables big, no paging (groups)', () => dc.variablesRequest({ variablesReference: big.variablesReference }), bytes);
  await timed('variables big, indexed 0..99', () => dc.variablesRequest({ variablesReference: big.variablesReference, filter: 'indexed', start: 0, count: 100 }), bytes);
  await timed('variables big, indexed 999,900..999,999', () => dc.variablesRequest({ variablesReference: big.variablesReference, filter: 'indexed', start: 999_900, count: 100 }), bytes);
  await timed('variables big, named', () => dc.variablesRequest({ variablesReference: big.variablesReference, filter: 'named' }), bytes);
  const many = await timed('evaluate many (300,000 keys)', () => byName('many'), bytes);
  const groups = await timed('variables many: groups of 1,000', () => dc.variablesRequest({ variablesReference: many.variablesReference }), bytes);
  const lastGroup = groups.body.variables[299].variablesReference;
  await timed('variables many: the group properties 299000 … 299999', () => dc.variablesRequest({ variablesReference: lastGroup }), bytes);
  const sparse = await byName('sparse');
  await timed('variables sparse (2,000,001 long), indexed 0..9,999', () => dc.variablesRequest({ variablesReference: sparse.variablesReference, filter: 'indexed', start: 0, count: 10_000 }), bytes);
  await timed('evaluate text (15,000,000 characters)', () => byName('text'), bytes);
  await timed("repl JSON.stringify(Array(1e7).fill('abc'))", () => dc.evaluateRequest({ expression: "JSON.stringify(Array(1e7).fill('abc'))", frameId, context: 'repl' }), bytes);
  await dc.stop();
}

async function manyTimers(): Promise<void> {
  const t0 = performance.now();
  const { dc, loopEventBytes } = await session('manyTimers.js');
  console.log(`${'launch to stop with 100,000 timers'.padEnd(58)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);
  console.log(`${'eventLoopChanged event with 100,000 timers'.padEnd(58)} ${''.padStart(8)}    ${String(loopEventBytes).padStart(9)} bytes`);
  await timed('eventLoopState', () => dc.customRequest('eventLoopState'), bytes);
  await timed('eventLoopEntries webApis 50,000..50,199', () => dc.customRequest('eventLoopEntries', { queue: 'webApis', start: 50_000, count: 200 }), bytes);
  const [stopped] = await Promise.all([dc.waitForEvent('eventLoopChanged'), dc.nextRequest({ threadId: 1 })]);
  console.log(`${'eventLoopChanged after a step'.padEnd(58)} ${''.padStart(8)}    ${String(bytes(stopped as DebugProtocol.Event)).padStart(9)} bytes`);
  await dc.stop();
}

void (async () => {
  await bigValues();
  await manyTimers();
})();
