// Binding and assignment targets: identifiers, members, and destructuring patterns
// (with defaults and rest). Assignment and update operators are in assignments.ts.
import { Op } from '../bytecode/opcodes';
import type { ArrayPattern, AssignmentPattern, MemberExpression, ObjectPattern, Pattern } from '../parse/ast';
import { FnContext } from './context';
import { compileExpression, compileNamed, compilePrivateName } from './expressions';
import { keyName, memberName, memberObject } from './nodeParts';

export type BindMode = 'init' | 'assign';

/**
 * Stores the value on top of the stack into `target` and pops it. `valueText` is the
 * source of the value, for V8's "Cannot destructure 'x' as it is undefined." (null when
 * there is none, as for parameters; undefined inside a pattern, where V8 reports a read).
 */
export function bindPattern(c: FnContext, target: Pattern, mode: BindMode, valueText?: string | null): void {
  switch (target.type) {
    case 'Identifier': return storeName(c, target.name, mode, true);
    case 'MemberExpression': return storeMember(c, target);
    case 'AssignmentPattern': {
      applyDefault(c, target);
      return bindPattern(c, target.left, mode, valueText === undefined ? undefined : null);
    }
    case 'ObjectPattern': return bindObjectPattern(c, target, mode, valueText);
    case 'ArrayPattern': return bindArrayPattern(c, target, mode, valueText);
    default: c.unsupported(target, `the ${target.type} as a binding target`);
  }
}

/** Replaces an undefined value on the stack by the default `target.right`. */
function applyDefault(c: FnContext, target: AssignmentPattern): void {
  c.em.emit(Op.Dup);
  c.em.emit(Op.Undefined);
  c.em.emit(Op.StrictNe);
  const have = c.em.jump(Op.JumpIfTrue);
  c.em.emit(Op.Pop);
  compileNamed(c, target.right, target.left.type === 'Identifier' ? target.left.name : '');
  c.em.patch(have);
}

/** The member expression an assignment pattern element stores into, if it is one (not super). */
function memberTarget(e: Pattern, mode: BindMode): MemberExpression | null {
  const t = e.type === 'AssignmentPattern' ? e.left : e;
  return mode === 'assign' && t.type === 'MemberExpression' && t.object.type !== 'Super' ? t : null;
}

/**
 * https://tc39.es/ecma262/#sec-runtime-semantics-iteratordestructuringassignmentevaluation:
 * a member target's object and key are evaluated before the value is read. The stack
 * holds `holder` (the iterator or source object) on top; `read` pushes the value above it.
 */
