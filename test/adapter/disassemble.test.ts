// The Disassembly view's requests: frames carry an instructionPointerReference, disassemble
// answers exactly the window asked for (padding past the function's ends) with source
// lines, and stepping with instruction granularity moves one bytecode instruction.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { frames, launch, program, resumeTo, startClient, topFrame, type Client } from './support';

type Instruction = DebugProtocol.DisassembledInstruction;

describe('adapter: disassembly and instruction stepping', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  /** Launches hoisting.js and runs to line `line` (5: inside multiply, 8: the call). */
  async function stopAt(line: number): Promise<void> {
    await launch(dc, 'hoisting.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: program('hoisting.js') }, breakpoints: [{ line }] }));
  }

  async function around(memoryReference: string, instructionOffset: number, instructionCount: number): Promise<Instruction[]> {
    return (await dc.disassembleRequest({ memoryReference, instructionOffset, instructionCount })).body!.instructions;
  }

  async function ip(): Promise<string> {
    return (await topFrame(dc)).instructionPointerReference!;
  }

  const step = (kind: 'next' | 'stepIn' | 'stepOut') => resumeTo(dc, () => dc[`${kind}Request`]({ threadId: 1, granularity: 'instruction' }));

  it('says it can disassemble and step by granularity', async () => {
    const r = await dc.initializeRequest({ adapterID: 'glassbox' });
    assert.equal(r.body?.supportsDisassembleRequest, true);
    assert.equal(r.body?.supportsSteppingGranularity, true);
  });

  it('gives every frame an instruction pointer: the next instruction on top, the call in progress below', async () => {
    await stopAt(5);
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['multiply', '(global)']);
    for (const f of stack) assert.match(f.instructionPointerReference ?? '', /^0x[0-9a-f]+$/, f.name);
    assert.equal((await around(stack[0].instructionPointerReference!, 0, 1))[0].instruction, 'GetLocal e');
    assert.equal((await around(stack[1].instructionPointerReference!, 0, 1))[0].instruction, 'Call 2 args multiply');
  });

  it('answers exactly the window asked for, padded past both ends, with the source lines', async () => {
    await stopAt(5);
    const here = await ip();
    const list = await around(here, -5, 20);
    assert.equal(list.length, 20);
    // Instructions before the first are padding: multiply starts with its creation step.
    assert.deepEqual(list.slice(0, 3).map((i) => i.presentationHint), ['invalid', 'invalid', 'invalid']);
    const real = list.filter((i) => i.presentationHint !== 'invalid');
    assert.deepEqual(real.map((i) => i.instruction), [
      'Step creation', 'Step statement', 'GetLocal e', 'GetLocal f', 'Mul', 'InitLocal product',
      'Step statement', 'GetLocal product', 'Return', 'Undefined', 'Return',
    ]);
    assert.equal(list[5].address, here, 'offset 0 is the instruction the reference names');
    assert.equal(list[3].symbol, 'multiply');
    assert.match(list[3].location?.path ?? '', /hoisting\.js$/);
    assert.deepEqual(real.slice(1, 6).map((i) => `${i.line}:${i.column}`), ['5:7', '5:17', '5:21', '5:17', '5:7']);
    assert.equal(real[7].line, 6);
    assert.equal(list[19].presentationHint, 'invalid');
    // Addresses grow from row to row: VS Code keeps its rows sorted by them.
    const addresses = list.map((i) => BigInt(i.address));
    for (let k = 1; k < addresses.length; k++) assert.ok(addresses[k] > addresses[k - 1], `${list[k - 1].address} then ${list[k].address}`);
  });

  it('refuses a reference it never gave out', async () => {
    await stopAt(5);
    await assert.rejects(dc.disassembleRequest({ memoryReference: '0x7fff00000000', instructionCount: 1 }), /names no function of this run/);
  });

  it('steps one instruction, the stack trace following the instruction pointer', async () => {
    await stopAt(5);
    const before = await ip();
    const [, ...next] = await around(before, 0, 4);
    for (const expected of next) {
      const stop = await step('next');
      assert.equal(stop.body.reason, 'step');
      const top = await topFrame(dc);
      assert.equal(top.instructionPointerReference, expected.address, `${expected.instruction} is next`);
      assert.deepEqual([top.line, top.column], [expected.line, expected.column], 'the frame is at the instruction\'s place');
    }
    assert.equal((await around(await ip(), 0, 1))[0].instruction, 'InitLocal product');
  });

  /** From line 8's first instruction to the call: the callee and its two arguments come first. */
  async function toCall(): Promise<string> {
    await stopAt(8);
    while ((await around(await ip(), 0, 1))[0].instruction !== 'Call 2 args multiply') await step('next');
    return ip();
  }

  it('steps over a call to the caller\'s next instruction', async () => {
    const call = await toCall();
    const afterCall = (await around(call, 1, 1))[0];
    await step('next');
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['(global)']);
    assert.equal(stack[0].instructionPointerReference, afterCall.address);
    assert.equal(afterCall.instruction, 'InitLocal result');
  });

  it('steps into a call at its first instruction, and out of it', async () => {
    const call = await toCall();
    const afterCall = (await around(call, 1, 1))[0];
    await step('stepIn');
    let stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['multiply', '(global)']);
    assert.equal((await around(stack[0].instructionPointerReference!, 0, 1))[0].instruction, 'Step creation');
    assert.equal(stack[1].instructionPointerReference, call);
    await step('next');
    await step('stepOut');
    stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['(global)']);
    assert.equal(stack[0].instructionPointerReference, afterCall.address);
  });
});
