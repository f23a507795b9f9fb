// The opcode table and the disassembler: every opcode number matches its table entry,
// and a compiled function prints with its source positions, constants and nested functions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Op, OP_NAMES, OP_OPERANDS, OP_SPECS } from '../../engine/bytecode/opcodes';
import { compileProgram } from '../../engine/compile/program';
import { disassemble } from '../../engine';
import { OP_ENUM_FILE, opEnumSource } from '../../scripts/genOpcodes';

describe('bytecode', () => {
  it('Op numbers name their own table rows', () => {
    const spot: [number, string][] = [[Op.Const, 'Const'], [Op.Add, 'Add'], [Op.Call, 'Call'], [Op.Await, 'Await'], [Op.Debugger, 'Debugger'], [Op.AsyncIterClose, 'AsyncIterClose'], [Op.DirectEval, 'DirectEval']];
    for (const [n, name] of spot) assert.equal(OP_NAMES[n], name);
    assert.equal(OP_NAMES.length, OP_OPERANDS.length);
    // The const enum is generated from the table: `npm run gen:opcodes` after changing rows.
    assert.equal(readFileSync(OP_ENUM_FILE, 'utf8'), opEnumSource(), 'engine/bytecode/op.ts is stale: run npm run gen:opcodes');
  });

  it('gives each row what its flow needs', () => {
    assert.equal(new Set(OP_NAMES).size, OP_NAMES.length);
    for (const { name, operands, flow, pops, pushes } of OP_SPECS) {
      assert.ok(pops >= 0 && pushes >= 0, name);
      const jumps = operands.filter((k) => k === 'jump').length;
      const expected = flow === 'jump' || typeof flow === 'object' ? 1 : 0;
      assert.equal(jumps, expected, `${name}: ${jumps} jump operands`);
      if (flow === 'unwind') assert.deepEqual(operands, ['jumpRecord'], name);
    }
  });

  const rows: { src: string; has: RegExp[] }[] = [
    // The program is the body of Node's module wrapper: its own arguments first, then the creation step.
    { src: 'var a = 1;', has: [/== \(anonymous\) \(module\) ==/, /MakeArguments/, /1:9 +Const 1/, /Step 2/] },
    { src: 'function f(x) { return x + 1; }', has: [/== f \(normal\) ==/, /1:24 +Add/, /Closure <function f>/] },
    { src: 'let s = `${1}`;', has: [/ToString/, /InitLocal 0 \d+/] },
    { src: '{ let s = `${1}`; }', has: [/ToString/, /PushEnv <scope block>/] },
    { src: 'for (const v of [1]) {}', has: [/GetIterator "\[1\]"/, /IterNext \d+/, /EndFinally/] },
    // Every constant operand prints as its constant, whatever its position.
    { src: 'f(1); o.m();', has: [/Call 1 "f"/, /GetNamed "m"/, /Call 0 "o.m"/] },
    { src: 'class A { #x = 1; static s = /a/g; }', has: [/CreateClass <class A> 0/, /NewPrivateName #x/, /RegExp \/a\/g/, /== A \(classConstructor\) ==/] },
  ];
  for (const row of rows) {
    it(`disassembles ${row.src}`, () => {
      const text = disassemble(compileProgram(row.src, 't.js'));
      for (const re of row.has) assert.match(text, re);
    });
  }
});
