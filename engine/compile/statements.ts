// Statements to bytecode: declarations, blocks, conditionals, switch, try/catch/finally
// and jumps. Loops live in loops.ts.
import { Op, StepKind } from '../bytecode/opcodes';
import type { BreakStatement, CatchClause, ContinueStatement, IfStatement, LabeledStatement, Node, Statement, SwitchStatement, TryStatement, VariableDeclaration, WithStatement } from '../parse/ast';
import { CScope, ControlEntry, FnContext } from './context';
import { boundNames, lexicalDeclarations } from './declarations';
import { compileExpression, compileNamed } from './expressions';
import { bindPattern } from './patterns';
import { compileClass } from './classes';
import { hoistFunctions } from './functions';
import { compileLoop, isLoop } from './loops';

export function compileStatements(c: FnContext, body: Statement[]): void {
  for (const s of body) compileStatement(c, s);
}

export function step(c: FnContext, node: Node, kind: number = StepKind.Statement): void {
  c.em.at(node);
  c.em.emit(Op.Step, kind);
}

export function compileStatement(c: FnContext, s: Statement): void {
  const labels = c.pendingLabels;
  c.pendingLabels = [];
  const prev = c.em.at(s);
  switch (s.type) {
    case 'ExpressionStatement':
      step(c, s);
      compileExpression(c, s.expression);
      if (c.kind === 'eval' && c.inFinally === 0) initName(c, '%completion', s);
      else c.em.emit(Op.Pop);
      break;
    case 'VariableDeclaration': compileVariableDeclaration(c, s); break;
    case 'FunctionDeclaration': case 'EmptyStatement': break;
    case 'ClassDeclaration':
      step(c, s);
      compileClass(c, s);
      initName(c, s.id.name, s);
      break;
    case 'ReturnStatement':
      step(c, s);
      if (s.argument) compileExpression(c, s.argument);
      else c.em.emit(Op.Undefined);
      // An async generator awaits what it returns.
      if (c.code.isAsync && c.code.isGenerator && s.argument) c.em.emit(Op.Await);
      c.em.emit(Op.Return);
      break;
    case 'IfStatement': completionUndefined(c, s); compileIf(c, s); break;
    case 'BlockStatement': compileBlock(c, s.body, labels); break;
    case 'ThrowStatement':
      step(c, s);
      compileExpression(c, s.argument);
      c.em.emit(Op.Throw);
      break;
    case 'TryStatement': completionUndefined(c, s); compileTry(c, s); break;
    case 'SwitchStatement': completionUndefined(c, s); compileSwitch(c, s, labels); break;
    case 'BreakStatement': case 'ContinueStatement': compileJump(c, s); break;
    case 'LabeledStatement':
      c.pendingLabels = [...labels, s.label.name];
      if (isLoop(s.body)) compileStatement(c, s.body);
      else labeledBlock(c, s, c.pendingLabels);
      break;
    case 'DebuggerStatement':
      step(c, s);
      c.em.emit(Op.Debugger);
      break;
    case 'WithStatement': completionUndefined(c, s); compileWith(c, s); break;
    default:
      completionUndefined(c, s);
      if (isLoop(s)) compileLoop(c, s, labels);
      else c.unsupported(s, `the ${s.type}`);
  }
  c.em.restore(prev);
}

/**
 * Eval code's completion value: if, loops, switch, try and with complete with undefined
 * when their body leaves none (UpdateEmpty(C, undefined)), so it is reset on entry.
 */
function completionUndefined(c: FnContext, s: Statement): void {
  if (c.kind !== 'eval' || c.inFinally !== 0) return;
  c.em.emit(Op.Undefined);
  initName(c, '%completion', s);
}

/** https://tc39.es/ecma262/#sec-with-statement-runtime-semantics-evaluation */
function compileWith(c: FnContext, s: WithStatement): void {
  step(c, s.object);
  compileExpression(c, s.object);
  const scope = new CScope('with', c.scope, true);
  scope.info.dynamic = true;
  c.em.emit(Op.PushWith, c.em.constant(scope.info));
  c.scope = scope;
  c.envDepth++;
  compileStatement(c, s.body);
  c.popScope();
}

