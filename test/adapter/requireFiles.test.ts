// A program of two files in the debugger: frames and console output of a required file name
// that file by its path (so the editor opens it), stepping goes into it, and a breakpoint set in it
// waits for the file to load, is verified then (a breakpoint event) and stops there.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
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

  it('Step Into at the require stops first where the file loads, then goes into its code', async () => {
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: true });
    const paths: (string | undefined)[] = [];
    let stop: DebugProtocol.StoppedEvent | undefined;
    for (let i = 0; i < 3 && !paths.includes(MATH); i++) {
      stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
      paths.push((await frames(dc))[0].source?.path);
    }
    assert.ok(paths.includes(MATH), `stepped through ${paths.join(', ')}`);
    assert.equal(stop?.body.description, 'Loading ./math.js: creation phase of its module function, declarations hoisted');
    assert.deepEqual((await frames(dc)).map((f) => [f.name, f.source?.path]), [['(module ./math.js)', MATH], ['(global)', MAIN]]);
  });

  it('loadedSources lists the program, then each file it required; a loadedSource event tells each new one', async () => {
    const told = dc.waitForEvent('loadedSource') as Promise<DebugProtocol.LoadedSourceEvent>;
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: true });
    const before = await dc.customRequest('loadedSources') as DebugProtocol.LoadedSourcesResponse;
    assert.deepEqual(before.body.sources.map((s) => [s.name, s.path]), [['main.js', MAIN]]);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const event = await told;
    assert.deepEqual([event.body.reason, event.body.source.path], ['new', MATH]);
    const after = await dc.customRequest('loadedSources') as DebugProtocol.LoadedSourcesResponse;
    assert.deepEqual(after.body.sources.map((s) => s.path), [MAIN, MATH]);
  });

  it('a timer set in a required file is placed in that file in eventLoopState (the Event Loop view links there)', async () => {
    await launch(dc, 'requireTimers/main.js', { stopOnEntry: false });
    const loop = (await dc.customRequest('eventLoopState')).body as { webApis: { name: string; line: number; file?: string }[] };
    assert.deepEqual(loop.webApis.map((t) => [t.name, t.line, t.file]), [['tick', 1, program('requireTimers/later.js')]]);
  });

  it('a breakpoint in the required file waits for it to load, is verified then, and stops there', async () => {
    let asked: DebugProtocol.SetBreakpointsResponse | undefined;
    const changed = dc.waitForEvent('breakpoint') as Promise<DebugProtocol.BreakpointEvent>;
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: true }, async () => {
      asked = await dc.setBreakpointsRequest({ source: { path: MATH }, breakpoints: [{ line: 2 }] });
    });
    assert.equal(asked?.body.breakpoints[0].verified, false);
    assert.match(asked?.body.breakpoints[0].message ?? '', /^Not loaded yet: this breakpoint is placed when the program requires this file/);
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const event = await changed;
    assert.deepEqual([event.body.reason, event.body.breakpoint.id, event.body.breakpoint.verified, event.body.breakpoint.line, event.body.breakpoint.source?.path], ['changed', asked?.body.breakpoints[0].id, true, 2, MATH]);
    assert.equal(stop.body.reason, 'breakpoint');
    const [top] = await frames(dc);
    assert.deepEqual([top.source?.path, top.line], [MATH, 2]);
  });

  it('a function breakpoint on a function of the required file is verified when it loads and stops at its creation phase', async () => {
    let asked: DebugProtocol.SetFunctionBreakpointsResponse | undefined;
    const changed = dc.waitForEvent('breakpoint') as Promise<DebugProtocol.BreakpointEvent>;
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: true }, async () => {
      asked = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'add' }] });
    });
    assert.equal(asked?.body.breakpoints[0].verified, false);
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const event = await changed;
    assert.deepEqual([event.body.breakpoint.id, event.body.breakpoint.verified, event.body.breakpoint.source?.path], [asked?.body.breakpoints[0].id, true, MATH]);
    assert.equal(stop.body.reason, 'function breakpoint');
    const [top] = await frames(dc);
    assert.deepEqual([top.name, top.source?.path, top.line], ['add', MATH, 3]);
  });

  it('set while the file is loaded, it is verified at once; Reverse Continue goes back to its hit', async () => {
    await launch(dc, 'requireFiles/main.js', { stopOnEntry: false });
    // Paused at the debugger in add(): the file's top-level code ran already.
    const r = await dc.setBreakpointsRequest({ source: { path: MATH }, breakpoints: [{ line: 2 }] });
    assert.deepEqual([r.body.breakpoints[0].verified, r.body.breakpoints[0].line], [true, 2]);
    const back = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(back.body.reason, 'breakpoint');
    const [top] = await frames(dc);
    assert.deepEqual([top.source?.path, top.line], [MATH, 2]);
  });
});
