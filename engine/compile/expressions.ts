// Expressions to bytecode. Each compile leaves exactly one value on the stack.
import { Op, StepKind } from '../bytecode/opcodes';
import { assert } from '../errors/internal';
import type { ArrayExpression, ArrowFunctionExpression, BinaryExpression, ConditionalExpression, Expression, FunctionExpression, Literal, LogicalExpression, MemberExpression, MethodDefinition, Node, ObjectExpression, PrivateIdentifier, Property, PropertyDefinition, SpreadElement, TemplateLiteral, UnaryExpression, YieldExpression } from '../parse/ast';
import { FnContext } from './context';
import { compileFunction } from './functions';
import { compileClass } from './classes';
import { bindPattern } from './patterns';
import { compileAssignment, compileUpdate } from './assignments';
import { compileCall, compileNew, compileTaggedTemplate, compileMember, compileChain, compileSuperMember } from './calls';
import { computedKey, keyName, memberName } from './nodeParts';
import { NEW_TARGET_NAME, THIS_NAME } from '../env/specialSlots';

const BINARY: Record<string, Op> = {
  '+': Op.Add, '-': Op.Sub, '*': Op.Mul, '/': Op.Div, '%': Op.Mod, '**': Op.Exp,
  '&': Op.BitAnd, '|': Op.BitOr, '^': Op.BitXor, '<<': Op.Shl, '>>': Op.Sar, '>>>': Op.Shr,
  '==': Op.Eq, '!=': Op.Ne, '===': Op.StrictEq, '!==': Op.StrictNe,
  '<': Op.Lt, '>': Op.Gt, '<=': Op.Le, '>=': Op.Ge, in: Op.In, instanceof: Op.InstanceOf,
};

export function binaryOp(operator: string): Op {
  return BINARY[operator];
}

/** Compiles an expression that may be an anonymous function, giving it `name`. */
export function compileNamed(c: FnContext, node: Expression, name: string): void {
  if (isAnonymousFunction(node)) compileFunctionExpression(c, node, name);
  else if (node.type === 'ClassExpression' && !node.id) compileClass(c, node, name);
  else compileExpression(c, node);
}

export function isAnonymousFunction(node: Expression): node is ArrowFunctionExpression | (FunctionExpression & { id?: null }) {
  return (node.type === 'FunctionExpression' && !node.id) || node.type === 'ArrowFunctionExpression';
}

export function compileFunctionExpression(c: FnContext, node: FunctionExpression | ArrowFunctionExpression, name: string): void {
  const kind = node.type === 'ArrowFunctionExpression' ? 'arrow' : 'normal';
  const code = compileFunction(c, { node, kind, name: node.id?.name ?? name });
  c.em.emit(Op.Closure, c.em.constant(code));
}

export function compileExpression(c: FnContext, node: Expression): void {
  const prev = c.em.at(node);
  compileInner(c, node);
  c.em.restore(prev);
}

