// Binding and assignment targets: identifiers, members, and destructuring patterns
// (with defaults and rest). Assignment and update operators are in assignments.ts.
import { Op } from '../bytecode/opcodes';
import type { Node } from '../parse/parse';
import { FnContext } from './context';
import { compileExpression, compileNamed, compilePrivateName } from './expressions';

export type BindMode = 'init' | 'assign';

/**
 * Stores the value on top of the stack into `target` and pops it. `valueText` is the
 * source of the value, for V8's "Cannot destructure 'x' as it is undefined." (null when
 * there is none, as for parameters; undefined inside a pattern, where V8 reports a read).
 */
export function bindPattern(c: FnContext, target: Node, mode: BindMode, valueText?: string | null): void {
  switch (target.type) {
    case 'Identifier': return storeName(c, target.name, mode, true);
    case 'MemberExpression': return storeMember(c, target);
    case 'AssignmentPattern': {
      c.em.emit(Op.Dup);
      c.em.emit(Op.Undefined);
      c.em.emit(Op.StrictNe);
      const have = c.em.jump(Op.JumpIfTrue);
      c.em.emit(Op.Pop);
      compileNamed(c, target.right, target.left.type === 'Identifier' ? target.left.name : '');
      c.em.patch(have);
      return bindPattern(c, target.left, mode, valueText === undefined ? undefined : null);
    }
    case 'ObjectPattern': return bindObjectPattern(c, target, mode, valueText);
    case 'ArrayPattern': return bindArrayPattern(c, target, mode, valueText);
    default: c.unsupported(target, `the ${target.type} as a binding target`);
  }
}

/** Stores the value on the stack into a name; `pop` false leaves the value. */
export function storeName(c: FnContext, name: string, mode: BindMode, pop: boolean): void {
  const r = c.resolve(name);
  if (r.kind === 'local') {
    if (mode === 'init') {
      if (!pop) c.em.emit(Op.Dup);
      c.em.emit(Op.InitLocal, r.depth, r.slot);
      return;
    }
    c.em.emit(Op.SetLocal, r.depth, r.slot);
  } else if (r.kind === 'dynamic') {
    const k = c.em.constant(name);
    c.em.emit(Op.ResolveName, k);
    c.em.emit(Op.Swap);
    c.em.emit(Op.PutRef, k);
  } else c.em.emit(Op.SetGlobal, c.em.constant(name));
  if (pop) c.em.emit(Op.Pop);
}

function storeMember(c: FnContext, target: Node): void {
  compileExpression(c, target.object);
  if (target.property.type === 'PrivateIdentifier') {
    compilePrivateName(c, target.property);
    c.em.emit(Op.Rot3);
    c.em.emit(Op.Rot3);
    c.em.emit(Op.SetPrivate);
  } else if (target.computed) {
    compileExpression(c, target.property);
    c.em.emit(Op.ToPropertyKey);
    c.em.emit(Op.Rot3);
    c.em.emit(Op.Rot3);
    c.em.emit(Op.SetKeyed);
  } else {
    c.em.emit(Op.Swap);
    c.em.emit(Op.SetNamed, c.em.constant(target.property.name));
  }
  c.em.emit(Op.Pop);
}

function bindObjectPattern(c: FnContext, target: Node, mode: BindMode, valueText: string | null | undefined): void {
  const first = target.properties.find((p: Node) => p.type === 'Property');
  const firstKey = first && !first.computed ? (first.key.type === 'Identifier' ? first.key.name : String(first.key.value)) : null;
  // V8 reports a plain read of the first property (not "Cannot destructure") when the pattern
  // is nested, or when that property has a default (`{ length = 0 }`: its load is not the pattern's).
  const plainRead = valueText === undefined || first?.value.type === 'AssignmentPattern';
  c.em.emit(Op.CheckDestructure, c.em.constant({ firstKey, valueText, nested: plainRead }));
  const seen: string[] = [];
  for (const p of target.properties) {
    const prev = c.em.at(p);
    if (p.type === 'RestElement') {
      c.em.emit(Op.Dup);
      c.em.emit(Op.CopyRest, c.em.constant(seen.slice()));
      bindPattern(c, p.argument, mode);
      c.em.restore(prev);
      continue;
    }
    c.em.emit(Op.Dup);
    if (p.computed) {
      compileExpression(c, p.key);
      c.em.emit(Op.ToPropertyKey);
      c.em.emit(Op.GetKeyed);
    } else {
      const k = p.key.type === 'Identifier' ? p.key.name : String(p.key.value);
      seen.push(k);
      c.em.emit(Op.GetNamed, c.em.constant(k));
    }
    bindPattern(c, p.value, mode);
    c.em.restore(prev);
  }
  c.em.emit(Op.Pop);
}

function bindArrayPattern(c: FnContext, target: Node, mode: BindMode, valueText: string | null | undefined): void {
  c.em.emit(Op.GetIterator, valueText ? c.em.constant(valueText) : -1);
  for (const e of target.elements) {
    if (e === null) { c.em.emit(Op.IterValue); c.em.emit(Op.Pop); continue; }
    const prev = c.em.at(e);
    if (e.type === 'RestElement') {
      c.em.emit(Op.IterRest);
      bindPattern(c, e.argument, mode);
    } else {
      c.em.emit(Op.IterValue);
      bindPattern(c, e, mode);
    }
    c.em.restore(prev);
  }
  c.em.emit(Op.IterEnd);
}
