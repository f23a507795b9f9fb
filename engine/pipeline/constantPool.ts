// How the Bytecode view shows one constant of a pool: in full, where an instruction's
// operand (disassemble.ts) shows only enough to recognise it.
import { ScopeInfo } from '../env/scope';
import { constantAt, type ConstantKind, type ConstantOf, type ConstantPool } from '../bytecode/constants';

/** Names past this many are counted, not listed. */
const MAX_NAMES = 12;

const SHOW: { [K in ConstantKind]: (c: ConstantOf[K]) => string } = {
  value: showValue,
  name: (s) => JSON.stringify(s),
  text: (s) => JSON.stringify(s),
  prefix: (s) => JSON.stringify(s),
  scope: (s) => `${s.kind} scope ${nameList(s.names.filter((n) => !ScopeInfo.isHidden(n)))}`,
  function: (f) => `function ${f.name || '(anonymous)'} at ${f.range.line}:${f.range.column}`,
  class: (c) => `class ${c.ctor.name || '(anonymous)'} at ${c.ctor.range.line}:${c.ctor.range.column}${c.fieldInit ? ' with field initializers' : ''}`,
  jumpRecord: (r) => `jump to ${r.target}`,
  template: (t) => `template ${JSON.stringify(t.raw)}`,
  regexp: (r) => `/${r.pattern}/${r.flags}`,
  privateName: (p) => `${p.name}${p.methodOf ? ` (method of ${p.methodOf})` : ''}`,
  destructure: (d) => `destructure${d.firstKey !== null ? ` first key ${JSON.stringify(d.firstKey)}` : ''}`,
  keys: (k) => `keys ${nameList(k)}`,
  evalNames: (e) => `eval declares ${nameList([...e.functions, ...e.vars])}`,
};

export function describeConstant(pool: ConstantPool, index: number, kind: ConstantKind | undefined): string {
  if (kind === undefined) return showUnread(pool[index]);
  return show(pool, index, kind);
}

function show<K extends ConstantKind>(pool: ConstantPool, index: number, kind: K): string {
  return SHOW[kind](constantAt(pool, index, kind));
}

function showValue(v: ConstantOf['value']): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  return Object.is(v, -0) ? '-0' : String(v);
}

/** A constant no instruction reads: only a plain value can be shown without its kind. */
function showUnread(c: ConstantPool[number]): string {
  return typeof c === 'string' || typeof c === 'number' || typeof c === 'bigint' ? showValue(c) : '(unread)';
}

function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).join(', ');
  return `{${shown}${names.length > MAX_NAMES ? `, … ${names.length - MAX_NAMES} more` : ''}}`;
}
