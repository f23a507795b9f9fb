// The programs that once took the host down or froze it, each through `glassbox run` and
// through the standalone adapter, with a heap limit of 64 MB and the engine thread's host
// heap capped at 1 GiB: every one ends as the program's own outcome (output, Node's error,
// exit code), by the engine's accounting rather than its host's cap, and the host lives on.
// (Strings past their maximum length are a fixture: test/fixtures/errors/string-length-limit.js.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { ADAPTER } from '../adapter/support';
import { deepPrograms, widePrograms } from '../helpers/bigPrograms';
import { childEnv, GLASSBOX_BIN } from '../helpers/processes';
import { DEBUG_TYPE } from '../../adapter/protocol';

const HOST_CAP = { GLASSBOX_HOST_HEAP_MB: '1024' };
const HEAP_FATAL = /FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory/;

interface Hostile {
  name: string;
  source: string;
  exitCode: number;
  stdout?: RegExp;
  stderr?: RegExp;
}

const hostile: Hostile[] = [
  { name: '700 nested template literals', source: deepPrograms.templates(700), exitCode: 0, stdout: /^1401$/m },
  { name: 'a 10,000-branch else-if chain', source: deepPrograms.elseIf(10_000), exitCode: 0, stdout: /^9999$/m },
  { name: '"x".repeat(2**27).split("")', source: 'const parts = "x".repeat(2 ** 27).split("");\nconsole.log(parts.length);\n', exitCode: 134, stderr: HEAP_FATAL },
  { name: 'an array of objects growing forever', source: 'const a = [];\nwhile (true) a.push({ x: a.length });\n', exitCode: 134, stderr: HEAP_FATAL },
  { name: 'sort of an array-like of length 2**32 + 5', source: 'Array.prototype.sort.call({ length: 2 ** 32 + 5 });\n', exitCode: 134, stderr: /FATAL ERROR: invalid array length Allocation failed - JavaScript heap out of memory/ },
  { name: '40,000 top-level lets', source: widePrograms.lets(40_000), exitCode: 0, stdout: /^39999$/m },
];

const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-hostile-'));
const fileOf = (h: Hostile) => {
  const file = path.join(dir, `${h.name.replace(/\W+/g, '-')}.js`);
  writeFileSync(file, h.source);
  return file;
};

/** Runs a program through the standalone adapter and returns its exit code and output once the session ends. */
async function throughAdapter(file: string): Promise<{ exitCode: number | undefined; stdout: string; stderr: string; alive: boolean }> {
  const dc = new DebugClient('node', ADAPTER, DEBUG_TYPE, { env: { ...process.env, ...HOST_CAP } });
  dc.defaultTimeout = 60_000;
  const out: DebugProtocol.OutputEvent[] = [];
  dc.on('output', (e) => out.push(e as DebugProtocol.OutputEvent));
  // A heap limit is a stop first, showing where the program was: go on to the end.
  dc.on('stopped', () => void dc.continueRequest({ threadId: 1 }).catch(() => undefined));
  await dc.start();
  try {
    const exited = dc.waitForEvent('exited', 60_000) as Promise<DebugProtocol.ExitedEvent>;
    const ended = dc.waitForEvent('terminated', 60_000);
    await Promise.all([
      dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
      dc.launch({ type: DEBUG_TYPE, request: 'launch', program: file, stopOnEntry: false, maxHeapMB: 64 }),
    ]);
    const exitCode = (await exited).body.exitCode;
    await ended;
    const text = (category: string) => out.filter((e) => e.body.category === category).map((e) => e.body.output).join('');
    const alive = await dc.threadsRequest().then(() => true, (e: Error) => /engine has ended/.test(e.message) || !/ECONN|EPIPE/.test(e.message));
    return { exitCode, stdout: text('stdout'), stderr: text('stderr'), alive };
  } finally {
    await dc.stop();
  }
}

describe('isolation: hostile programs end as the program\'s own outcome', function () {
  this.timeout(120_000);

  for (const h of hostile) {
    it(`glassbox run: ${h.name}`, () => {
      const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'run', '--max-old-space-size=64', fileOf(h)], { env: { ...childEnv(), ...HOST_CAP }, encoding: 'utf8', timeout: 100_000 });
      assert.equal(r.signal, null, `killed by ${r.signal}`);
      assert.equal(r.status, h.exitCode, r.stderr.slice(0, 500));
      if (h.stdout) assert.match(r.stdout, h.stdout);
      if (h.stderr) assert.match(r.stderr, h.stderr);
      assert.doesNotMatch(r.stderr, /out of host memory|internal error/, 'the engine itself, not its host, ended the program');
    });

    it(`glassbox-dap: ${h.name}`, async () => {
      const r = await throughAdapter(fileOf(h));
      assert.equal(r.exitCode, h.exitCode, r.stderr.slice(0, 500));
      if (h.stdout) assert.match(r.stdout, h.stdout);
      if (h.stderr) assert.match(r.stderr, h.stderr);
      assert.doesNotMatch(r.stderr, /engine stopped|internal error/, 'the engine itself, not its host, ended the program');
      assert.ok(r.alive, 'the adapter still answers');
    });
  }

  it('glassbox run and glassbox-dap refuse /dev/zero as a program', async () => {
    const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'run', '/dev/zero'], { env: childEnv(), encoding: 'utf8' });
    assert.equal(r.status, 1);
    const dc = new DebugClient('node', ADAPTER, DEBUG_TYPE);
    await dc.start();
    try {
      await dc.initializeRequest({ adapterID: DEBUG_TYPE, pathFormat: 'path' });
      await assert.rejects(dc.launchRequest({ program: '/dev/zero' } as DebugProtocol.LaunchRequestArguments), /not a regular file/);
    } finally {
      await dc.stop();
    }
  });
});
