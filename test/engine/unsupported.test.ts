// A feature Glassbox does not implement stops the run: no catch or finally of the program
// sees it, and the report names the feature and the file:line:col that reached it.
import assert from 'node:assert/strict';
import { createAgent, type RunOutcome } from '../../engine';

function run(source: string): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const outcome = createAgent(source, { fileName: 't.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
  return { lines, outcome };
}

describe('an unsupported feature', () => {
  it('is seen by no catch and no finally, and ends the run with exit code 1', () => {
    const { lines, outcome } = run(`function f() {
  try {
    try { new SharedArrayBuffer(4); } finally { console.log('inner finally'); }
  } catch (e) {
    console.log('caught ' + e);
  } finally {
    console.log('outer finally');
  }
}
console.log('before');
f();
console.log('after');`);
    assert.deepEqual(lines, ['before']);
    assert.deepEqual(outcome, {
      kind: 'unsupported',
      exitCode: 1,
      report: [
        'Unsupported: Glassbox does not support SharedArrayBuffer yet (t.js:3:11)',
        '    at f (t.js:3:11)',
        '    at Object.<anonymous> (t.js:11:1)',
        'This is a limit of Glassbox, not an error in your program; the run cannot go on.',
      ].join('\n'),
    });
  });

  it('in a callback run by a built-in, a promise job or a timer: no catch handler sees it', () => {
    const cases: [string, string[]][] = [
      [`[1].forEach(() => { try { crypto.subtle; } catch { console.log('caught'); } });`, []],
      [`Promise.resolve().then(() => crypto.subtle).catch(() => console.log('caught'));`, ['sync end']],
      [`setTimeout(() => { try { crypto.subtle; } catch { console.log('caught'); } });`, ['sync end']],
    ];
    for (const [src, expected] of cases) {
      const { lines, outcome } = run(`${src}\nconsole.log('sync end');`);
      assert.equal(outcome.kind, 'unsupported', src);
      assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /^Unsupported: Glassbox does not support crypto\.subtle .* yet \(t\.js:1:\d+\)\n/, src);
      assert.deepEqual(lines, expected, src);
    }
  });

  it('in code made at run time: new Function and eval stop where they were called', () => {
    const { lines, outcome } = run(`try { new Function('return class { m() { [super.x] = [1]; } }')(); } catch (e) { console.log('caught', e.name); }`);
    assert.deepEqual(lines, []);
    assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /^Unsupported: Glassbox does not support the Super yet \(t\.js:1:7\)\n/);
  });

  it('a core module Glassbox lacks, imported, ends the run naming the import', () => {
    const { lines, outcome } = run(`import('node:http').catch((e) => console.log('caught', e.name));`);
    assert.deepEqual(lines, []);
    assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /^Unsupported: Glassbox does not support import\('node:http'\) yet \(t\.js:1:1\)\n/);
  });

  it('keeps its step result: every later step answers fatal, the outcome stays', () => {
    const r = createAgent('crypto.subtle;', { fileName: 't.js' });
    assert.equal(r.step(), 'fatal');
    assert.equal(r.step(), 'fatal');
    assert.equal(r.outcome().kind, 'unsupported');
  });

  it('in a debugger evaluation: the evaluation\'s error, and the session goes on', () => {
    const r = createAgent('let n = 1;\nconsole.log(n);', { fileName: 't.js' });
    const dbg = r.attachDebugger(true);
    assert.equal(r.step(), 'paused');
    assert.deepEqual(dbg.evaluate('new SharedArrayBuffer(1)'), { ok: false, error: 'Glassbox does not support SharedArrayBuffer yet' });
    assert.equal(dbg.evaluate('6 * 7').ok, true);
    assert.equal(r.step(), 'done');
    assert.equal(r.outcome().kind, 'completed');
  });
});

