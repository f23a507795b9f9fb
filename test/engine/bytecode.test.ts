// The opcode table and the disassembler: every opcode number matches its table entry,
// and a compiled function prints with its source positions and nested functions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Op, OP_NAMES, OP_OPERANDS } from '../../engine/bytecode/opcodes';
import { compileProgram } from '../../engine/compile/program';
import { disassemble } from '../../engine';

describe('bytecode', () => {
  it('Op numbers name their own table rows', () => {
    const spot: [number, string][] = [[Op.Const, 'Const'], [Op.Add, 'Add'], [Op.Call, 'Call'], [Op.Await, 'Await'], [Op.Debugger, 'Debugger'], [Op.AsyncIterClose, 'AsyncIterClose'], [Op.DirectEval, 'DirectEval']];
    for (const [n, name] of spot) assert.equal(OP_NAMES[n], name);
    assert.equal(OP_NAMES.length, OP_OPERANDS.length);
    // The const enum is written out by hand: its members must list the table in order.
    const source = readFileSync(join(__dirname, '../../engine/bytecode/opcodes.ts'), 'utf8');
    const members = /export const enum Op \{([^}]*)\}/.exec(source)![1].split(',').map((m) => m.trim()).filter(Boolean);
    assert.deepEqual(members, [...OP_NAMES]);
  });

  const rows: { src: string; has: RegExp[] }[] = [
    // The program is the body of Node's module wrapper: its own arguments first, then the creation step.
    { src: 'var a = 1;', has: [/== \(anonymous\) \(module\) ==/, /MakeArguments/, /1:9 +Const 1/, /Step 2/] },
    { src: 'function f(x) { return x + 1; }', has: [/== f \(normal\) ==/, /1:24 +Add/, /Closure <function f>/] },
    { src: 'let s = `${1}`;', has: [/ToString/, /InitLocal 0 \d+/] },
    { src: '{ let s = `${1}`; }', has: [/ToString/, /PushEnv <scope block>/] },
    { src: 'for (const v of [1]) {}', has: [/GetIterator "\[1\]"/, /IterNext \d+/, /EndFinally/] },
  ];
  for (const row of rows) {
    it(`disassembles ${row.src}`, () => {
      const text = disassemble(compileProgram(row.src, 't.js'));
      for (const re of row.has) assert.match(text, re);
    });
  }
});
