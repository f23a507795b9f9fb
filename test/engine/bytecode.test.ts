// The opcode table and the disassembler: every opcode number matches its table entry,
// and a compiled function prints with its source positions, constants and nested functions.
import assert from 'node:assert/strict';
import { Op, OP_NAMES, OP_OPERANDS, OP_SPECS } from '../../engine/bytecode/opcodes';
import { compileProgram } from '../../engine/compile/program';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disassemble } from '../../engine';
import { instructionRecords, instructionText } from '../../engine/bytecode/disassemble';
import { constFunction } from '../../engine/bytecode/constants';
import { Op as OpNumber } from '../../engine/bytecode/op';
import { GlassboxSyntaxError } from '../../engine/errors/internal';
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
    { src: 'var a = 1;', has: [/== \(anonymous\) \(module\) ==/, /MakeArguments/, /1:9 +Const 1/, /Step creation/] },
    { src: 'function f(x) { return x + 1; }', has: [/== f \(normal\) ==/, /1:24 +Add/, /Closure f/, /GetLocal x\n/] },
    { src: 'let s = `${1}`;', has: [/ToString/, /InitLocal s/] },
    { src: '{ let s = `${1}`; }', has: [/ToString/, /PushEnv block \{s\}/] },
    { src: 'for (const v of [1]) {}', has: [/GetIterator \[1\]/, /IterNext -> \d+/, /EndFinally/] },
    // Every constant operand prints as its constant, whatever its position.
    { src: 'f(1); o.m();', has: [/Call 1 arg f/, /GetNamed m/, /Call 0 args o\.m/] },
    { src: 'class A { #x = 1; static s = /a/g; }', has: [/CreateClass A false/, /NewPrivateName #x/, /RegExp \/a\/g/, /== A \(classConstructor\) ==/] },
    // A binding outside the function is named by the environment it was made in, with its distance.
    { src: 'function c() { let n = 0; return () => n * 2; }', has: [/GetLocal n \(depth 1\)\n/, /Mul/, /Const 0\n/] },
    { src: 'let g = 1; { let g = 2; g; } g;', has: [/PushEnv block \{g\}/, /GetLocal g\n[^]*PopEnv[^]*GetLocal g\n/] },
    { src: 'const k = "a b"; ({})[k]; ({ "a b": 1 })["a b"]; 10n;', has: [/Const "a b"/, /Const 10n/, /GetKeyed/] },
  ];
  for (const row of rows) {
    it(`disassembles ${row.src}`, () => {
      const text = disassemble(compileProgram(row.src, 't.js'));
      for (const re of row.has) assert.match(text, re);
    });
  }

  it('gives one record per instruction, with its words, source place and the annotate hook\'s note', () => {
    const program = compileProgram('function multiply(e, f) {\n  const g = e * f;\n  return g;\n}', 't.js');
    const closure = instructionRecords(program).find((r) => r.name === 'Closure')!;
    const code = constFunction(program.consts, closure.words[1]);
    const records = instructionRecords(code, { annotate: (c, pc) => (c.ops[pc] === OpNumber.Mul ? 'numbers' : undefined) });
    const shown = records.map((r) => `${r.pc} ${r.line}:${r.column} ${instructionText(r)}`);
    assert.deepEqual(shown.slice(0, 6), ['0 1:1 Step creation', '2 2:9 Step statement', '4 2:13 GetLocal e', '7 2:17 GetLocal f', '10 2:13 Mul  ; numbers', '11 2:9 InitLocal g']);
    assert.deepEqual(records[2].words, [OpNumber.GetLocal, 0, code.scope.indexOf('e')]);
    // The listing prints the same records.
    assert.match(disassemble(code, false, { annotate: () => 'mono' }), /10 {2}2:13 {5}Mul {2}; mono/);
  });

  it('names every binding of every fixture and example by its name', () => {
    const root = join(__dirname, '../..');
    for (const dir of ['test/fixtures', 'examples']) {
      for (const e of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
        if (!e.isFile() || !e.name.endsWith('.js')) continue;
        const file = join(e.parentPath, e.name);
        let code;
        try { code = compileProgram(readFileSync(file, 'utf8'), file); } catch (err) { if (err instanceof GlassboxSyntaxError) continue; throw err; }
        assert.doesNotMatch(disassemble(code), /slot \d+ \(depth/, file);
      }
    }
  });
});
