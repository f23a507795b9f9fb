// The parts of a node the ESTree types leave open but the syntax fixes: a non-computed
// member property is an Identifier, a computed one never private. Read here, never cast.
import { assert } from '../errors/internal';
import type { Expression, MemberExpression, PrivateIdentifier } from '../parse/ast';

/** The name in `a.b` (not computed, not private). */
export function memberName(m: MemberExpression): string {
  assert(m.property.type === 'Identifier', 'a computed or private member read by name');
  return m.property.name;
}

/** A non-computed key as a property key: `a`, 'a' or 1 (the number as a string). */
export function keyName(key: Expression | PrivateIdentifier): string {
  if (key.type === 'Identifier') return key.name;
  assert(key.type === 'Literal', 'a computed or private key read by name');
  return String(key.value);
}

/** The key expression of `a[b]` or of a class's `[b]` member: a computed key is never a private name. */
export function computedKey(key: Expression | PrivateIdentifier): Expression {
  assert(key.type !== 'PrivateIdentifier', 'a private name read as a computed key');
  return key;
}

/** The object in `a.b` or `a[b]`, once the caller has handled `super.b`. */
export function memberObject(m: MemberExpression): Expression {
  assert(m.object.type !== 'Super', 'a super member read as an object member');
  return m.object;
}
