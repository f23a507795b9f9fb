// Assignment and update operators (=, op=, logical assignment, ++/--) on names, members,
// private names and super properties, each target evaluated once, in the spec's order.
import { Op } from '../bytecode/opcodes';
import type { AssignmentExpression, Expression, Identifier, MemberExpression, Pattern, UpdateExpression } from '../parse/ast';
import { FnContext } from './context';
import { binaryOp, compileExpression, compileNamed, compilePrivateName, getHidden } from './expressions';
import { bindPattern, pushMemberTarget, storeName } from './patterns';
import { computedKey, memberName } from './nodeParts';
import { FUNCTION_NAME, THIS_NAME } from '../env/specialSlots';

export function compileAssignment(c: FnContext, node: AssignmentExpression): void {
  const { left, operator } = node;
  if (operator === '=') {
    if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') {
      compileExpression(c, node.right);
      c.em.emit(Op.Dup);
      // V8 names the source of an object pattern's value, but only the type for an array pattern's.
      bindPattern(c, left, 'assign', left.type === 'ArrayPattern' ? null : c.sourceOf(node.right));
      return;
    }
    if (left.type === 'Identifier') {
      const ref = resolveRef(c, left.name);
      compileNamed(c, node.right, left.name);
      if (ref >= 0) c.em.emit(Op.PutRef, ref);
      else storeName(c, left.name, 'assign', false);
      return;
    }
    return compileMemberAssign(c, left, () => compileExpression(c, node.right));
  }
  const logical = operator === '&&=' || operator === '||=' || operator === '??=';
  if (logical) return compileLogicalAssign(c, node);
  const op = binaryOp(operator.slice(0, -1));
  if (left.type === 'Identifier') {
    const ref = readRef(c, left);
    compileExpression(c, node.right);
    c.em.emit(op);
    if (ref >= 0) c.em.emit(Op.PutRef, ref);
    else storeName(c, left.name, 'assign', false);
    return;
  }
  compileMemberUpdate(c, left, () => { compileExpression(c, node.right); c.em.emit(op); });
}

/**
 * A name looked up at run time is resolved before the value is computed (the spec's
 * reference), so `with` object changes in between do not move the assignment. Returns the
 * name's constant when it pushed the reference, else -1.
 */
function resolveRef(c: FnContext, name: string): number {
  if (c.resolve(name).kind !== 'dynamic') return -1;
  const k = c.em.constant(name);
  c.em.emit(Op.ResolveName, k);
  return k;
}

/** Pushes a name's value, above its reference when it is looked up at run time. */
function readRef(c: FnContext, id: Identifier): number {
  const k = resolveRef(c, id.name);
  if (k >= 0) c.em.emit(Op.GetRef, k);
  else compileExpression(c, id);
  return k;
}

function storeNameOrPop(c: FnContext, name: string, ref: number): void {
  if (ref >= 0) c.em.emit(Op.Pop);
  else storeName(c, name, 'assign', true);
}

/** obj.k = value / obj[k] = value / obj.#k = value, leaving the value. */
function compileMemberAssign(c: FnContext, left: Pattern, value: () => void): void {
  if (left.type !== 'MemberExpression') c.error(left, 'Invalid left-hand side in assignment');
  if (left.object.type === 'Super') {
    pushSuperReference(c, left);
    value();
    c.em.emit(Op.SetSuper);
    return;
  }
  compileExpression(c, left.object);
  if (left.property.type === 'PrivateIdentifier') {
    compilePrivateName(c, left.property);
    value();
    c.em.emit(Op.SetPrivate);
  } else if (left.computed) {
    // the key is converted by SetKeyed, after the right side (PutValue's order)
    compileExpression(c, left.property);
    value();
    c.em.emit(Op.SetKeyed);
  } else {
    value();
    c.em.emit(Op.SetNamed, c.em.constant(memberName(left)));
  }
}

/** fn this key: what GetSuper and SetSuper take, `this` read first as the spec does. */
function pushSuperReference(c: FnContext, member: MemberExpression): void {
  getHidden(c, FUNCTION_NAME);
  getHidden(c, THIS_NAME);
  pushKey(c, member);
}

function pushKey(c: FnContext, member: MemberExpression): void {
  if (member.computed) { compileExpression(c, computedKey(member.property)); c.em.emit(Op.ToPropertyKey); }
  else c.em.emitConst(memberName(member));
}

/**
 * Read-modify-write of a member: `update` turns the old value (on the stack) into the
 * new one. Leaves the new value.
 */
