// Member access, calls (with the right `this`), `new`, tagged templates, super
// property access and optional chains.
import { Op } from '../bytecode/opcodes';
import type { CallExpression, Expression, MemberExpression, NewExpression, SpreadElement, TaggedTemplateExpression } from '../parse/ast';
import { calleeText } from './calleeText';
import { FnContext } from './context';
import { compileArrayElements, compileExpression, compilePrivateName, getHidden } from './expressions';
import { computedKey, memberName, memberObject } from './nodeParts';
import { FUNCTION_NAME, THIS_NAME } from '../env/specialSlots';

/** Short-circuit points of the optional chain being compiled: jump and extra stack items. */
interface ChainState { exits: { at: number; extra: number }[] }
let chain: ChainState | null = null;

/** Compiles `node`, the expression of an optional chain: its optional links jump to the chain's end. */
export function compileChain(c: FnContext, node: Expression): void {
  const outer = chain;
  chain = { exits: [] };
  compileExpression(c, node);
  const mine = chain;
  chain = outer;
  if (mine.exits.length === 0) return;
  const toEnd = [c.em.jump(Op.Jump)];
  for (const e of mine.exits) {
    c.em.patch(e.at);
    for (let i = 0; i < e.extra; i++) { c.em.emit(Op.Swap); c.em.emit(Op.Pop); }
    toEnd.push(c.em.jump(Op.Jump));
  }
  for (const j of toEnd) c.em.patch(j);
}

/** If this link is optional, jumps out of the chain when the value on top is nullish. */
function optionalCheck(c: FnContext, node: MemberExpression | CallExpression, extra: number): void {
  if (!node.optional) return;
  if (!chain) c.error(node, 'internal: optional link outside a chain');
  chain.exits.push({ at: c.em.jump(Op.JumpIfNullish), extra });
}

export function compileMember(c: FnContext, node: MemberExpression): void {
  compileExpression(c, memberObject(node));
  optionalCheck(c, node, 0);
  getProperty(c, node);
}

/** obj -> obj[key] for the member's property. */
function getProperty(c: FnContext, node: MemberExpression): void {
  if (node.property.type === 'PrivateIdentifier') {
    compilePrivateName(c, node.property);
    c.em.emit(Op.GetPrivate);
  } else if (node.computed) {
    compileExpression(c, node.property);
    c.em.emit(Op.GetKeyed);
  } else c.em.emit(Op.GetNamed, c.em.constant(memberName(node)));
}

export function compileSuperMember(c: FnContext, node: MemberExpression): void {
  getHidden(c, FUNCTION_NAME);
  getHidden(c, THIS_NAME);
  if (node.computed) { compileExpression(c, computedKey(node.property)); c.em.emit(Op.ToPropertyKey); }
  else c.em.emitConst(memberName(node));
  c.em.emit(Op.GetSuper);
}

/** Pushes callee and this for a call expression's callee. */
function compileCallee(c: FnContext, callee: Expression): void {
  const inner = callee.type === 'ParenthesizedExpression' ? callee.expression : callee;
  if (inner.type === 'MemberExpression' && inner.object.type === 'Super') {
    compileSuperMember(c, inner);
    getHidden(c, THIS_NAME);
    return;
  }
  if (inner.type === 'MemberExpression') {
    compileExpression(c, memberObject(inner));
    optionalCheck(c, inner, 0);
    c.em.emit(Op.Dup);
    getProperty(c, inner);
    c.em.emit(Op.Swap);
    return;
  }
  // Inside `with`, a function found on the object is called with the object as this.
  if (inner.type === 'Identifier' && c.resolve(inner.name).kind === 'dynamic') {
    c.em.emit(Op.GetNameCallee, c.em.constant(inner.name));
    return;
  }
  compileExpression(c, callee);
  c.em.emit(Op.Undefined);
}

export function compileCall(c: FnContext, node: CallExpression): void {
  if (node.callee.type === 'Super') return compileSuperCall(c, node);
  const directEval = node.callee.type === 'Identifier' && node.callee.name === 'eval' && c.resolve('eval').kind !== 'local' && spreadFree(node.arguments);
  compileCallee(c, node.callee);
  if (node.optional) {
    c.em.emit(Op.Swap);
    optionalCheck(c, node, 1);
    c.em.emit(Op.Swap);
  }
  const text = c.em.constant(calleeText(c, node.callee));
  if (!spreadFree(node.arguments)) {
    compileArrayElements(c, node.arguments, true);
    c.em.emit(Op.CallSpread, text);
    return;
  }
  for (const a of node.arguments) compileExpression(c, a);
  if (directEval) c.em.emit(Op.DirectEval, node.arguments.length);
  else c.em.emit(Op.Call, node.arguments.length, text);
}

/** No spread among the arguments: each is one value. */
function spreadFree(args: (Expression | SpreadElement)[]): args is Expression[] {
  return !args.some((a) => a.type === 'SpreadElement');
}

function compileSuperCall(c: FnContext, node: CallExpression): void {
  if (!spreadFree(node.arguments)) {
    compileArrayElements(c, node.arguments, true);
    c.em.emit(Op.SuperCallSpread);
  } else {
    for (const a of node.arguments) compileExpression(c, a);
    c.em.emit(Op.SuperCall, node.arguments.length);
  }
}

export function compileNew(c: FnContext, node: NewExpression): void {
  compileExpression(c, node.callee);
  const text = c.em.constant(calleeText(c, node.callee));
  if (!spreadFree(node.arguments)) {
    compileArrayElements(c, node.arguments, true);
    c.em.emit(Op.NewSpread, text);
    return;
  }
  for (const a of node.arguments) compileExpression(c, a);
  c.em.emit(Op.New, node.arguments.length, text);
}

export function compileTaggedTemplate(c: FnContext, node: TaggedTemplateExpression): void {
  compileCallee(c, node.tag);
  const quasi = node.quasi;
  const site = { cooked: quasi.quasis.map((q) => q.value.cooked ?? undefined), raw: quasi.quasis.map((q) => q.value.raw) };
  c.em.emit(Op.TemplateObject, c.em.constant(site));
  for (const e of quasi.expressions) compileExpression(c, e);
  c.em.emit(Op.Call, quasi.expressions.length + 1, c.em.constant(calleeText(c, node.tag)));
}
