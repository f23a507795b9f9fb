// scopeView 'spec': the Variables pane as the specification models each execution context:
// LexicalEnvironment (let, const, class), VariableEnvironment (var, function declarations,
// parameters, arguments), then this and outer, for every context on the chain.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { frames, launch, resumeTo, scopeVariables, startClient, type Client } from './support';

async function dump(dc: Client): Promise<string> {
  const [top] = await frames(dc);
  const lines: string[] = [];
  for (const { scope, vars } of (await scopeVariables(dc, top.id)).values()) {
    lines.push(`${scope.name}${scope.expensive ? ' (collapsed)' : ''}`);
    for (const v of vars) lines.push(`  ${v.name} = ${v.value}`);
  }
  // __filename, __dirname and module hold this machine's path to the programs.
  return `${lines.join('\n')}\n`.split(path.join(__dirname, 'programs')).join('<programs>');
}

const golden = (name: string) => fs.readFileSync(path.join(__dirname, 'golden', name), 'utf8');

describe('adapter: the spec\'s scope view', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('shows the module wrapper\'s and the global context\'s components at the first stop of the classic example', async () => {
    await launch(dc, 'classic.js', { scopeView: 'spec' });
    assert.equal(await dump(dc), golden('classic-spec-global.txt'));
  });

  it('shows multiply\'s context, then the module wrapper\'s it points to as outer, then the global one', async () => {
    await launch(dc, 'classic.js', { scopeView: 'spec', stopOnEntry: false }, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'multiply' }] }));
    assert.equal(await dump(dc), golden('classic-spec-multiply.txt'));
  });

  it('refuses a scopeView that is not a string', async () => {
    await assert.rejects(dc.launch({ program: path.join(__dirname, 'programs', 'classic.js'), scopeView: 3 }), /"scopeView" must be a string/);
  });

  it('keeps the closure\'s context on the chain inside the arrow', async () => {
    await launch(dc, 'counter.js', { scopeView: 'spec' });
    await dc.setBreakpointsRequest({ source: { path: path.join(__dirname, 'programs', 'counter.js') }, breakpoints: [{ line: 4 }] });
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const text = await dump(dc);
    assert.match(text, /^makeCounter\(\): LexicalEnvironment \(let, const, class\)\n {2}count = 0$/m);
    assert.match(text, /outer = the environment of makeCounter\(\)/);
  });
});
