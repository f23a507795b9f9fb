// Prints a function's bytecode with source positions: for tests, and for users who
// want to see what the engine runs. Kept apart from the VM (clox does the same).
import type { FunctionCode } from './code';
import { constantAt, isConstantKind, type ConstantKind, type ConstantOf } from './constants';
import { allCode, instructions } from './walk';

/** How each kind of constant prints (-1 for an absent text prints as the number). */
const DESCRIBE: { [K in ConstantKind]: (c: ConstantOf[K]) => string } = {
  value: (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)),
  name: (s) => JSON.stringify(s),
  text: (s) => JSON.stringify(s),
  prefix: (s) => JSON.stringify(s),
  scope: (s) => `<scope ${s.kind}>`,
  function: (f) => `<function ${f.name || '(anonymous)'}>`,
  class: (c) => `<class ${c.ctor.name || '(anonymous)'}>`,
  jumpRecord: (r) => `<jump ${r.target}>`,
  template: (t) => `<template ${JSON.stringify(t.raw)}>`,
  regexp: (r) => `/${r.pattern}/${r.flags}`,
  privateName: (p) => p.name,
  destructure: (d) => `<destructure ${d.firstKey ?? ''}>`,
  keys: (k) => JSON.stringify(k),
  evalNames: (e) => `<eval ${[...e.functions, ...e.vars].join(' ')}>`,
};

function describe<K extends ConstantKind>(code: FunctionCode, kind: K, index: number): string {
  return DESCRIBE[kind](constantAt(code.consts, index, kind));
}

/** One line per instruction: offset, line:col, name, operands (constants shown); then nested functions. Lazily compiled ones are compiled for it. */
export function disassemble(code: FunctionCode, nested = true): string {
  const parts: string[] = [];
  for (const c of nested ? allCode(code, true) : [code.ensureCompiled()]) parts.push(disassembleOne(c));
  return parts.join('\n\n');
}

function disassembleOne(code: FunctionCode): string {
  const lines = [`== ${code.name || '(anonymous)'} (${code.kind}) ==`];
  for (const { pc, spec, operands } of instructions(code)) {
    const r = code.rangeOf[pc] >= 0 ? code.ranges[code.rangeOf[pc]] : undefined;
    const where = r ? `${r.line}:${r.column}` : '-';
    const shown = operands.map((x, i) => {
      const kind = spec.operands[i];
      return isConstantKind(kind) && x >= 0 ? describe(code, kind, x) : String(x);
    });
    lines.push(`${String(pc).padStart(5)}  ${where.padEnd(8)} ${spec.name}${shown.length ? ' ' + shown.join(' ') : ''}`);
  }
  return lines.join('\n');
}
