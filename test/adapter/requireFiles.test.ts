// A program of two files in the debugger: frames and console output of a required file name
// that file by its path (so the editor opens it), stepping goes into it, and a breakpoint set in it is
// answered unverified with the reason (breakpoints in required files are not there yet).
import * as assert from 'node:assert/strict';
import { frames, launch, program, resumeTo, startClient, type Client } from './support';

const MAIN = program('requireFiles/main.js');
const MATH = program('requireFiles/math.js');

describe('adapter: a program that requires its own files', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a frame in the required file names its path; the program\'s frame its own', async () => {
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: false });
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => [f.name, f.source?.name, f.source?.path, f.line, f.presentationHint]), [
      ['add', 'math.js', MATH, 4, undefined],
      ['(global)', 'main.js', MAIN, 2, undefined],
    ]);
  });

  it('console output of the required file links to that file', async () => {
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: false });
    const line = dc.outputs.find((e) => e.body.output === 'math.js loads\n');
    assert.deepEqual([line?.body.source?.path, line?.body.line], [MATH, 2]);
  });

  it('Step Into at the require goes into the required file\'s code', async () => {
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: true });
    const paths: (string | undefined)[] = [];
    for (let i = 0; i < 3 && !paths.includes(MATH); i++) {
      await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
      paths.push((await frames(dc))[0].source?.path);
    }
    assert.ok(paths.includes(MATH), `stepped through ${paths.join(', ')}`);
    assert.equal((await frames(dc)).at(-1)?.source?.path, MAIN);
  });

  it('a breakpoint in the required file is unverified, with the reason', async () => {
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: true });
    const r = await dc.setBreakpointsRequest({ source: { path: MATH }, breakpoints: [{ line: 4 }] });
    assert.equal(r.body.breakpoints[0].verified, false);
    assert.match(r.body.breakpoints[0].message ?? '', /^Breakpoints in required files are not supported yet/);
  });
});
