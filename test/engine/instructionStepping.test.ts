// Stepping by bytecode instruction: in stops after every instruction (inside a call at its
// first), over runs a call to its end, out runs to the caller; each stop names the
// instruction the top frame runs next, and the frame's place is that instruction's; an
// exception stop shows the instruction that threw.
import assert from 'node:assert/strict';
import { createAgent, type EngineDebugger } from '../../engine';
import { instructionText } from '../../engine/bytecode/disassemble';

/** Line 2 is inside square, line 7 calls it in a loop. */
const program = `function square(x) {
  const y = x * x;
  return y;
}
let total = 0;
for (let i = 1; i <= 3; i++) {
  total += square(i);
}
console.log(total);
`;

type Move = 'in' | 'over' | 'out';

/** The top frame as 'name line:column Instruction', from the frame's instruction pointer. */
function where(dbg: EngineDebugger): string {
  const top = dbg.frames()[0];
  const { code, pc } = top.instruction!;
  const [at] = dbg.disassembly(code, pc, pc + 1)!.instructions;
  assert.deepEqual([at.line, at.column], [top.line, top.column], 'the frame is at its instruction\'s place');
  return `${top.name} ${top.line}:${top.column} ${instructionText(at)}`;
}

/** Runs to the breakpoint on `line`, then makes each move by instruction; the stops seen. */
function stepping(line: number, moves: Move[]): string[] {
  const run = createAgent(program, { fileName: 't.js' });
  const dbg = run.attachDebugger(false);
  dbg.setBreakpoints([{ line }]);
  const toStop = (): void => { for (let guard = 0; run.step() !== 'paused'; guard++) assert.ok(guard < 1000, 'no stop'); };
  toStop();
  return moves.map((move) => {
    if (move === 'in') dbg.stepIn('instruction');
    else if (move === 'over') dbg.stepOver('instruction');
    else dbg.stepOut('instruction');
    toStop();
    assert.equal(dbg.stop()!.kind, 'step');
    return where(dbg);
  });
}

/** From the breakpoint on line 7 (at `GetLocal total`) to the call of square. */
const TO_CALL = ['(global) 7:12 Step expression', '(global) 7:12 GetLocal square (depth 1)', '(global) 7:12 Undefined', '(global) 7:19 GetLocal i', '(global) 7:12 Call 1 arg square'];

const rows: { name: string; line: number; moves: Move[]; stops: string[] }[] = [
  {
    name: 'over goes one instruction at a time through a statement',
    line: 2, moves: ['over', 'over', 'over', 'over'],
    stops: ['square 2:17 GetLocal x', 'square 2:13 Mul', 'square 2:9 InitLocal y', 'square 3:3 Step statement'],
  },
  {
    name: 'in enters a call at the callee\'s first instruction; out returns to the instruction after the call',
    line: 7, moves: ['in', 'in', 'in', 'in', 'in', 'in', 'out'],
    stops: [...TO_CALL, 'square 1:1 Step creation', '(global) 7:3 Add'],
  },
  {
    name: 'over runs a call to its end',
    line: 7, moves: ['over', 'over', 'over', 'over', 'over', 'over'],
    stops: [...TO_CALL, '(global) 7:3 Add'],
  },
  {
    name: 'out of the function lands in its caller right after the call',
    line: 3, moves: ['out', 'over'],
    stops: ['(global) 7:3 Add', '(global) 7:3 SetLocal total (depth 1)'],
  },
];

describe('engine debugger: stepping by instruction', () => {
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(stepping(row.line, row.moves), row.stops));
  }

  it('shows an exception stop at the instruction that threw, and each caller at its call', () => {
    const run = createAgent('function boom() {\n  throw new Error("x");\n}\ntry { boom(); } catch {}\n', { fileName: 't.js' });
    const dbg = run.attachDebugger(false);
    dbg.exceptionMode = 'all';
    for (let guard = 0; run.step() !== 'paused'; guard++) assert.ok(guard < 1000, 'no stop');
    assert.equal(dbg.stop()!.kind, 'exception');
    const shown = dbg.frames().map((f) => {
      const { code, pc } = f.instruction!;
      return `${f.name} ${instructionText(dbg.disassembly(code, pc, pc + 1)!.instructions[0])}`;
    });
    assert.deepEqual(shown, ['boom Throw', '(global) Call 0 args boom']);
  });
});
