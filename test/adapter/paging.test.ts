// Large values over DAP: counts for paging clients, slices computed alone, groups for clients
// that do not page, sparse arrays, 300,000-key objects, long strings, the hover budget.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { children, evaluate, frames, launch, scopeVariables, startClient, variable, type Client } from './support';

describe('adapter: large values', () => {
  let dc: Client;
  let script: DebugProtocol.Variable[];
  before(async () => {
    dc = await startClient();
    await launch(dc, 'bigValues.js', { stopOnEntry: false });
    script = (await scopeVariables(dc, (await frames(dc))[0].id)).get('Local')!.vars;
  });
  after(() => dc.stop());

  const page = async (ref: number, filter: 'indexed' | 'named', start?: number, count?: number) =>
    (await dc.variablesRequest({ variablesReference: ref, filter, start, count })).body.variables;

  it('reports a 1,000,000-element array\'s counts and answers a page quickly, computing only that page', async () => {
    const big = variable(script, 'big');
    assert.equal(big.indexedVariables, 1_000_000);
    assert.equal(big.namedVariables, 3, 'length, label and [[Prototype]]');
    const t0 = performance.now();
    const last = await page(big.variablesReference, 'indexed', 999_900, 100);
    const ms = performance.now() - t0;
    assert.equal(last.length, 100);
    assert.deepEqual([last[0].name, last[99].name, last[99].value, last[99].evaluateName], ['999900', '999999', '"last"', 'big[999999]']);
    assert.ok(ms < 1000, `a page took ${ms.toFixed(0)} ms`);
    assert.deepEqual((await page(big.variablesReference, 'named')).map((v) => v.name), ['length', 'label', '[[Prototype]]']);
  });

  it('shows groups of groups to a client that does not page, each expandable down to the elements', async () => {
    const big = variable(script, 'big');
    const top = await children(dc, big.variablesReference);
    assert.deepEqual(top.slice(0, 2).map((v) => [v.name, v.indexedVariables]), [['[0 … 9999]', 10_000], ['[10000 … 19999]', 10_000]]);
    assert.deepEqual(top.slice(99).map((v) => v.name), ['[990000 … 999999]', 'length', 'label', '[[Prototype]]']);
    const groups = await children(dc, top[99].variablesReference);
    assert.equal(groups.length, 100);
    assert.deepEqual([groups[0].name, groups[99].name], ['[990000 … 990099]', '[999900 … 999999]']);
    const elements = await children(dc, groups[99].variablesReference);
    assert.deepEqual(elements.slice(-1).map((v) => [v.name, v.value, v.evaluateName]), [['999999', '"last"', 'big[999999]']]);
  });

  it('shows a sparse array\'s holes as runs, never one by one', async () => {
    const sparse = variable(script, 'sparse');
    assert.equal(sparse.indexedVariables, 2_000_001);
    const rows = await page(sparse.variablesReference, 'indexed', 0, 10_000);
    assert.deepEqual(rows.map((v) => `${v.name}=${v.value}`), ['0 … 4=empty × 5', '5="a"', '6 … 9999=empty × 9994']);
    const end = await page(sparse.variablesReference, 'indexed', 1_999_990, 11);
    assert.deepEqual(end.map((v) => `${v.name}=${v.value}`), ['1999990 … 1999999=empty × 10', '2000000="z"']);
  });

  it('groups the properties of an object with 300,000 keys', async () => {
    const many = variable(script, 'many');
    const t0 = performance.now();
    const groups = await children(dc, many.variablesReference);
    assert.ok(performance.now() - t0 < 2000);
    assert.deepEqual(groups.slice(0, 2).map((g) => [g.name, g.namedVariables]), [['properties 0 … 999', 1000], ['properties 1000 … 1999', 1000]]);
    const last = await children(dc, groups[299].variablesReference);
    assert.deepEqual(last.slice(-1).map((v) => [v.name, v.value, v.evaluateName]), [['k299999', '299999', 'many.k299999']]);
    assert.ok(JSON.stringify(groups).length < 100_000);
  });

  it('pages a Map\'s entries and an arguments object', async () => {
    const entries = variable(await children(dc, variable(script, 'entries').variablesReference), '[[Entries]]');
    assert.equal(entries.indexedVariables, 1000);
    assert.deepEqual((await page(entries.variablesReference, 'indexed', 998, 2)).map((v) => v.value), ['"key998" => 998', '"key999" => 999']);
    const args = variable(script, 'args');
    assert.equal(args.indexedVariables, 150);
    assert.deepEqual((await page(args.variablesReference, 'indexed', 149, 1)).map((v) => v.name), ['149']);
  });

  it('truncates long strings in variables and evaluate, stating their length', async () => {
    const text = variable(script, 'text');
    assert.ok(text.value.length < 10_100, `${text.value.length} characters sent`);
    assert.match(text.value, /^"abcabc.*…" \(15,000,000 characters\)$/);
    const r = await evaluate(dc, 'text + text', 'repl');
    assert.match(r.body.result, /…" \(30,000,000 characters\)$/);
    assert.match((await evaluate(dc, 'text', 'hover')).body.result, /\(15,000,000 characters\)$/);
  });

  it('stops an evaluation that runs too long, and the session goes on', async () => {
    await assert.rejects(evaluate(dc, 'while (true) {}', 'repl'), /^Error: Evaluation took too long: stopped after 2,000,000 steps$/);
    assert.equal((await evaluate(dc, 'big.length')).body.result, '1000000');
  });
});
