// Step Back and Reverse Continue through DebugClient: going back returns to the very stops,
// frames and values seen before (a replay of the same run), and stepping on replays the same future.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { frames, launch, resumeTo, scopeVariables, startClient, type Client } from './support';

/** What the learner sees at a stop: the description, each frame's place and the top frame's bindings. */
async function picture(dc: Client, stop: DebugProtocol.StoppedEvent): Promise<string> {
  const stack = await frames(dc);
  const lines = stack.map((f) => `${f.name}@${f.line}:${f.column}`);
  const scopes = stack.length === 0 ? new Map<string, { vars: DebugProtocol.Variable[] }>() : await scopeVariables(dc, stack[0].id);
  // The first scope: the chain's bindings, TDZ states included.
  const first: DebugProtocol.Variable[] = [...scopes.values()][0]?.vars ?? [];
  const vars = first.filter((v) => !MODULE_NAMES.has(v.name) && !v.name.startsWith('[[')).map((v) => `${v.name}=${v.value}`);
  return `${stop.body.reason} | ${lines.join(' < ')} | ${vars.join(', ')}`;
}

const MODULE_NAMES = new Set(['exports', 'require', 'module', '__filename', '__dirname', 'arguments', 'this']);

function stripped(p: string): string {
  return p.replace(/^\w+ \| /, '');
}

describe('adapter: step back', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('Step Back three times returns exactly to the stops, frames and values of three steps before', async () => {
    let stop = await launch(dc, 'timeTravel.js');
    const seen: string[] = [await picture(dc, stop)];
    for (let i = 0; i < 8; i++) {
      stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
      seen.push(await picture(dc, stop));
    }
    const back: string[] = [];
    for (let i = 0; i < 3; i++) {
      stop = await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
      assert.match(stop.body.description ?? '', /^Stepped back to step \d+/);
      back.push(stripped(await picture(dc, stop)));
    }
    assert.deepEqual(back, [seen[7], seen[6], seen[5]].map(stripped));
  });

  it('from inside a function, Step Back steps back over calls: to earlier stops at the same or an outer depth', async () => {
    let stop = await launch(dc, 'timeTravel.js');
    const seen: string[] = [await picture(dc, stop)];
    for (let i = 0; i < 9; i++) {
      stop = await resumeTo(dc, () => (i % 3 === 1 ? dc.stepInRequest({ threadId: 1 }) : dc.nextRequest({ threadId: 1 })));
      seen.push(await picture(dc, stop));
    }
    const back: string[] = [];
    for (let i = 0; i < 3; i++) back.push(stripped(await picture(dc, await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 })))));
    assert.deepEqual(back, forwardStopsOver(seen));
  });

  it('stepping forward after going back replays the same future', async () => {
    let stop = await launch(dc, 'timeTravel.js');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
      seen.push(stripped(await picture(dc, stop)));
    }
    for (let i = 0; i < 2; i++) await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    for (let i = 3; i < 5; i++) assert.equal(stripped(await picture(dc, await resumeTo(dc, () => dc.nextRequest({ threadId: 1 })))), seen[i]);
  });
});

/** The stops a reverse step over visits from the last of `seen`: each earlier stop at the same or a smaller call depth. */
function forwardStopsOver(seen: string[]): string[] {
  const depth = (p: string): number => p.split(' | ')[1].split(' < ').length;
  const out: string[] = [];
  let at = seen.length - 1;
  for (let n = 0; n < 3; n++) {
    let i = at - 1;
    while (i > 0 && depth(seen[i]) > depth(seen[at])) i--;
    out.push(stripped(seen[i]));
    at = i;
  }
  return out;
}