function labeledBlock(c: FnContext, s: LabeledStatement, labels: string[]): void {
  c.pendingLabels = [];
  const entry: ControlEntry = { kind: 'label', labels, breakRecord: c.record(), breakJumps: [], continueJumps: [] };
  c.control.push(entry);
  compileStatement(c, s.body);
  c.control.pop();
  closeBreaks(c, entry);
}

/** Points the breaks collected in `entry` at the current position. */
export function closeBreaks(c: FnContext, entry: ControlEntry): void {
  entry.breakRecord.target = c.em.pc;
  for (const j of entry.breakJumps) c.em.patch(j);
}

export function compileVariableDeclaration(c: FnContext, s: VariableDeclaration): void {
  for (const d of s.declarations) {
    if (!d.init && s.kind === 'var') continue;
    step(c, d);
    if (d.init) compileNamed(c, d.init, d.id.type === 'Identifier' ? d.id.name : '');
    else c.em.emit(Op.Undefined);
    bindPattern(c, d.id, s.kind === 'var' ? 'assign' : 'init', d.init ? c.sourceOf(d.init) : null);
  }
}

/** Initializes a lexical binding with the value on the stack. */
export function initName(c: FnContext, name: string, node: Node): void {
  const r = c.resolve(name);
  if (r.kind !== 'local') c.error(node, `internal: unresolved declaration ${name}`);
  c.em.emit(Op.InitLocal, r.depth, r.slot);
}

function compileIf(c: FnContext, s: IfStatement): void {
  step(c, s.test);
  compileExpression(c, s.test);
  const toElse = c.em.jump(Op.JumpIfFalse);
  compileStatement(c, s.consequent);
  if (s.alternate) {
    const toEnd = c.em.jump(Op.Jump);
    c.em.patch(toElse);
    compileStatement(c, s.alternate);
    c.em.patch(toEnd);
  } else c.em.patch(toElse);
}

/** A block with its own environment when it declares anything lexically. */
export function compileBlock(c: FnContext, body: Statement[], labels: string[] = []): void {
  const decls = lexicalDeclarations(body, true);
  c.pushScope('block', decls);
  hoistFunctions(c, body);
  annexBFunctions(c, body);
  if (labels.length) {
    const entry: ControlEntry = { kind: 'label', labels, breakRecord: c.record(), breakJumps: [], continueJumps: [] };
    c.control.push(entry);
    compileStatements(c, body);
    c.control.pop();
    closeBreaks(c, entry);
  } else compileStatements(c, body);
  c.popScope();
}

/** Annex B.3.3: copies a sloppy block function to its function-level var binding. */
function annexBFunctions(c: FnContext, body: Statement[]): void {
  if (c.strict) return;
  for (const f of body) {
    if (f.type !== 'FunctionDeclaration' || f.generator || f.async) continue;
    const inner = c.resolve(f.id.name);
    const info = c.funcScope.info;
    if (c.kind === 'eval' && info.kind === 'eval' && inner.kind === 'local') {
      c.em.emit(Op.GetLocal, inner.depth, inner.slot);
      c.em.emit(Op.InitVar, c.em.constant(f.id.name));
      continue;
    }
    const slot = info.indexOf(f.id.name);
    if (inner.kind !== 'local' || slot < 0 || (info.kinds[slot] !== 'var' && info.kinds[slot] !== 'function')) continue;
    let depth = 0;
    for (let s = c.scope; s !== c.funcScope; s = s.parent!) if (s.materialized) depth++;
    c.em.emit(Op.GetLocal, inner.depth, inner.slot);
    c.em.emit(Op.InitLocal, depth, slot);
  }
}

