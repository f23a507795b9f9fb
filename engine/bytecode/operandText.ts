// An instruction's operands as a learner reads them: binding names instead of slot numbers,
// constants shown, argument counts spelled out, jump targets as addresses. Reads the opcode
// table and the constant pool; knows nothing of the VM or the debugger.
import type { FunctionCode } from './code';
import { constantAt, isConstantKind, type ConstantKind, type ConstantOf } from './constants';
import type { OperandKind } from './opcodes';
import type { Instruction } from './walk';
import type { ScopeInfo } from '../env/scope';
import { NEW_TARGET_NAME, THIS_NAME } from '../env/specialSlots';

const IDENTIFIER = /^[A-Za-z_$#][\w$]*$/;
const PRIVATE_KINDS = ['field', 'method', 'getter', 'setter'];
const STEP_KINDS = ['statement', 'expression', 'creation'];

/** A name as code writes it: bare when it is an identifier, quoted otherwise (`"a b"`). */
function nameText(s: string): string {
  return IDENTIFIER.test(s) ? s : JSON.stringify(s);
}

function functionText(f: FunctionCode): string {
  return f.name || `(anonymous ${f.range.line}:${f.range.column})`;
}

/** How each kind of constant prints. */
const CONSTANT_TEXT: { [K in ConstantKind]: (c: ConstantOf[K]) => string } = {
  value: (v) => (typeof v === 'string' ? JSON.stringify(v) : typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : String(v)),
  name: nameText,
  text: (s) => s,
  prefix: (s) => JSON.stringify(s),
  scope: (s) => `${s.kind} {${s.names.filter((n) => n.charCodeAt(0) !== 37).join(', ')}}`,
  function: functionText,
  class: (c) => c.ctor.name || '(anonymous class)',
  jumpRecord: (r) => `-> ${r.target}`,
  template: (t) => `\`${t.raw.join('${}')}\``,
  regexp: (r) => `/${r.pattern}/${r.flags}`,
  privateName: (p) => p.name,
  destructure: (d) => `{${d.firstKey ?? ''}}`,
  keys: (k) => `{${k.join(', ')}}`,
  evalNames: (e) => `{${[...e.functions, ...e.vars].join(', ')}}`,
};

function constantText<K extends ConstantKind>(code: FunctionCode, kind: K, index: number): string {
  return CONSTANT_TEXT[kind](constantAt(code.consts, index, kind));
}

/** The binding `depth` environments out, `slot` in: its name, with how far out it lives. */
export function bindingText(chain: readonly ScopeInfo[], depth: number, slot: number): string {
  const name = chain[depth]?.names[slot];
  if (name === undefined) return `slot ${slot} (depth ${depth})`;
  const shown = name === THIS_NAME ? 'this' : name === NEW_TARGET_NAME ? 'new.target' : name;
  return depth === 0 ? shown : `${shown} (depth ${depth})`;
}

/** One plain-number operand; '' when it says nothing (an absent handler). */
function numberText(kind: OperandKind, x: number, code: FunctionCode, target: (pc: number) => string): string {
  switch (kind) {
    case 'jump': return `-> ${target(x)}`;
    case 'catch': return x < 0 ? '' : `catch -> ${target(x)}`;
    case 'finally': return x < 0 ? '' : `finally -> ${target(x)}`;
    case 'argc': return x === 1 ? '1 arg' : `${x} args`;
    case 'arg': return code.paramNames[x] !== undefined && IDENTIFIER.test(code.paramNames[x]) ? code.paramNames[x] : String(x);
    case 'flag': return x ? 'true' : 'false';
    case 'privateKind': return PRIVATE_KINDS[x] ?? String(x);
    case 'stepKind': return STEP_KINDS[x] ?? String(x);
    default: return String(x);
  }
}

/**
 * The operands of `ins` in `code`, where `chain` holds the environments in force there
 * (innermost first) and `target` prints a jump target.
 */
export function operandsText(code: FunctionCode, ins: Instruction, chain: readonly ScopeInfo[], target: (pc: number) => string): string {
  const { spec, operands } = ins;
  const parts: string[] = [];
  for (let i = 0; i < operands.length; i++) {
    const kind = spec.operands[i];
    const x = operands[i];
    if (kind === 'depth' && spec.operands[i + 1] === 'slot') {
      parts.push(bindingText(chain, x, operands[++i]));
    } else if (kind === 'jumpRecord') {
      parts.push(`-> ${target(constantAt(code.consts, x, kind).target)}`);
    } else if (isConstantKind(kind)) {
      // -1 stands for an absent constant (a call without callee text).
      if (x >= 0) parts.push(constantText(code, kind, x));
    } else {
      const text = numberText(kind, x, code, target);
      if (text) parts.push(text);
    }
  }
  return parts.join(' ');
}
