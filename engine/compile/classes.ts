// Classes: the class scope (its name and #private names), the constructor, methods and
// accessors, and two synthesized functions: instance field initializer and static init.
import { FunctionCode } from '../bytecode/code';
import type { ClassInfo } from '../bytecode/constants';
import { Op, StepKind } from '../bytecode/opcodes';
import type { ClassElement, ClassNode, FunctionExpression, Identifier, MethodDefinition, PrivateIdentifier, PropertyDefinition, Statement, StaticBlock } from '../parse/ast';
import { FnContext } from './context';
import { compileFunction, syntheticMethod } from './functions';
import { lexicalDeclarations, varNames } from './declarations';
import { compileExpression, compileMethod, compileNamed, compilePropertyKey, getHidden } from './expressions';
import { compileStatements } from './statements';
import type { BindingKind } from '../env/scope';
import { computedKey } from './nodeParts';
import { THIS_NAME } from '../env/specialSlots';

const PRIVATE_KIND = { field: 0, method: 1, get: 2, set: 3 } as const;

export function compileClass(c: FnContext, node: ClassNode, name = node.id?.name ?? ''): void {
  const elements = node.body.body;
  const names: [string, BindingKind][] = [];
  if (node.id) names.push([node.id.name, 'const']);
  // Sets, not searches of `names`: a class may have thousands of private members.
  const privateNames = new Set<string>();
  const privateMethods = new Set<string>();
  for (const e of elements) {
    if (e.type === 'StaticBlock' || e.key.type !== 'PrivateIdentifier') continue;
    const n = `#${e.key.name}`;
    if (!privateNames.has(n)) names.push([n, 'private']);
    privateNames.add(n);
    if (e.type === 'MethodDefinition') privateMethods.add(n);
  }
  elements.forEach((e, i) => {
    if (e.type === 'PropertyDefinition' && e.computed) names.push([`%key${i}`, 'private']);
    if (isPrivateMethod(e)) names.push([`%pm${i}`, 'private']);
  });
  c.pushScope('class', names);
  for (const [n] of names) {
    if (!n.startsWith('#')) continue;
    const isMethod = privateMethods.has(n);
    c.em.emit(Op.NewPrivateName, c.em.constant({ name: n, methodOf: isMethod ? name || 'anonymous' : undefined }));
    c.em.emit(Op.InitLocal, 0, c.scope.info.indexOf(n));
  }
  if (node.superClass) compileExpression(c, node.superClass);
  else c.em.emit(Op.Undefined);
  const info: ClassInfo = { ctor: compileConstructor(c, node, name), fieldInit: null };
  const instanceFields = elements.filter((e) => !isStaticMember(e) && (e.type === 'PropertyDefinition' || isPrivateMethod(e)));
  const prevRange = c.em.at(node);
  c.em.emit(Op.CreateClass, c.em.constant(info), node.superClass ? 1 : 0);
  elements.forEach((e, i) => compileElement(c, e, i));
  if (instanceFields.length) {
    info.fieldInit = compileInitializer(c, node, elements, false);
  }
  if (node.id) {
    c.em.emit(Op.Swap);
    c.em.emit(Op.Dup);
    c.em.emit(Op.InitLocal, 0, c.scope.info.indexOf(node.id.name));
    c.em.emit(Op.Swap);
  }
  const statics = elements.filter((e) => isStaticMember(e) && e.type === 'PropertyDefinition' || e.type === 'StaticBlock' || (isStaticMember(e) && isPrivateMethod(e)));
  if (statics.length) callStaticInit(c, compileInitializer(c, node, elements, true));
  c.em.emit(Op.Pop);
  c.em.restore(prevRange);
  c.popScope();
}

/** A `#name() {}` method (or accessor) of the class. */
type PrivateMethod = MethodDefinition & { key: PrivateIdentifier };

function isPrivateMethod(e: ClassElement): e is PrivateMethod {
  return e.type === 'MethodDefinition' && e.key.type === 'PrivateIdentifier';
}

/** A `static` method, accessor or field (a static block is none of these). */
function isStaticMember(e: ClassElement): boolean {
  return e.type !== 'StaticBlock' && e.static;
}

function compileConstructor(c: FnContext, node: ClassNode, name: string): FunctionCode {
  const derived = !!node.superClass;
  const kind = derived ? 'derivedConstructor' : 'classConstructor';
  const explicit = node.body.body.find((e): e is MethodDefinition => e.type === 'MethodDefinition' && e.kind === 'constructor');
  const code = explicit
    ? compileFunction(c, { node: explicit.value, kind, name })
    : compileFunction(c, { node: syntheticConstructor(node, derived), kind, name });
  code.sourceText = c.file.source.slice(node.start, node.end);
  return code;
}

/** `constructor(...args) { super(...args); }` or `constructor() {}`, located at the class. */
function syntheticConstructor(node: ClassNode, derived: boolean): FunctionExpression {
  const at = { start: node.start, end: node.end, loc: node.loc };
  const args: Identifier = { ...at, type: 'Identifier', name: 'args' };
  const body: Statement[] = derived
    ? [{ ...at, type: 'ExpressionStatement', expression: { ...at, type: 'CallExpression', callee: { ...at, type: 'Super' }, arguments: [{ ...at, type: 'SpreadElement', argument: args }], optional: false } }]
    : [];
  return { ...at, type: 'FunctionExpression', id: null, params: derived ? [{ ...at, type: 'RestElement', argument: args }] : [], body: { ...at, type: 'BlockStatement', body }, generator: false, expression: false, async: false };
}

