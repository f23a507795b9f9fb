// fs.mkdtemp, fs.mkdtempSync and fs.promises.mkdtemp in-process over a virtual folder: the
// name's six characters come from the run's seeded random source (the same every run), the
// callback is one poll-phase I/O, the folder lives in memory only, and the errors are Node's.
import assert from 'node:assert/strict';
import { createAgent, type RunOutcome } from '../../engine';
import { virtualFolder } from '../helpers/virtualFolder';

const FOLDER = '/p';
const FILES: Record<string, string> = { 'data.txt': 'abc' };
const { readFile, readDir } = virtualFolder(FOLDER, FILES);

function run(src: string): { lines: string[]; tasks: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const tasks: string[] = [];
  const agent = createAgent(src, { fileName: `${FOLDER}/t.js`, modulePath: `${FOLDER}/t.js`, readFile, readDir, onConsole: (e) => lines.push(e.text), onTask: (t) => tasks.push(t) });
  return { lines, tasks, outcome: agent.runToEnd() };
}

function printed(src: string): string {
  const r = run(src);
  assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
  return r.lines.join('\n');
}

const ROWS: { name: string; src: string; out: string | RegExp }[] = [
  { name: 'Sync: the prefix and six letters or digits, a folder in memory', src: "const fs = require('fs');\nconst d = fs.mkdtempSync('tmp-');\nconsole.log(/^tmp-[A-Za-z0-9]{6}$/.test(d), fs.statSync(d).isDirectory(), fs.readdirSync('.').join());",
    out: /^true true data\.txt,tmp-[A-Za-z0-9]{6}$/ },
  { name: 'encodings of the name', src: "const fs = require('fs');\nconsole.log(fs.mkdtempSync('a-', 'hex').length, Buffer.isBuffer(fs.mkdtempSync('b-', { encoding: 'buffer' })), fs.mkdtempSync('c-', { encoding: null }).length);", out: '16 true 8' },
  { name: 'errors of the Sync form quote the template', src: "const fs = require('fs');\nfor (const p of ['missing/x-', 'data.txt/x-']) try { fs.mkdtempSync(p); } catch (e) { console.log(e.message, e.errno, e.path); }",
    out: "ENOENT: no such file or directory, mkdtemp 'missing/x-XXXXXX' -2 missing/x-XXXXXX\nENOTDIR: not a directory, mkdtemp 'data.txt/x-XXXXXX' -20 data.txt/x-XXXXXX" },
  { name: 'errors of the callback and promise forms quote the name tried', src: "const fs = require('fs');\nfs.mkdtemp('missing/x-', (e) => console.log(/'missing\\/x-[A-Za-z0-9]{6}'$/.test(e.message), e.code));\nfs.promises.mkdtemp('missing/y-').catch((e) => console.log(/'missing\\/y-[A-Za-z0-9]{6}'$/.test(e.message), e.syscall));",
    out: 'true ENOENT\ntrue mkdtemp' },
  { name: 'argument errors', src: "const fs = require('fs');\nfor (const f of [() => fs.mkdtempSync(1), () => fs.mkdtempSync('x', 1), () => fs.mkdtempSync('x', 'nope'), () => fs.mkdtemp('x')]) try { f(); } catch (e) { console.log(e.code); }\nfs.promises.mkdtemp(undefined).catch((e) => console.log('rejects', e.code));",
    out: 'ERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_VALUE\nERR_INVALID_ARG_TYPE\nrejects ERR_INVALID_ARG_TYPE' },
  { name: 'a prefix outside the program\'s folder is the sandbox\'s error', src: "try { require('fs').mkdtempSync('/elsewhere/x-'); } catch (e) { console.log(e.code); }", out: 'ERR_GLASSBOX_SANDBOX' },
];

describe('engine: fs.mkdtemp', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const out = printed(row.src);
      if (typeof row.out === 'string') assert.equal(out, row.out);
      else assert.match(out, row.out);
    });
  }

  it('is deterministic: the same names in every run, from the seeded random source', () => {
    const src = "const fs = require('fs');\nconsole.log(fs.mkdtempSync('a-'), fs.mkdtempSync('a-'));";
    const first = printed(src);
    assert.equal(printed(src), first);
    const [a, b] = first.split(' ');
    assert.notEqual(a, b);
  });

  it('the callback form is one poll-phase I/O, after nextTicks and promise jobs', () => {
    const r = run("const fs = require('fs');\nconst order = [];\nprocess.nextTick(() => order.push('tick'));\nPromise.resolve().then(() => order.push('promise'));\nfs.mkdtemp('cb-', (err, d) => { order.push('callback'); console.log(err, fs.existsSync(d), order.join(' ')); });");
    assert.equal(r.lines.join('\n'), 'null true tick promise callback');
    const io = r.tasks.filter((t) => t.startsWith('fs.'));
    assert.equal(io.length, 1);
    assert.match(io[0], /^fs\.mkdtemp cb-[A-Za-z0-9]{6}/);
  });

  it('writes nothing to the folder it was given', () => {
    printed("require('fs').mkdtempSync('tmp-');");
    assert.deepEqual(Object.keys(FILES), ['data.txt']);
  });
});
