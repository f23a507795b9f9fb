// Bytes one {x, y} object costs: 1,000,000 of them kept alive in an array, measured as the
// host heap (process.memoryUsage().heapUsed after gc) before and after the program builds
// them, in a fresh `node --expose-gc` child: node running the program itself, or the bundled
// Glassbox engine running it while its agent is still alive.
import { spawnSync } from 'child_process';
import { errorText } from './engines';

export const OBJECT_COUNT = 1_000_000;

/** The program both run; Glassbox runs it as a CommonJS module, so it keeps `points` alive on the global. */
const PROGRAM = `var points = [];
for (var i = 0; i < ${OBJECT_COUNT}; i++) points.push({ x: i, y: i + 1 });
globalThis.points = points;
console.log(String(points.length));
`;

/** The child: argv is [mode, bundle, program]; prints one JSON line: bytes, what the program printed (and Glassbox's own account). */
const CHILD = `
const [mode, bundle, program] = process.argv.slice(1);
function heapUsed() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}
const printed = [];
const write = console.log;
if (mode === 'node') {
  console.log = (line) => printed.push(line);
  const before = heapUsed();
  (0, eval)(program);
  const after = heapUsed();
  write(JSON.stringify({ bytes: after - before, printed }));
} else {
  const { createAgent } = require(bundle);
  const agent = createAgent(program, { fileName: 'points.js', onConsole: (e) => printed.push(e.text) });
  const before = heapUsed();
  const accountedBefore = agent.measureHeap().liveBytes;
  const outcome = agent.runToEnd();
  const accountedAfter = agent.measureHeap().liveBytes;
  const after = heapUsed();
  if (outcome.kind !== 'completed') printed.push(outcome.report);
  // The agent is used after the last reading, so it was alive for it.
  write(JSON.stringify({ bytes: after - before, accounted: accountedAfter - accountedBefore, printed, live: agent.heapStats().liveBytes }));
}
`;

/** Fewer bytes than one array slot per object means the objects did not stay alive. */
const SLOT_BYTES = 8;

export interface BytesPerObject {
  /** Host heap bytes per object. */
  bytes: number;
  /** Glassbox only: what its own heap account charges per object. */
  accounted?: number;
}

/** Runs the child for `mode`; `bundle` is the engine bundle (loadEngine.ts bundleEngine). */
export function bytesPerObject(mode: 'node' | 'glassbox', bundle: string): BytesPerObject | { error: string } {
  const p = spawnSync(process.execPath, ['--expose-gc', '-e', CHILD, mode, bundle, PROGRAM], { encoding: 'utf8', timeout: 120_000 });
  if (p.error) return { error: errorText(p.error) };
  if (p.status !== 0) return { error: `exit ${p.status}: ${p.stderr.trim()}` };
  try {
    const r = JSON.parse(p.stdout) as { bytes: number; accounted?: number; printed: string[] };
    if (r.printed.join('\n') !== String(OBJECT_COUNT)) return { error: `the program printed ${JSON.stringify(r.printed)}` };
    const bytes = r.bytes / OBJECT_COUNT;
    if (bytes < SLOT_BYTES) return { error: `${bytes.toFixed(1)} bytes per object: the objects were not kept alive` };
    return { bytes, accounted: r.accounted === undefined ? undefined : r.accounted / OBJECT_COUNT };
  } catch (e) {
    return { error: `unreadable answer ${JSON.stringify(p.stdout)}: ${errorText(e)}` };
  }
}
