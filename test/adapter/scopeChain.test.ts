// The first scope VS Code expands by itself ("Scope chain") holds the user's bindings of every
// context on the chain, so hoisting and closures show without a click; built-ins stay in Global.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { frames, launch, resumeTo, scopeVariables, startClient, type Client } from './support';

/** VS Code's rule (variablesView.ts): it expands the first scope that is not expensive, no other. */
function autoExpanded(scopes: DebugProtocol.Scope[]): DebugProtocol.Scope | undefined {
  return scopes.find((s) => !s.expensive);
}

async function firstScopeText(dc: Client): Promise<string> {
  const [top] = await frames(dc);
  const all = await scopeVariables(dc, top.id);
  const scopes = [...all.values()].map((s) => s.scope);
  const first = autoExpanded(scopes)!;
  const rows = all.get(first.name)!.vars.map((v) => `  ${v.name} = ${v.value}`);
  const text = [`scopes: ${scopes.map((s) => s.name + (s.expensive ? ' (collapsed)' : '')).join(', ')}`, `${first.name}:`, ...rows].join('\n') + '\n';
  // __filename, __dirname and module hold this machine's path to the programs.
  return text.split(path.join(__dirname, 'programs')).join('<programs>');
}

function golden(name: string): string {
  return fs.readFileSync(path.join(__dirname, 'golden', name), 'utf8');
}

describe('adapter: the scope chain at a glance', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('shows a, b in the TDZ, c undefined and multiply hoisted at the first stop of the classic example, the module wrapper\'s parameters after them', async () => {
    await launch(dc, 'classic.js');
    assert.equal(await firstScopeText(dc), golden('classic-entry.txt'));
  });

  it('shows the closure\'s count inside the arrow, not an empty Local first', async () => {
    await launch(dc, 'counter.js');
    await dc.setBreakpointsRequest({ source: { path: path.join(__dirname, 'programs', 'counter.js') }, breakpoints: [{ line: 4 }] });
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await firstScopeText(dc), golden('counter-closure.txt'));
  });

  it('sets a variable through the first scope on the binding the code reaches', async () => {
    await launch(dc, 'counter.js');
    await dc.setBreakpointsRequest({ source: { path: path.join(__dirname, 'programs', 'counter.js') }, breakpoints: [{ line: 4 }] });
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const [top] = await frames(dc);
    const chain = (await dc.scopesRequest({ frameId: top.id })).body.scopes[0];
    await dc.setVariableRequest({ variablesReference: chain.variablesReference, name: 'count', value: '41' });
    const r = await dc.evaluateRequest({ expression: 'count', frameId: top.id, context: 'repl' });
    assert.equal(r.body.result, '41');
  });
});
