// Frames of code that is not the program's (a core module written in JavaScript, `new
// Function`) name their own file, de-emphasized, instead of claiming the program's source.
import * as assert from 'node:assert/strict';
import { frames, launch, program, startClient, type Client } from './support';

describe('adapter: frames of other code', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a listener called by events\' emit: the emit frame names node:events, subtle, with no path', async () => {
    await launch(dc, 'coreModuleFrames.js', { stopOnEntry: false });
    const stack = await frames(dc);
    const file = program('coreModuleFrames.js');
    assert.deepEqual(stack.map((f) => [f.name, f.source?.path ?? f.source?.name, f.presentationHint]), [
      ['greet', file, undefined],
      ['emit', 'node:events', 'subtle'],
      ['(global)', file, undefined],
    ]);
    assert.equal(stack[1].source?.presentationHint, 'deemphasize');
  });
});

