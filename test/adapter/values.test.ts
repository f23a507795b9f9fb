// Looking at and changing values through the adapter: expandable objects, lazy getters,
// evaluate (repl, watch, side-effect-free hover), setVariable, and completions.
import * as assert from 'node:assert/strict';
import { children, evaluate, frames, launch, outputText, resumeTo, scopeVariables, startClient, terminated, variable, type Client } from './support';

describe('adapter: values, evaluate and setVariable', () => {
  let dc: Client;
  beforeEach(async () => {
    dc = await startClient();
    await launch(dc, 'values.js', { stopOnEntry: false });
  });
  afterEach(() => dc.stop());

  // Top-level bindings are locals of Node's module wrapper function.
  const script = async () => (await scopeVariables(dc, (await frames(dc))[0].id)).get('Local')!.vars;

  it('expands objects, arrays, Maps, Sets, functions and Promises; getters are lazy', async () => {
    const vars = await script();
    const box = await children(dc, variable(vars, 'box').variablesReference);
    assert.equal(variable(box, 'name').value, '"box"');
    assert.equal(variable(box, 'name').evaluateName, 'box.name');
    const upper = variable(box, 'upper');
    assert.equal(upper.presentationHint?.lazy, true);
    assert.equal(upper.value, '(...)');
    const [got] = await children(dc, upper.variablesReference);
    assert.equal(got.value, '"BOX"');
    assert.equal(variable(await children(dc, variable(box, 'nested').variablesReference), 'deep').value, 'true');

    assert.deepEqual((await children(dc, variable(vars, 'list').variablesReference)).slice(0, 3).map((v) => v.value), ['1', '2', '3']);
    const mapEntries = variable(await children(dc, variable(vars, 'map').variablesReference), '[[Entries]]');
    assert.equal((await children(dc, mapEntries.variablesReference))[0].value, '"k" => 1');
    const setEntries = variable(await children(dc, variable(vars, 'set').variablesReference), '[[Entries]]');
    assert.equal((await children(dc, setEntries.variablesReference))[0].value, '"s"');
    const promise = await children(dc, variable(vars, 'promise').variablesReference);
    assert.equal(variable(promise, '[[PromiseState]]').value, '"fulfilled"');
    assert.equal(variable(promise, '[[PromiseResult]]').value, '42');
    assert.ok((await children(dc, variable(vars, 'greet').variablesReference)).some((v) => v.name === '[[Environment]]'));
  });

  it('a hover on a name in its TDZ shows that state, as the Variables pane does', async () => {
    const tdz = await startClient();
    try {
      await launch(tdz, 'classic.js');
      const hover = (await evaluate(tdz, 'a', 'hover')).body;
      assert.equal(hover.result, '<uninitialized (TDZ)>');
      assert.equal(hover.type, 'uninitialized');
      await assert.rejects(evaluate(tdz, 'a', 'repl'), /Cannot access 'a' before initialization/, 'the Debug Console still says what running it would do');
      assert.equal((await evaluate(tdz, 'c', 'hover')).body.result, 'undefined');
    } finally {
      await tdz.stop();
    }
  });

  it('evaluates in the repl, for watches and for hovers without side effects', async () => {
    assert.equal((await evaluate(dc, 'count + limit')).body.result, '11');
    assert.equal((await evaluate(dc, 'greet("you")', 'watch')).body.result, '"hi you"');
    const obj = await evaluate(dc, 'box.nested');
    assert.ok(obj.body.variablesReference > 0);
    assert.equal((await evaluate(dc, 'count', 'hover')).body.result, '1');
    await assert.rejects(evaluate(dc, 'count++', 'hover'), /side-effect/);
    await assert.rejects(evaluate(dc, 'box.upper', 'hover'), /side-effect/, 'a getter does not run on hover');
    assert.equal((await evaluate(dc, 'box.nested.deep', 'hover')).body.result, 'true');
    assert.equal((await evaluate(dc, 'count')).body.result, '1');
    await assert.rejects(evaluate(dc, 'nope'), /ReferenceError: nope is not defined/);
    await assert.rejects(evaluate(dc, 'count +'), /SyntaxError/);
  });

  it('sets bindings and properties, refuses const, and the program sees the change', async () => {
    const scope = (await dc.scopesRequest({ frameId: (await frames(dc))[0].id })).body.scopes.find((s) => s.name === 'Local')!;
    const set = await dc.setVariableRequest({ variablesReference: scope.variablesReference, name: 'count', value: 'limit * 5' });
    assert.equal(set.body.value, '50');
    await assert.rejects(dc.setVariableRequest({ variablesReference: scope.variablesReference, name: 'limit', value: '1' }), /constant/);
    const box = variable(await children(dc, scope.variablesReference), 'box');
    await dc.setVariableRequest({ variablesReference: box.variablesReference, name: 'name', value: '"crate"' });
    assert.equal((await evaluate(dc, 'box.upper')).body.result, '"CRATE"');
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    await end;
    assert.match(outputText(dc, 'stdout'), /^50 crate\n/m);
  });

  it('completes names in scope and properties after a dot', async () => {
    const frameId = (await frames(dc))[0].id;
    const names = async (text: string) => (await dc.completionsRequest({ text, column: text.length + 1, frameId })).body.targets;
    const inScope = await names('gr');
    assert.ok(inScope.some((t) => t.label === 'greet' && t.type === 'function'));
    assert.ok((await names('Ma')).some((t) => t.label === 'Math'));
    const props = await names('box.n');
    assert.deepEqual(props.map((t) => t.label), ['name', 'nested']);
    assert.equal(props[0].start, 5);
    assert.equal(props[0].length, 1);
    const inherited = await names('list.');
    assert.ok(inherited.some((t) => t.label === 'push' && t.type === 'method'));
  });

  it('steps on after a setVariable with the new value in place', async () => {
    const scope = (await dc.scopesRequest({ frameId: (await frames(dc))[0].id })).body.scopes.find((s) => s.name === 'Local')!;
    await dc.setVariableRequest({ variablesReference: scope.variablesReference, name: 'count', value: '7' });
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal((await evaluate(dc, 'count')).body.result, '7');
  });
});