function compileMemberUpdate(c: FnContext, left: Pattern | Expression, update: () => void): void {
  if (left.type !== 'MemberExpression') c.error(left, 'Invalid left-hand side in assignment');
  if (left.object.type === 'Super') {
    pushSuperReference(c, left);
    c.em.emit(Op.Dup3);
    c.em.emit(Op.GetSuper);
    update();
    c.em.emit(Op.SetSuper);
    return;
  }
  const key = pushMemberTarget(c, left);
  if (key.kind === 'named') {
    c.em.emit(Op.Dup);
    c.em.emit(Op.GetNamed, key.name);
    update();
    c.em.emit(Op.SetNamed, key.name);
    return;
  }
  const isPrivate = key.kind === 'private';
  c.em.emit(Op.Dup2);
  c.em.emit(isPrivate ? Op.GetPrivate : Op.GetKeyed);
  update();
  c.em.emit(isPrivate ? Op.SetPrivate : Op.SetKeyed);
}

function compileLogicalAssign(c: FnContext, node: AssignmentExpression): void {
  const { left } = node;
  const jumpOp = node.operator === '&&=' ? Op.JumpIfFalseKeep : node.operator === '||=' ? Op.JumpIfTrueKeep : Op.JumpIfNotNullishKeep;
  if (left.type === 'Identifier') {
    const ref = readRef(c, left);
    const end = c.em.jump(jumpOp);
    compileNamed(c, node.right, left.name);
    if (ref >= 0) c.em.emit(Op.PutRef, ref);
    else storeName(c, left.name, 'assign', false);
    if (ref < 0) { c.em.patch(end); return; }
    // Short-circuited: drop the reference below the value.
    const done = c.em.jump(Op.Jump);
    c.em.patch(end);
    c.em.emit(Op.Swap);
    c.em.emit(Op.Pop);
    c.em.patch(done);
    return;
  }
  if (left.type !== 'MemberExpression') c.error(left, 'Invalid left-hand side in assignment');
  // The reference's parts (object, key) stay below the old value; a short circuit drops them.
  const parts = pushMemberReference(c, left);
  const short = c.em.jump(jumpOp);
  compileExpression(c, node.right);
  if (parts.name !== undefined) c.em.emit(parts.set, parts.name);
  else c.em.emit(parts.set);
  const end = c.em.jump(Op.Jump);
  c.em.patch(short);
  for (let i = 0; i < parts.count; i++) { c.em.emit(Op.Swap); c.em.emit(Op.Pop); }
  c.em.patch(end);
}

/**
 * Pushes a member's reference parts and its current value: obj v (named: the set takes
 * the name as operand), obj key v, obj name v (private), or fn this key v (super).
 */
function pushMemberReference(c: FnContext, left: MemberExpression): { count: number; set: number; name?: number } {
  if (left.object.type === 'Super') {
    pushSuperReference(c, left);
    c.em.emit(Op.Dup3);
    c.em.emit(Op.GetSuper);
    return { count: 3, set: Op.SetSuper };
  }
  compileExpression(c, left.object);
  if (left.property.type === 'PrivateIdentifier') {
    compilePrivateName(c, left.property);
    c.em.emit(Op.Dup2);
    c.em.emit(Op.GetPrivate);
    return { count: 2, set: Op.SetPrivate };
  }
  if (left.computed) {
    compileExpression(c, left.property);
    c.em.emit(Op.ToPropertyKey);
    c.em.emit(Op.Dup2);
    c.em.emit(Op.GetKeyed);
    return { count: 2, set: Op.SetKeyed };
  }
  const name = c.em.constant(memberName(left));
  c.em.emit(Op.Dup);
  c.em.emit(Op.GetNamed, name);
  return { count: 1, set: Op.SetNamed, name };
}

export function compileUpdate(c: FnContext, node: UpdateExpression): void {
  const op = node.operator === '++' ? Op.Inc : Op.Dec;
  const arg = node.argument;
  if (arg.type === 'Identifier') {
    const ref = readRef(c, arg);
    if (node.prefix) {
      c.em.emit(op);
      if (ref >= 0) c.em.emit(Op.PutRef, ref);
      else storeName(c, arg.name, 'assign', false);
    } else {
      c.em.emit(Op.ToNumeric);
      c.em.emit(Op.Dup);
      if (ref >= 0) c.em.emit(Op.Rot3);
      c.em.emit(op);
      if (ref >= 0) c.em.emit(Op.PutRef, ref);
      storeNameOrPop(c, arg.name, ref);
    }
    return;
  }
  if (node.prefix) return compileMemberUpdate(c, arg, () => c.em.emit(op));
  // Postfix: keep the old numeric value below the object and key.
  const member = arg.type === 'MemberExpression' ? arg : undefined;
  const computedLike = member?.computed || member?.property.type === 'PrivateIdentifier';
  const below = member?.object.type === 'Super' ? Op.Rot5 : computedLike ? Op.Rot4 : Op.Rot3;
  compileMemberUpdate(c, arg, () => {
    c.em.emit(Op.ToNumeric);
    c.em.emit(Op.Dup);
    c.em.emit(below);
    c.em.emit(op);
  });
  c.em.emit(Op.Pop);
}