function compileInner(c: FnContext, node: Expression): void {
  switch (node.type) {
    case 'Literal': return compileLiteral(c, node);
    case 'Identifier': return compileIdentifier(c, node.name);
    case 'ThisExpression': return getHidden(c, THIS_NAME);
    case 'TemplateLiteral': return compileTemplate(c, node);
    case 'TaggedTemplateExpression': return compileTaggedTemplate(c, node);
    case 'ArrayExpression': return compileArray(c, node);
    case 'ObjectExpression': return compileObject(c, node);
    case 'FunctionExpression': case 'ArrowFunctionExpression': return compileFunctionExpression(c, node, '');
    case 'ClassExpression': return compileClass(c, node, node.id?.name ?? '');
    case 'UnaryExpression': return compileUnary(c, node);
    case 'UpdateExpression': return compileUpdate(c, node);
    case 'BinaryExpression': return compileBinary(c, node);
    case 'LogicalExpression': return compileLogical(c, node);
    case 'ConditionalExpression': return compileConditional(c, node);
    case 'AssignmentExpression': return compileAssignment(c, node);
    case 'SequenceExpression':
      node.expressions.forEach((e, i) => {
        compileExpression(c, e);
        if (i < node.expressions.length - 1) c.em.emit(Op.Pop);
      });
      return;
    case 'CallExpression':
      c.em.emit(Op.Step, StepKind.Expression);
      return compileCall(c, node);
    case 'NewExpression':
      c.em.emit(Op.Step, StepKind.Expression);
      return compileNew(c, node);
    case 'MemberExpression':
      if (node.object.type === 'Super') return compileSuperMember(c, node);
      return compileMember(c, node);
    case 'ChainExpression': return compileChain(c, node.expression);
    case 'ParenthesizedExpression': return compileExpression(c, node.expression);
    case 'MetaProperty':
      if (node.meta.name === 'new') return getHidden(c, NEW_TARGET_NAME);
      c.em.emit(Op.ImportMeta);
      return;
    case 'YieldExpression': return compileYield(c, node);
    case 'AwaitExpression':
      compileExpression(c, node.argument);
      c.em.emit(Op.Await);
      return;
    case 'ImportExpression': {
      compileExpression(c, node.source);
      // import(specifier, options): acorn's typings leave the options out.
      const options = (node as { options?: Expression | null }).options;
      if (options) compileExpression(c, options);
      c.em.emit(Op.ImportCall, options ? 1 : 0);
      return;
    }
    // acorn may parse more than its typings list
    default: return unsupportedNode(c, node);
  }
}

function unsupportedNode(c: FnContext, node: Node): never {
  return c.unsupported(node, `the ${node.type}`);
}

function compileLiteral(c: FnContext, node: Literal): void {
  if (node.regex) {
    c.em.emit(Op.RegExp, c.em.constant({ pattern: node.regex.pattern, flags: node.regex.flags }));
  } else if (node.bigint !== undefined) {
    c.em.emitConst(BigInt(node.bigint));
  } else {
    // acorn's type allows a RegExp value, which only a regex literal (above) has.
    assert(!(node.value instanceof RegExp), 'a literal without regex holds a RegExp');
    c.em.emitConst(node.value);
  }
}

export function compileIdentifier(c: FnContext, name: string): void {
  const r = c.resolve(name);
  if (r.kind === 'local') c.em.emit(r.bindingKind === 'import' ? Op.GetImport : Op.GetLocal, r.depth, r.slot);
  else if (r.kind === 'dynamic') c.em.emit(Op.GetName, c.em.constant(name));
  else if (name === 'undefined') c.em.emit(Op.Undefined);
  else c.em.emit(Op.GetGlobal, c.em.constant(name));
}

/** Reads a special slot (engine/env/specialSlots.ts) of the nearest non-arrow function. */
export function getHidden(c: FnContext, name: string): void {
  const r = c.resolve(name);
  if (r.kind !== 'local') throw new Error(`no ${name} binding`);
  c.em.emit(Op.GetLocal, r.depth, r.slot);
}

function compileTemplate(c: FnContext, node: TemplateLiteral): void {
  c.em.emitConst(node.quasis[0].value.cooked);
  node.expressions.forEach((e, i) => {
    compileExpression(c, e);
    c.em.emit(Op.ToString);
    c.em.emit(Op.Add);
    const q = node.quasis[i + 1].value.cooked;
    if (q !== '') { c.em.emitConst(q); c.em.emit(Op.Add); }
  });
}

/** Pushes the elements of an array literal or argument list (`isCall`) as one array. */
export function compileArrayElements(c: FnContext, elements: (Expression | SpreadElement | null)[], isCall = false): void {
  c.em.emit(Op.NewArray);
  for (const e of elements) {
    if (e === null) c.em.emit(Op.ArrayHole);
    else if (e.type === 'SpreadElement') {
      compileExpression(c, e.argument);
      c.em.emit(Op.ArraySpread, isCall ? -1 : c.em.constant(c.sourceOf(e.argument)));
    }
    else { compileExpression(c, e); c.em.emit(Op.ArrayPush); }
  }
}

function compileArray(c: FnContext, node: ArrayExpression): void {
  compileArrayElements(c, node.elements);
}

