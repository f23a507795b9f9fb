// `glassbox run` writes output as the program runs, not only at its end: a program that
// never ends (a learner's mistake) still shows what it printed before its endless loop.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { childEnv, GLASSBOX_BIN } from './helpers/processes';

describe('glassbox run streams its output', function () {
  this.timeout(20_000);

  it('prints what came before an endless loop while the loop runs', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glassbox-stream-')), 'loop.js');
    writeFileSync(file, "console.log('before');\nconsole.error('also before');\nwhile (true) {}\n");
    const child = spawn(process.execPath, [GLASSBOX_BIN, 'run', file], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      for (const end = Date.now() + 10_000; Date.now() < end && !(stdout && stderr); ) await new Promise((r) => setTimeout(r, 20));
      assert.equal(stdout, 'before\n');
      assert.equal(stderr, 'also before\n');
      assert.equal(child.exitCode, null, 'the loop is still running');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