/** Defines one method/accessor on the prototype or constructor; evaluates computed field keys. */
function compileElement(c: FnContext, e: ClassElement, i: number): void {
  const prev = c.em.at(e);
  if (e.type === 'MethodDefinition' && e.kind !== 'constructor') {
    if (isPrivateMethod(e)) {
      const code = compileFunction(c, { node: e.value, kind: 'method', name: `#${e.key.name}`, strict: true, sourceText: c.sourceOf(e).replace(/^static\s+/, '') });
      c.em.emit(Op.Closure, c.em.constant(code));
      c.em.emit(Op.InitLocal, 0, c.scope.info.indexOf(`%pm${i}`));
    } else {
      onTarget(c, e.static, () => compileMethod(c, e, false));
    }
  } else if (e.type === 'PropertyDefinition' && e.computed) {
    compileExpression(c, computedKey(e.key));
    c.em.emit(Op.ToPropertyKey);
    c.em.emit(Op.InitLocal, 0, c.scope.info.indexOf(`%key${i}`));
  }
  c.em.restore(prev);
}

/** Runs `define` with the prototype (or, for static, the constructor) on top: [F, proto]. */
function onTarget(c: FnContext, isStatic: boolean, define: () => void): void {
  if (!isStatic) {
    c.em.emit(Op.Dup);
    define();
    c.em.emit(Op.Pop);
    return;
  }
  c.em.emit(Op.Swap);
  c.em.emit(Op.Dup);
  define();
  c.em.emit(Op.Pop);
  c.em.emit(Op.Swap);
}

/** [F, proto] -> [F, proto], having called the static initializer with this = F. */
function callStaticInit(c: FnContext, code: FunctionCode): void {
  c.em.emit(Op.Swap);
  c.em.emit(Op.Dup);
  c.em.emit(Op.Closure, c.em.constant(code));
  c.em.emit(Op.Swap);
  c.em.emit(Op.Call, 0, c.em.constant('static initializer'));
  c.em.emit(Op.Pop);
  c.em.emit(Op.Swap);
}

/**
 * A synthesized method whose body adds the class's (static or instance) private methods
 * to `this`, then defines its fields and runs static blocks in source order
 * (https://tc39.es/ecma262/#sec-initializeinstanceelements: a field initializer may call
 * a private method declared after it).
 */
function compileInitializer(c: FnContext, node: ClassNode, elements: ClassElement[], isStatic: boolean): FunctionCode {
  const fc = syntheticMethod(c, node, isStatic ? '<static_initializer>' : '<instance_members_initializer>');
  elements.forEach((e, i) => {
    if (isStaticMember(e) !== isStatic || e.type === 'StaticBlock' || !isPrivateMethod(e)) return;
    const prev = fc.em.at(e);
    definePrivateMethod(fc, e, i);
    fc.em.restore(prev);
  });
  elements.forEach((e, i) => {
    if (isStaticMember(e) !== isStatic && e.type !== 'StaticBlock') return;
    if (e.type === 'StaticBlock') { if (isStatic) compileStaticBlock(fc, e); return; }
    if (e.type !== 'PropertyDefinition') return;
    const prev = fc.em.at(e);
    defineField(fc, e, i);
    fc.em.restore(prev);
  });
  fc.em.emit(Op.Undefined);
  fc.em.emit(Op.Return);
  return fc.code;
}

function defineField(c: FnContext, e: PropertyDefinition, i: number): void {
  c.em.emit(Op.Step, StepKind.Statement);
  getHidden(c, THIS_NAME);
  let name = '';
  if (e.key.type === 'PrivateIdentifier') {
    getHidden(c, `#${e.key.name}`);
    name = `#${e.key.name}`;
  } else if (e.computed) getHidden(c, `%key${i}`);
  else name = compilePropertyKey(c, e) ?? '';
  if (e.value) compileNamed(c, e.value, name);
  else c.em.emit(Op.Undefined);
  if (e.key.type === 'PrivateIdentifier') c.em.emit(Op.DefinePrivate, PRIVATE_KIND.field);
  else c.em.emit(Op.DefineField);
  c.em.emit(Op.Pop);
}

function definePrivateMethod(c: FnContext, e: PrivateMethod, i: number): void {
  getHidden(c, THIS_NAME);
  getHidden(c, `#${e.key.name}`);
  getHidden(c, `%pm${i}`);
  c.em.emit(Op.DefinePrivate, e.kind === 'get' ? PRIVATE_KIND.get : e.kind === 'set' ? PRIVATE_KIND.set : PRIVATE_KIND.method);
  c.em.emit(Op.Pop);
}

function compileStaticBlock(c: FnContext, e: StaticBlock): void {
  const vars: [string, BindingKind][] = varNames(e.body, true).map((n) => [n, 'var']);
  c.pushScope('block', [...vars, ...lexicalDeclarations(e.body, true)]);
  compileStatements(c, e.body);
  c.popScope();
}
