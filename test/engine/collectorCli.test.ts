// `glassbox run --expose-gc` and `glassbox trace --expose-gc` against `node --expose-gc`:
// a WeakRef cleared by gc() in a timer and a cleanup callback, as Node prints them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GLASSBOX_BIN, REPO_ROOT, childEnv } from '../helpers/processes';

const PROGRAM = `const fr = new FinalizationRegistry((held) => console.log('cleanup', held));
const ref = (function () { const o = { v: 1 }; fr.register(o, 'o'); return new WeakRef(o); })();
console.log('same job', ref.deref().v);
setTimeout(() => { gc(); console.log('after gc', typeof ref.deref()); }, 1);
setTimeout(() => console.log('later', ref.deref()), 5);
`;

function node(args: string[]): { stdout: string; status: number | null } {
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, env: childEnv(), encoding: 'utf8', timeout: 30_000 });
  return { stdout: r.stdout, status: r.status };
}

describe('collector: the CLI flag --expose-gc', function () {
  this.timeout(60_000);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gc-cli-')), 'weak.js');
  before(() => fs.writeFileSync(file, PROGRAM));

  it('glassbox run --expose-gc prints what node --expose-gc prints', () => {
    const expected = node(['--expose-gc', file]);
    const actual = node([GLASSBOX_BIN, 'run', '--expose-gc', file]);
    assert.equal(expected.stdout, 'same job 1\nafter gc undefined\ncleanup o\nlater undefined\n');
    assert.equal(actual.stdout, expected.stdout);
    assert.equal(actual.status, 0);
  });

  it('without the flag gc is not defined, as in node', () => {
    const r = node([GLASSBOX_BIN, 'run', file]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'same job 1\n');
  });

  it('glassbox trace --expose-gc tells the collection and the cleanup task', () => {
    const r = node([GLASSBOX_BIN, 'trace', '--expose-gc', file]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /── GC: mark phase: [\d,]+ roots, [\d,]+ objects marked \(gc\(\)\)\n── GC: sweep phase: [\d,]+ objects freed, [\d,]+ bytes \(gc\(\)\)\n/);
    assert.match(r.stdout, /event loop: FinalizationRegistry cleanup -> \(held\) => console\.log\('cleanup', held\)\(\)/);
    assert.match(r.stdout, /console: cleanup o/);
  });
});