function compileTry(c: FnContext, s: TryStatement): void {
  const finalizer = s.finalizer;
  let finallyPush = -1;
  if (finalizer) {
    finallyPush = c.em.emit(Op.TryPush, -1, -1);
    c.handlerDepth++;
  }
  if (s.handler) {
    const push = c.em.emit(Op.TryPush, -1, -1);
    c.handlerDepth++;
    compileBlock(c, s.block.body);
    c.em.emit(Op.TryPop);
    c.handlerDepth--;
    const toEnd = c.em.jump(Op.Jump);
    c.em.patch(push + 1);
    compileCatch(c, s.handler);
    c.em.patch(toEnd);
  } else compileBlock(c, s.block.body);
  if (finalizer) {
    c.em.emit(Op.TryPop);
    c.handlerDepth--;
    c.em.emit(Op.Undefined);
    c.em.emitConst(0);
    c.em.patch(finallyPush + 2);
    c.stackDepth += 2;
    c.inFinally++;
    compileBlock(c, finalizer.body);
    c.inFinally--;
    c.stackDepth -= 2;
    c.em.at(finalizer);
    c.em.emit(Op.EndFinally);
  }
}

function compileCatch(c: FnContext, h: CatchClause): void {
  c.em.at(h);
  if (!h.param) {
    c.em.emit(Op.Pop);
    compileBlock(c, h.body.body);
    return;
  }
  const names: string[] = [];
  boundNames(h.param, names);
  c.pushScope('catch', names.map((n) => [n, 'catch']));
  bindPattern(c, h.param, 'init', null);
  compileBlock(c, h.body.body);
  c.popScope();
}

function compileSwitch(c: FnContext, s: SwitchStatement, labels: string[]): void {
  step(c, s.discriminant);
  compileExpression(c, s.discriminant);
  const all = s.cases.flatMap((k) => k.consequent);
  c.pushScope('block', lexicalDeclarations(all, true));
  hoistFunctions(c, all);
  const entry: ControlEntry = { kind: 'switch', labels, breakRecord: c.record(), breakJumps: [], continueJumps: [] };
  const matches: number[] = [];
  for (const k of s.cases) {
    if (!k.test) { matches.push(-1); continue; }
    c.em.emit(Op.Dup);
    compileExpression(c, k.test);
    c.em.emit(Op.StrictEq);
    matches.push(c.em.jump(Op.JumpIfTrue));
  }
  c.em.emit(Op.Pop);
  const toDefault = c.em.jump(Op.Jump);
  const bodyJumps = matches.map((m) => {
    if (m < 0) return -1;
    c.em.patch(m);
    c.em.emit(Op.Pop);
    return c.em.jump(Op.Jump);
  });
  c.control.push(entry);
  let hasDefault = false;
  s.cases.forEach((k, i) => {
    if (k.test) c.em.patch(bodyJumps[i]);
    else { c.em.patch(toDefault); hasDefault = true; }
    compileStatements(c, k.consequent);
  });
  c.control.pop();
  if (!hasDefault) c.em.patch(toDefault);
  closeBreaks(c, entry);
  c.popScope();
}

function compileJump(c: FnContext, s: BreakStatement | ContinueStatement): void {
  step(c, s);
  const isBreak = s.type === 'BreakStatement';
  const label: string | undefined = s.label?.name;
  for (let i = c.control.length - 1; i >= 0; i--) {
    const e = c.control[i];
    const matches = label ? e.labels.includes(label) : isBreak ? e.kind !== 'label' : e.kind === 'loop';
    if (!matches) continue;
    if (!isBreak && e.kind !== 'loop') c.error(s, `Illegal continue statement: '${label}' does not denote an iteration statement`);
    const rec = isBreak ? e.breakRecord : e.continueRecord!;
    const j = c.jumpTo(rec);
    if (j >= 0 && rec.target >= 0) c.em.patch(j, rec.target);
    else if (j >= 0) (isBreak ? e.breakJumps : e.continueJumps).push(j);
    return;
  }
  c.error(s, label ? `Undefined label '${label}'` : isBreak ? 'Illegal break statement' : 'Illegal continue statement: no surrounding iteration statement');
}
