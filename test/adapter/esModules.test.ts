// An ES module program in the debugger: a breakpoint in an imported .mjs file waits for it to
// load and stops there, with the file's frame; each module's frame shows its Module scope
// (imports as live values, bindings in the TDZ marked); Step Into goes from an imported module's
// code into the importer's as Node evaluates them.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { evaluate, frames, launch, program, resumeTo, scopeVariables, startClient, variable, type Client } from './support';

const MAIN = program('esModules/main.mjs');
const MATH = program('esModules/math.mjs');

describe('adapter: an ES module program', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a breakpoint in an imported module is verified when it loads and stops there, in its Module scope', async () => {
    let asked: DebugProtocol.SetBreakpointsResponse | undefined;
    const changed = dc.waitForEvent('breakpoint') as Promise<DebugProtocol.BreakpointEvent>;
    await launch(dc, 'esModules/main.mjs', { stopOnEntry: true }, async () => {
      asked = await dc.setBreakpointsRequest({ source: { path: MATH }, breakpoints: [{ line: 2 }] });
    });
    assert.equal(asked?.body.breakpoints[0].verified, false);
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const event = await changed;
    assert.deepEqual([event.body.breakpoint.verified, event.body.breakpoint.line, event.body.breakpoint.source?.path], [true, 2, MATH]);
    assert.equal(stop.body.reason, 'breakpoint');
    const [top] = await frames(dc);
    assert.deepEqual([top.name, top.source?.path, top.line], ['(module ./math.mjs)', MATH, 2]);
    const scopes = await scopeVariables(dc, top.id);
    const module = scopes.get('Module')!;
    assert.ok(module, `scopes: ${[...scopes.keys()].join(', ')}`);
    assert.deepEqual(module.vars.map((v) => [v.name, v.value]), [['add', 'ƒ add(a, b)'], ['total', '0'], ['later', '<uninitialized (TDZ)>']]);
    assert.ok(!scopes.has('Local'), 'a module body has no Local scope of its own');
  });

  it('the importer\'s Module scope shows its imports as live values and its namespace', async () => {
    await launch(dc, 'esModules/main.mjs', { stopOnEntry: false });
    const [top] = await frames(dc);
    assert.deepEqual([top.name, top.source?.path, top.line], ['(module ./main.mjs)', MAIN, 5]);
    const module = (await scopeVariables(dc, top.id)).get('Module')!;
    assert.deepEqual(module.vars.map((v) => [v.name, v.value]), [
      ['add', 'ƒ add(a, b)'], ['total', '5'], ['math', 'Module {add: ƒ add(a, b), later: "set after", total: 5}'], ['before', '0'], ['result', '5'],
    ]);
    const ns = await dc.variablesRequest({ variablesReference: variable(module.vars, 'math').variablesReference });
    assert.equal(variable(ns.body.variables, 'total').value, '5');
    // The Debug Console reads an import as the module's own code does.
    assert.equal((await evaluate(dc, 'total * 10 + add.length', 'repl', top.id)).body.result, '52');
  });

  it('loadedSources lists the program and each module it imported', async () => {
    await launch(dc, 'esModules/main.mjs', { stopOnEntry: false });
    const sources = await dc.customRequest('loadedSources') as DebugProtocol.LoadedSourcesResponse;
    assert.deepEqual(sources.body.sources.map((s) => s.path), [MAIN, MATH]);
  });

  it('Step Into goes through the imported module\'s code, then into the importer\'s', async () => {
    await launch(dc, 'esModules/main.mjs', { stopOnEntry: true });
    const places: string[] = [];
    const descriptions: string[] = [];
    // The module files arrive as I/O and the module job starts (stops at main.mjs's start, before
    // anything in it runs); then math.mjs's code runs, then main.mjs's.
    const mathAt = () => places.indexOf(`${MATH}:2`);
    for (let i = 0; i < 12 && !(mathAt() >= 0 && places.lastIndexOf(`${MAIN}:1`) > mathAt()); i++) {
      const stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
      const [top] = await frames(dc);
      // Taking a task (the module files arriving as I/O) is a stop without frames.
      places.push(top ? `${top.source?.path}:${top.line}` : 'task');
      descriptions.push(stop.body.description ?? '');
    }
    // Its evaluation starts with a stop of its own, as a required file's loading does.
    assert.ok(descriptions.some((d) => d.includes('Loading ./math.mjs')), descriptions.join('\n'));
    assert.ok(mathAt() >= 0 && places.lastIndexOf(`${MAIN}:1`) > mathAt(), places.join('\n'));
  });

  it('Step Back replays the module graph: back into the imported module\'s code, then forward to the same stop', async () => {
    await launch(dc, 'esModules/main.mjs', { stopOnEntry: true }, async () => {
      await dc.setBreakpointsRequest({ source: { path: MATH }, breakpoints: [{ line: 7 }] });
    });
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const at = async () => { const [top] = await frames(dc); return `${top.source?.path}:${top.line}`; };
    assert.equal(await at(), `${MATH}:7`);
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    const forward = await at();
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    assert.equal(await at(), `${MATH}:7`);
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(await at(), forward);
  });

  it('a namespace whose module has not run yet shows its exports in the TDZ', async () => {
    await launch(dc, 'esModuleCycle/main.mjs', { stopOnEntry: false });
    const [top] = await frames(dc);
    assert.deepEqual([top.name, top.source?.path, top.line], ['(module ./b.mjs)', program('esModuleCycle/b.mjs'), 3]);
    const module = (await scopeVariables(dc, top.id)).get('Module')!;
    assert.deepEqual(module.vars.map((v) => [v.name, v.value]), [['nsA', 'Module {late: <uninitialized (TDZ)>}'], ['late', '<uninitialized (TDZ)>']]);
    const ns = await dc.variablesRequest({ variablesReference: variable(module.vars, 'nsA').variablesReference });
    assert.deepEqual(ns.body.variables.map((v) => [v.name, v.value]), [['late', '<uninitialized (TDZ)>'], ['[Symbol(Symbol.toStringTag)]', '"Module"'], ['[[Prototype]]', 'null']]);
  });
});
