// `npm run bench:isolation`: what running the engine in its own process costs. Compares the
// in-process session with the supervised one on F5-to-first-stop (initialize, launch, the
// first stop) for a 1,000-line program, and reads the engine process's memory.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { GlassboxDebugSession } from '../../adapter';
import { SupervisedSession } from '../../adapter/isolation/supervisor';
import { DEBUG_TYPE } from '../../adapter/protocol';

type Adapter = { handleMessage(m: DebugProtocol.ProtocolMessage): void; onDidSendMessage(l: (m: DebugProtocol.ProtocolMessage) => void): unknown };

const REPS = Number(process.argv.find((a) => a.startsWith('--reps='))?.slice(7) ?? 10);
const HOST_SCRIPT = join(__dirname, '..', '..', 'dist', 'engineHost.js');

function thousandLines(): string {
  const lines: string[] = [];
  for (let i = 0; i < 250; i++) lines.push(`function f${i}(a, b) {`, `  const s = a + b * ${i};`, `  return s > ${i} ? s : -s;`, `}`);
  return lines.join('\n') + '\n';
}

/** Milliseconds from creating the adapter to the first stopped event. */
function toFirstStop(make: () => Adapter, program: string): Promise<{ ms: number; adapter: Adapter }> {
  const t0 = performance.now();
  const adapter = make();
  let seq = 1;
  const send = (command: string, args?: unknown) => adapter.handleMessage({ seq: seq++, type: 'request', command, arguments: args } as DebugProtocol.Request);
  return new Promise((resolve) => {
    adapter.onDidSendMessage((m) => {
      const e = m as DebugProtocol.Event;
      if (e.type !== 'event') return;
      if (e.event === 'initialized') send('configurationDone');
      if (e.event === 'stopped') resolve({ ms: performance.now() - t0, adapter });
    });
    send('initialize', { adapterID: DEBUG_TYPE, pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    send('launch', { program, stopOnEntry: true });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function rssMB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
}

async function main(): Promise<void> {
  // The sessions keep nothing alive of their own (their clients do): this run is the client.
  setInterval(() => undefined, 1000);
  const program = join(mkdtempSync(join(tmpdir(), 'glassbox-bench-')), 'thousand.js');
  writeFileSync(program, thousandLines());
  const inline: number[] = [];
  const isolated: number[] = [];
  const engineRss: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const a = await toFirstStop(() => new GlassboxDebugSession() as unknown as Adapter, program);
    inline.push(a.ms);
    const b = await toFirstStop(() => new SupervisedSession({ hostScript: HOST_SCRIPT }), program);
    isolated.push(b.ms);
    const s = b.adapter as SupervisedSession;
    engineRss.push(rssMB(s.enginePid!));
    s.dispose();
  }
  console.log(`F5 to first stop, 1,000-line program, median of ${REPS}:`);
  console.log(`  engine in the adapter's process: ${median(inline).toFixed(1)} ms`);
  console.log(`  engine in its own process:       ${median(isolated).toFixed(1)} ms (+${(median(isolated) - median(inline)).toFixed(1)} ms)`);
  console.log(`Engine process resident memory at the first stop: ${median(engineRss).toFixed(1)} MB (median)`);
  process.exit(0);
}

void main();
