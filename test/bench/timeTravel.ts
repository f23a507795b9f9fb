// The time-travel latencies as a DAP client sees them, through the standalone adapter
// (DebugClient over stdio, dist/ bundles): Step Back at a stop after 1,000,000 statements,
// and Reverse Continue back across 10,000,000 statements to a breakpoint hit at the start.
// Each is timed from the request to its stopped event. Run by `npm run bench`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DEBUG_TYPE } from '../../adapter/protocol';

const ADAPTER = path.resolve(__dirname, '..', '..', 'bin', 'glassbox-dap.js');
/** Step Back and Reverse Continue each timed this many times; the median is reported. */
const REPS = 5;

export interface TravelTiming {
  what: string;
  /** Statements the program ran before the stop that the request starts from. */
  statements: number;
  target: number;
  /** Each request's time to its stopped event, ms. */
  ms: number[];
  /** The stop's description, as the learner reads it (the last one). */
  stopText: string;
}

/** A loop of `iterations` with four statements each: 4 × iterations statements before `debugger`. */
function loopProgram(iterations: number): string {
  return [
    'let total = 0;',
    `for (let i = 0; i < ${iterations}; i++) {`,
    '  const a = i * 2;',
    '  const b = a + 1;',
    '  total += a - b;',
    '  if (total < -1e15) total = 0;',
    '}',
    'debugger;',
    'console.log(total);',
    '',
  ].join('\n');
}

async function session(program: string, breakpointLine?: number): Promise<DebugClient> {
  const dc = new DebugClient('node', ADAPTER, DEBUG_TYPE);
  dc.defaultTimeout = 120_000;
  await dc.start();
  await Promise.all([
    dc.waitForEvent('stopped'),
    dc.configurationSequence(),
    dc.launch({ program, stopOnEntry: false }),
  ]);
  if (breakpointLine !== undefined) await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: breakpointLine }] });
  return dc;
}

/** Sends `request` and waits for the stop it leads to: the time and the stop's text. */
async function timedStop(dc: DebugClient, request: () => Promise<unknown>): Promise<{ ms: number; text: string }> {
  const t0 = performance.now();
  const [stopped] = await Promise.all([dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>, request()]);
  const ms = performance.now() - t0;
  return { ms, text: stopped.body.description ?? stopped.body.reason };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Step Back from the `debugger` after 1,000,000 statements, then Step Over to it again, REPS times. */
async function stepBack(dir: string): Promise<TravelTiming> {
  const program = path.join(dir, 'stepBack.js');
  writeFileSync(program, loopProgram(250_000));
  const dc = await session(program);
  const ms: number[] = [];
  let stopText = '';
  try {
    for (let i = 0; i < REPS; i++) {
      const back = await timedStop(dc, () => dc.stepBackRequest({ threadId: 1 }));
      ms.push(back.ms);
      stopText = back.text;
      await timedStop(dc, () => dc.nextRequest({ threadId: 1 }));
    }
  } finally {
    await dc.stop();
  }
  return { what: 'Step Back', statements: 1_000_000, target: 200, ms, stopText };
}

/** Reverse Continue from the `debugger` after 10,000,000 statements to a breakpoint on the first line, REPS times. */
async function reverseContinue(dir: string): Promise<TravelTiming> {
  const program = path.join(dir, 'reverseContinue.js');
  writeFileSync(program, loopProgram(2_500_000));
  const dc = await session(program);
  const ms: number[] = [];
  let stopText = '';
  try {
    for (let i = 0; i < REPS; i++) {
      await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: 1 }] });
      const back = await timedStop(dc, () => dc.customRequest('reverseContinue', { threadId: 1 }));
      ms.push(back.ms);
      stopText = back.text;
      // Forwards again to the `debugger` (the breakpoint on line 1 is not hit again).
      await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [] });
      await timedStop(dc, () => dc.continueRequest({ threadId: 1 }));
    }
  } finally {
    await dc.stop();
  }
  return { what: 'Reverse Continue', statements: 10_000_000, target: 2_000, ms, stopText };
}

export async function measureTimeTravel(): Promise<TravelTiming[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-travel-'));
  try {
    return [await stepBack(dir), await reverseContinue(dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatTimeTravel(timings: TravelTiming[]): string[] {
  const lines = ['', `Time travel (standalone adapter over stdio; request to stopped event; median of ${REPS}):`];
  for (const t of timings) {
    const m = median(t.ms);
    const verdict = m <= t.target ? 'met' : 'MISSED';
    lines.push(`  ${t.what.padEnd(17)} after ${t.statements.toLocaleString('en-US').padStart(10)} statements: ${m.toFixed(0).padStart(5)} ms (target ≤ ${t.target} ms: ${verdict}); runs ${t.ms.map((x) => x.toFixed(0)).join(', ')}; stop: ${t.stopText}`);
  }
  return lines;
}

if (require.main === module) {
  void measureTimeTravel().then((t) => console.log(formatTimeTravel(t).join('\n')));
}
