// Shared helpers for tests that run programs in child processes: `node <file>` as the
// reference and `node bin/glassbox.js run <file>` as the program under test.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const GLASSBOX_BIN = path.join(REPO_ROOT, 'bin', 'glassbox.js');

/** Per-process time limit, for Node and for Glassbox alike. */
export const PROCESS_TIMEOUT_MS = 10_000;

export interface ProcessResult {
  stdout: string;
  stderr: string;
  /** Exit code, or null when the process was killed (see signal / timedOut). */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Set when the process could not be started at all. */
  spawnError: string | undefined;
}

/**
 * The environment for both processes: the same for the reference and for Glassbox, with
 * TZ pinned to UTC, and without FORCE_COLOR (which makes Node colour console.log output even
 * when stdout is a pipe).
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC' };
  delete env.FORCE_COLOR;
  return env;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = PROCESS_TIMEOUT_MS): ProcessResult {
  const r = spawnSync(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...childEnv(), ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const err = r.error as NodeJS.ErrnoException | undefined;
  const timedOut = err?.code === 'ETIMEDOUT';
  return {
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    status: r.status,
    signal: r.signal,
    timedOut,
    spawnError: err && !timedOut ? String(err.message) : undefined,
  };
}

/** The same as `run`, without blocking: lets two processes use two cores. `cwd`: where it runs (default the repository). */
function runAsync(args: string[], cwd = REPO_ROOT): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let spawnError: string | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, PROCESS_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let settled = false;
    const settle = (status: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        status,
        signal,
        timedOut,
        spawnError,
      });
    };
    child.on('error', (err) => {
      spawnError = err.message;
      // A process that never started emits no 'close'; one that did will still close.
      if (child.pid === undefined) settle(null, null);
    });
    child.on('close', (status, signal) => settle(status, signal));
  });
}

/** `node <file>`: the reference behaviour. */
export function runNode(file: string): ProcessResult {
  return run([file]);
}

/** `node bin/glassbox.js run <file>`: the program under test. */
export function runGlassbox(file: string): ProcessResult {
  return run([GLASSBOX_BIN, 'run', file]);
}

/**
 * `node bin/glassbox.js run <file>` with the engine thread's host heap capped at `hostHeapMB`,
 * so that a runaway program ends that thread, never the machine, and the test can tell.
 */
export function runGlassboxCapped(file: string, hostHeapMB: number, timeoutMs = 60_000): ProcessResult {
  return run([GLASSBOX_BIN, 'run', file], { GLASSBOX_HOST_HEAP_MB: String(hostHeapMB) }, timeoutMs);
}

/** `node <flags> <file>` without blocking. */
export function runNodeAsync(file: string, flags: readonly string[] = [], cwd?: string): Promise<ProcessResult> {
  return runAsync([...flags, file], cwd);
}

/** `node bin/glassbox.js run <flags> <file>` without blocking; the flags are Node's that Glassbox accepts too. */
export function runGlassboxAsync(file: string, flags: readonly string[] = [], cwd?: string): Promise<ProcessResult> {
  return runAsync([GLASSBOX_BIN, 'run', ...flags, file], cwd);
}

/** Every `.js` file (or file with one of `endings`) under `dir`, recursively, as `/`-separated paths relative to `dir`, sorted. */
export function listJsFiles(dir: string, endings: readonly string[] = ['.js']): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(childAbs, childRel);
      else if (entry.isFile() && endings.some((e) => entry.name.endsWith(e))) out.push(childRel);
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How a process ended, in words. */
export function describeEnd(r: ProcessResult): string {
  if (r.spawnError) return `could not start (${r.spawnError})`;
  if (r.timedOut) return `timed out after ${PROCESS_TIMEOUT_MS / 1000}s`;
  if (r.status === null) return `killed by ${r.signal ?? 'a signal'}`;
  return `exit code ${r.status}`;
}

/** The last `max` characters of a text, marked when cut. */
export function tail(text: string, max = 2000): string {
  return text.length <= max ? text : `[... ${text.length - max} characters cut ...]\n${text.slice(-max)}`;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A line diff ("-" only in expected, "+" only in actual, " " common) with `context` common
 * lines around each change. Uses an LCS table for outputs of reasonable size and falls back to
 * showing the region around the first differing line otherwise.
 */
export function lineDiff(expected: string, actual: string, context = 3): string {
  const a = splitLines(expected);
  const b = splitLines(actual);
  const show = (s: string): string => JSON.stringify(s).slice(1, -1);
  type Op = { tag: ' ' | '-' | '+'; line: string };
  let ops: Op[];
  if (a.length * b.length <= 1_000_000) {
    const n = a.length;
    const m = b.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) {
        ops.push({ tag: ' ', line: a[i] });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.push({ tag: '-', line: a[i++] });
      } else {
        ops.push({ tag: '+', line: b[j++] });
      }
    }
  } else {
    let first = 0;
    while (first < a.length && first < b.length && a[first] === b[first]) first++;
    ops = [
      ...a.slice(0, first).map((line): Op => ({ tag: ' ', line })),
      ...a.slice(first, first + 20).map((line): Op => ({ tag: '-', line })),
      ...b.slice(first, first + 20).map((line): Op => ({ tag: '+', line })),
    ];
  }
  const keep = ops.map(() => false);
  ops.forEach((op, k) => {
    if (op.tag !== ' ') for (let d = -context; d <= context; d++) if (ops[k + d]) keep[k + d] = true;
  });
  const out: string[] = [];
  let skipped = 0;
  ops.forEach((op, k) => {
    if (!keep[k]) {
      skipped++;
      return;
    }
    if (skipped) out.push(`  ... ${skipped} matching line(s) ...`);
    skipped = 0;
    out.push(`${op.tag} ${show(op.line)}`);
  });
  if (skipped) out.push(`  ... ${skipped} matching line(s) ...`);
  if (expected !== '' && actual !== '' && expected.endsWith('\n') !== actual.endsWith('\n')) {
    out.push(`(expected output ${expected.endsWith('\n') ? 'ends' : 'does not end'} with a newline; actual ${actual.endsWith('\n') ? 'does' : 'does not'})`);
  }
  return out.join('\n');
}
