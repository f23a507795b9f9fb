// Chosen debug stops of small programs, each dumped whole (stack, scopes, Event Loop) and
// checked against test/golden/stops/*.txt: the creation phase with the TDZ, inside closures,
// inside a timer callback, at a microtask. Runs the built adapter, so `npm run build` first.
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launch, startClient, type Client } from '../adapter/support';
import { matchGolden, withoutPath } from './golden';
import { dumpStop } from './stopDump';

const PROGRAMS = path.join(__dirname, 'programs');
/** A program that stops more often than this is stepping somewhere it should not. */
const MAX_STOPS = 20;

/** The next stop, or undefined when the session ends first. */
function nextStop(dc: Client): Promise<DebugProtocol.StoppedEvent | undefined> {
  return new Promise((resolve) => {
    const settle = (e: DebugProtocol.StoppedEvent | undefined) => {
      dc.removeListener('stopped', onStop);
      dc.removeListener('terminated', onEnd);
      resolve(e);
    };
    const onStop = (e: DebugProtocol.StoppedEvent) => settle(e);
    const onEnd = () => settle(undefined);
    dc.on('stopped', onStop);
    dc.on('terminated', onEnd);
  });
}

/** Stops at entry, then continues to each `debugger` statement until the program ends; each stop dumped. */
async function everyStop(dc: Client, file: string): Promise<string> {
  // launch() finds its programs in test/adapter/programs; `program` names this one instead.
  let stopped: DebugProtocol.StoppedEvent | undefined = await launch(dc, path.basename(file), { program: file, stopOnEntry: true });
  const threadId = (await dc.threadsRequest()).body.threads[0].id;
  const lines: string[] = [];
  let printed = 0;
  for (let n = 0; stopped && n < MAX_STOPS; n++) {
    lines.push(...(await dumpStop(dc, threadId, stopped, file)));
    const next = nextStop(dc);
    await dc.continueRequest({ threadId });
    stopped = await next;
    const output = dc.outputs.slice(printed).map((e) => `  ${e.body.category}: ${e.body.output.trimEnd()}`);
    printed = dc.outputs.length;
    if (output.length) lines.push('output:', ...output);
  }
  lines.push(stopped ? `── more than ${MAX_STOPS} stops` : '── session ended');
  return withoutPath(`${lines.join('\n')}\n`, PROGRAMS, 'programs');
}

describe('golden: debug stops', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  for (const name of ['hoisting-tdz', 'closures', 'event-loop', 'fs-io']) {
    it(`programs/${name}.js`, async () => {
      matchGolden(path.join(__dirname, 'stops', `${name}.txt`), await everyStop(dc, path.join(PROGRAMS, `${name}.js`)));
    });
  }
});
