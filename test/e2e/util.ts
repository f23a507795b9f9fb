// Small helpers the end-to-end suite shares: where things live, running commands with a
// clear failure message, timing, and polling waits that say what they waited for.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Screenshots, logs and the summary of a run (gitignored: test-results/). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export const CODE_SERVER_VERSION = '4.96.4';
/** Debian's Chromium; GLASSBOX_E2E_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.GLASSBOX_E2E_CHROMIUM || '/usr/bin/chromium';

/** The cache that keeps the installed code-server between runs, outside the repository. */
export function cacheDir(): string {
  if (process.env.GLASSBOX_E2E_CACHE) return path.resolve(process.env.GLASSBOX_E2E_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'glassbox-e2e');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Default 10 minutes. */
  timeoutMs?: number;
  /** Show the command's output as it runs (default: keep it, and show its tail on failure). */
  inherit?: boolean;
}

/** Runs a command to completion; throws with the command, exit status and output tail on failure. */
export function run(command: string, args: string[], options: RunOptions): string {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    timeout: options.timeoutMs ?? 10 * 60_000,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
    stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  };
  const r = spawnSync(command, args, spawnOptions);
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit status ${r.status}`;
    const tail = output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` in ${options.cwd} failed (${why})${tail ? `:\n${tail}` : ''}`);
  }
  return output;
}

/** A fresh folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch (_e) {
    // A leftover temporary folder is not worth failing a run for.
  }
}

/** Short, readable form of a value for "last seen" in failure messages. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return 'nothing';
  return text.length > 1500 ? `${text.slice(0, 1500)}...` : text;
}

/**
 * Polls `probe` until `ok` holds for its value. On timeout, throws naming `what` and the
 * last value seen, so a failure says what the screen showed instead of "timeout".
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15_000,
  intervalMs = 150,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let seen = false;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      seen = true;
      lastError = undefined;
      if (ok(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const lastText = seen ? show(last) : 'nothing';
      const errText = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${seconds(timeoutMs)} waiting for ${what}; last seen: ${lastText}${errText}`);
    }
    await sleep(intervalMs);
  }
}