/** Pushes a property key: a constant for `a`/'a'/1, else the computed key as a property key. */
export function compilePropertyKey(c: FnContext, prop: Property | MethodDefinition | PropertyDefinition): string | undefined {
  if (!prop.computed) {
    const k = keyName(prop.key);
    c.em.emitConst(k);
    return k;
  }
  compileExpression(c, computedKey(prop.key));
  c.em.emit(Op.ToPropertyKey);
  return undefined;
}

function compileObject(c: FnContext, node: ObjectExpression): void {
  c.em.emit(Op.NewObject);
  for (const p of node.properties) {
    const prev = c.em.at(p);
    if (p.type === 'SpreadElement') {
      compileExpression(c, p.argument);
      c.em.emit(Op.CopyDataProps);
    } else if (!p.computed && !p.shorthand && p.kind === 'init' && !p.method && keyName(p.key) === '__proto__') {
      compileExpression(c, p.value);
      c.em.emit(Op.SetProtoLiteral);
    } else if (p.kind === 'init' && !p.method) {
      const k = compilePropertyKey(c, p);
      if (k !== undefined) compileNamed(c, p.value, k);
      else if (isAnonymousFunction(p.value)) { compileNamed(c, p.value, ''); c.em.emit(Op.SetFunctionName, c.em.constant('')); }
      else compileExpression(c, p.value);
      c.em.emit(Op.DefineField);
    } else {
      compileMethod(c, p, true);
    }
    c.em.restore(prev);
  }
}

/** Defines a method/getter/setter of an object literal or class on the object below the key. */
export function compileMethod(c: FnContext, p: Property | MethodDefinition, enumerable: boolean): void {
  const k = compilePropertyKey(c, p);
  const prefix = p.kind === 'get' ? 'get' : p.kind === 'set' ? 'set' : '';
  const fnNode = p.value;
  assert(fnNode.type === 'FunctionExpression', 'a method whose value is not a function');

  const name = k === undefined ? '' : prefix ? `${prefix} ${k}` : k;
  const text = c.sourceOf(p).replace(/^static\s+/, '');
  const code = compileFunction(c, { node: fnNode, kind: 'method', name, strict: !enumerable, sourceText: text });
  c.em.emit(Op.Closure, c.em.constant(code));
  if (k === undefined) c.em.emit(Op.SetFunctionName, c.em.constant(prefix));
  const flag = enumerable ? 1 : 0;
  c.em.emit(p.kind === 'get' ? Op.DefineGetter : p.kind === 'set' ? Op.DefineSetter : Op.DefineMethod, flag);
}

function compileUnary(c: FnContext, node: UnaryExpression): void {
  const arg = node.argument;
  switch (node.operator) {
    case 'typeof':
      if (arg.type === 'Identifier' && c.resolve(arg.name).kind !== 'local') {
        c.em.emit(c.resolve(arg.name).kind === 'global' ? Op.TypeofGlobal : Op.TypeofName, c.em.constant(arg.name));
      } else { compileExpression(c, arg); c.em.emit(Op.TypeOf); }
      return;
    case 'delete': return compileDelete(c, arg);
    case 'void': compileExpression(c, arg); c.em.emit(Op.Pop); c.em.emit(Op.Undefined); return;
    case '-': compileExpression(c, arg); c.em.emit(Op.Neg); return;
    case '+': compileExpression(c, arg); c.em.emit(Op.Plus); return;
    case '!': compileExpression(c, arg); c.em.emit(Op.Not); return;
    case '~': compileExpression(c, arg); c.em.emit(Op.BitNot); return;
  }
  c.unsupported(node, `the '${node.operator}' operator`);
}

function compileDelete(c: FnContext, arg: Expression): void {
  if (arg.type === 'ChainExpression' && arg.expression.type === 'MemberExpression') return compileOptionalDelete(c, arg.expression);
  const target = arg;
  if (target.type === 'MemberExpression' && target.object.type !== 'Super') {
    compileExpression(c, target.object);
    if (target.computed) { compileExpression(c, computedKey(target.property)); c.em.emit(Op.DeleteKeyed); }
    else c.em.emit(Op.DeleteNamed, c.em.constant(memberName(target)));
  } else if (target.type === 'Identifier') {
    const r = c.resolve(target.name);
    if (r.kind === 'local') c.em.emit(Op.False);
    else c.em.emit(r.kind === 'global' ? Op.DeleteGlobal : Op.DeleteName, c.em.constant(target.name));
  } else {
    compileExpression(c, arg);
    c.em.emit(Op.Pop);
    c.em.emit(Op.True);
  }
}