function storeMemberFirst(c: FnContext, e: Pattern, member: MemberExpression, read: () => void, holderSize: 1 | 2 = 1): void {
  const keyed = member.computed || member.property.type === 'PrivateIdentifier';
  compileExpression(c, memberObject(member));
  if (member.property.type === 'PrivateIdentifier') compilePrivateName(c, member.property);
  else if (member.computed) { compileExpression(c, member.property); c.em.emit(Op.ToPropertyKey); }
  // holder obj [key] -> obj [key] holder (a holder of two: the source and its computed key)
  if (holderSize === 2) { const rot = keyed ? Op.Rot4 : Op.Rot3; c.em.emit(rot); if (keyed) c.em.emit(rot); }
  else if (keyed) { c.em.emit(Op.Rot3); c.em.emit(Op.Rot3); } else c.em.emit(Op.Swap);
  read();
  if (e.type === 'AssignmentPattern') applyDefault(c, e);
  // obj [key] holder v -> holder obj [key] v
  c.em.emit(Op.Swap);
  c.em.emit(keyed ? Op.Rot4 : Op.Rot3);
  if (member.property.type === 'PrivateIdentifier') c.em.emit(Op.SetPrivate);
  else if (member.computed) c.em.emit(Op.SetKeyed);
  else c.em.emit(Op.SetNamed, c.em.constant(memberName(member)));
  c.em.emit(Op.Pop);
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

/** How a member target's key was pushed (see pushMemberTarget). */
export type MemberKey = { kind: 'private' | 'keyed' } | { kind: 'named'; name: number };

/**
 * Pushes a member target's object, then its key: a private name, or a computed key already
 * converted to a property key. A named key is not pushed: its constant goes in the operand.
 */
export function pushMemberTarget(c: FnContext, target: MemberExpression): MemberKey {
  compileExpression(c, memberObject(target));
  if (target.property.type === 'PrivateIdentifier') {
    compilePrivateName(c, target.property);
    return { kind: 'private' };
  }
  if (!target.computed) return { kind: 'named', name: c.em.constant(memberName(target)) };
  compileExpression(c, target.property);
  c.em.emit(Op.ToPropertyKey);
  return { kind: 'keyed' };
}

function storeMember(c: FnContext, target: MemberExpression): void {
  if (target.object.type === 'Super') c.unsupported(target.object, 'the Super');
  const key = pushMemberTarget(c, target);
  if (key.kind === 'named') {
    c.em.emit(Op.Swap);
    c.em.emit(Op.SetNamed, key.name);
  } else {
    c.em.emit(Op.Rot3);
    c.em.emit(Op.Rot3);
    c.em.emit(key.kind === 'private' ? Op.SetPrivate : Op.SetKeyed);
  }
  c.em.emit(Op.Pop);
}

function bindObjectPattern(c: FnContext, target: ObjectPattern, mode: BindMode, valueText: string | null | undefined): void {
  const first = target.properties.find((p) => p.type === 'Property');
  const firstKey = first && !first.computed ? keyName(first.key) : null;
  // V8 reports a plain read of the first property (not "Cannot destructure") when the pattern
  // is nested, or when that property has a default (`{ length = 0 }`: its load is not the pattern's).
  const plainRead = valueText === undefined || first?.value.type === 'AssignmentPattern';
  c.em.emit(Op.CheckDestructure, c.em.constant({ firstKey, valueText, nested: plainRead }));
  const seen: string[] = [];
  // computed keys are known only at run time: a rest after them excludes a noted list
  const noteKeys = target.properties.some((p) => p.type === 'RestElement')
    && target.properties.some((p) => p.type === 'Property' && p.computed);
  if (noteKeys) { c.em.emit(Op.NewArray); c.em.emit(Op.Swap); }
  for (const p of target.properties) {
    const prev = c.em.at(p);
    if (p.type === 'RestElement') {
      if (noteKeys) {
        c.em.emit(Op.Swap);
        c.em.emit(Op.CopyRestKeys, c.em.constant(seen.slice()));
      } else {
        c.em.emit(Op.Dup);
        c.em.emit(Op.CopyRest, c.em.constant(seen.slice()));
      }
      bindPattern(c, p.argument, mode);
      c.em.restore(prev);
      continue;
    }
    const member = memberTarget(p.value, mode);
    if (member && p.computed) {
      compileExpression(c, p.key);
      c.em.emit(Op.ToPropertyKey);
      if (noteKeys) c.em.emit(Op.NoteKey, 2);
      // src key -> src value, read after the target's reference
      storeMemberFirst(c, p.value, member, () => { c.em.emit(Op.Dup2); c.em.emit(Op.GetKeyed); c.em.emit(Op.Swap); c.em.emit(Op.Pop); }, 2);
      c.em.restore(prev);
      continue;
    }
    if (member) {
      const k = keyName(p.key);
      seen.push(k);
      storeMemberFirst(c, p.value, member, () => { c.em.emit(Op.Dup); c.em.emit(Op.GetNamed, c.em.constant(k)); });
      c.em.restore(prev);
      continue;
    }
    c.em.emit(Op.Dup);
    if (p.computed) {
      compileExpression(c, p.key);
      c.em.emit(Op.ToPropertyKey);
      if (noteKeys) c.em.emit(Op.NoteKey, 3);
      c.em.emit(Op.GetKeyed);
    } else {
      const k = keyName(p.key);
      seen.push(k);
      c.em.emit(Op.GetNamed, c.em.constant(k));
    }
    bindPattern(c, p.value, mode);
    c.em.restore(prev);
  }
  c.em.emit(Op.Pop);
}

/**
 * https://tc39.es/ecma262/#sec-runtime-semantics-iteratorbindinginitialization: the
 * elements sit in a synthesized try/finally, so a throw (or a generator's return at a
 * yield) inside the pattern closes the iterator, as the normal end does.
 */
function bindArrayPattern(c: FnContext, target: ArrayPattern, mode: BindMode, valueText: string | null | undefined): void {
  c.em.emit(Op.GetIterator, valueText ? c.em.constant(valueText) : -1);
  const finallyPush = c.em.emit(Op.TryPush, -1, -1);
  c.handlerDepth++;
  for (const e of target.elements) {
    if (e === null) { c.em.emit(Op.IterValue); c.em.emit(Op.Pop); continue; }
    const prev = c.em.at(e);
    const member = memberTarget(e.type === 'RestElement' ? e.argument : e, mode);
    if (member) {
      storeMemberFirst(c, e.type === 'RestElement' ? e.argument : e, member, () => c.em.emit(e.type === 'RestElement' ? Op.IterRest : Op.IterValue));
    } else if (e.type === 'RestElement') {
      c.em.emit(Op.IterRest);
      bindPattern(c, e.argument, mode);
    } else {
      c.em.emit(Op.IterValue);
      bindPattern(c, e, mode);
    }
    c.em.restore(prev);
  }
  c.em.emit(Op.TryPop);
  c.handlerDepth--;
  c.em.emit(Op.Undefined);
  c.em.emitConst(0);
  c.em.patch(finallyPush + 2);
  c.em.emit(Op.IterClose);
  c.em.emit(Op.EndFinally);
  c.em.emit(Op.Pop);
}