/** `delete a?.b`: true without deleting anything when the chain short-circuits. */
function compileOptionalDelete(c: FnContext, target: MemberExpression): void {
  assert(target.object.type !== 'Super', 'an optional chain on super');
  compileChain(c, target.object);
  const toEnd: number[] = [];
  if (target.optional) {
    c.em.emit(Op.Dup);
    c.em.emit(Op.Undefined);
    c.em.emit(Op.Eq);
    const go = c.em.jump(Op.JumpIfFalse);
    c.em.emit(Op.Pop);
    c.em.emit(Op.True);
    toEnd.push(c.em.jump(Op.Jump));
    c.em.patch(go);
  }
  if (target.computed) { compileExpression(c, computedKey(target.property)); c.em.emit(Op.DeleteKeyed); }
  else c.em.emit(Op.DeleteNamed, c.em.constant(memberName(target)));
  for (const j of toEnd) c.em.patch(j);
}

function compileBinary(c: FnContext, node: BinaryExpression): void {
  if (node.left.type === 'PrivateIdentifier') {
    compilePrivateName(c, node.left);
    compileExpression(c, node.right);
    c.em.emit(Op.HasPrivate);
    return;
  }
  compileExpression(c, node.left);
  compileExpression(c, node.right);
  c.em.emit(BINARY[node.operator]);
}

/** Pushes the private name object bound to `#x` in the enclosing class scope. */
export function compilePrivateName(c: FnContext, node: PrivateIdentifier): void {
  const r = c.resolve(`#${node.name}`);
  if (r.kind !== 'local') c.error(node, `Private field '#${node.name}' must be declared in an enclosing class`);
  c.em.emit(Op.GetLocal, r.depth, r.slot);
}

function compileLogical(c: FnContext, node: LogicalExpression): void {
  compileExpression(c, node.left);
  const op = node.operator === '&&' ? Op.JumpIfFalseKeep : node.operator === '||' ? Op.JumpIfTrueKeep : Op.JumpIfNotNullishKeep;
  const end = c.em.jump(op);
  compileExpression(c, node.right);
  c.em.patch(end);
}

function compileConditional(c: FnContext, node: ConditionalExpression): void {
  compileExpression(c, node.test);
  const toElse = c.em.jump(Op.JumpIfFalse);
  compileExpression(c, node.consequent);
  const toEnd = c.em.jump(Op.Jump);
  c.em.patch(toElse);
  compileExpression(c, node.alternate);
  c.em.patch(toEnd);
}

function compileYield(c: FnContext, node: YieldExpression): void {
  if (!node.delegate) {
    if (node.argument) compileExpression(c, node.argument);
    else c.em.emit(Op.Undefined);
    // In an async generator, `yield v` first awaits v.
    if (c.code.isAsync) c.em.emit(Op.Await);
    c.em.emit(Op.Yield);
    return;
  }
  const isAsync = c.code.isAsync;
  assert(node.argument, 'yield* without an operand');
  compileExpression(c, node.argument);
  // V8 names the operand's type, not its source, when `yield*` finds it not iterable.
  c.em.emit(isAsync ? Op.GetAsyncIterator : Op.GetIterator, isAsync ? c.em.constant(c.sourceOf(node.argument)) : -1);
  c.em.emit(Op.Undefined);
  c.em.emitConst(0);
  const top = c.em.pc;
  c.em.emit(Op.YieldDelegate);
  // An async generator awaits each result of the inner async iterator.
  if (isAsync) c.em.emit(Op.Await);
  const done = c.em.jump(Op.YieldDelegateNext);
  c.em.jumpTo(Op.Jump, top);
  c.em.patch(done);
}

export { bindPattern };
