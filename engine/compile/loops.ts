// Loops: while, do-while, for (with a fresh `let` environment per iteration), for-in
// and for-of (an iterator closed by a synthesized finally on any abrupt exit).
import { Op, StepKind } from '../bytecode/opcodes';
import type { DoWhileStatement, ForInStatement, ForOfStatement, ForStatement, LoopStatement, Pattern, Statement, VariableDeclaration, WhileStatement } from '../parse/ast';
import { ControlEntry, FnContext } from './context';
import { boundNames, lexicalKind } from './declarations';
import { compileExpression } from './expressions';
import { bindPattern } from './patterns';
import { closeBreaks, compileStatement, compileVariableDeclaration, step } from './statements';

export function isLoop(s: Statement): boolean {
  return s.type === 'WhileStatement' || s.type === 'DoWhileStatement' || s.type === 'ForStatement'
    || s.type === 'ForInStatement' || s.type === 'ForOfStatement';
}

function newEntry(c: FnContext, labels: string[]): ControlEntry {
  return { kind: 'loop', labels, breakRecord: c.record(), continueRecord: c.record(), breakJumps: [], continueJumps: [] };
}

/** Runs the body with `entry` on the control stack, then points continues at `continueAt`. */
function body(c: FnContext, entry: ControlEntry, node: Statement): void {
  c.control.push(entry);
  compileStatement(c, node);
  c.control.pop();
}

function closeContinues(c: FnContext, entry: ControlEntry): void {
  entry.continueRecord!.target = c.em.pc;
  for (const j of entry.continueJumps) c.em.patch(j);
}

export function compileLoop(c: FnContext, s: LoopStatement, labels: string[]): void {
  switch (s.type) {
    case 'WhileStatement': return compileWhile(c, s, labels);
    case 'DoWhileStatement': return compileDoWhile(c, s, labels);
    case 'ForStatement': return compileFor(c, s, labels);
    default: return compileForInOf(c, s, labels);
  }
}

function compileWhile(c: FnContext, s: WhileStatement, labels: string[]): void {
  const entry = newEntry(c, labels);
  const top = c.em.pc;
  closeContinues(c, entry);
  step(c, s.test);
  compileExpression(c, s.test);
  const exit = c.em.jump(Op.JumpIfFalse);
  body(c, entry, s.body);
  c.em.jumpTo(Op.Jump, top);
  c.em.patch(exit);
  closeBreaks(c, entry);
}

function compileDoWhile(c: FnContext, s: DoWhileStatement, labels: string[]): void {
  const entry = newEntry(c, labels);
  const top = c.em.pc;
  body(c, entry, s.body);
  closeContinues(c, entry);
  step(c, s.test);
  compileExpression(c, s.test);
  c.em.jumpTo(Op.JumpIfTrue, top);
  closeBreaks(c, entry);
}

function compileFor(c: FnContext, s: ForStatement, labels: string[]): void {
  const init = s.init;
  const lexical = init?.type === 'VariableDeclaration' && init.kind !== 'var' ? init : null;
  const names = lexical ? lexical.declarations.flatMap((d) => boundNames(d.id)) : [];
  c.pushScope('block', lexical ? names.map((n) => [n, lexicalKind(lexical)]) : []);
  if (init) {
    if (init.type === 'VariableDeclaration') compileVariableDeclaration(c, init);
    else { step(c, init); compileExpression(c, init); c.em.emit(Op.Pop); }
  }
  const perIteration = lexical?.kind === 'let';
  if (perIteration) c.em.emit(Op.CopyEnv);
  const entry = newEntry(c, labels);
  const top = c.em.pc;
  let exit = -1;
  if (s.test) {
    step(c, s.test);
    compileExpression(c, s.test);
    exit = c.em.jump(Op.JumpIfFalse);
  }
  body(c, entry, s.body);
  closeContinues(c, entry);
  if (perIteration) c.em.emit(Op.CopyEnv);
  if (s.update) {
    step(c, s.update, StepKind.Expression);
    compileExpression(c, s.update);
    c.em.emit(Op.Pop);
  }
  c.em.jumpTo(Op.Jump, top);
  if (exit >= 0) c.em.patch(exit);
  closeBreaks(c, entry);
  c.popScope();
}

/** How each kind of for-in/of loop starts, steps and (if it has an iterator) closes. */
interface Iteration {
  start(text: number): void;
  /** Emits the step; returns the operand to patch with the loop's exit. */
  next(): number;
  close?(): void;
}

const ITERATIONS: Record<'in' | 'of' | 'await', (c: FnContext) => Iteration> = {
  in: (c) => ({ start: () => c.em.emit(Op.ForInStart), next: () => c.em.jump(Op.ForInNext) }),
  of: (c) => ({
    start: (text) => c.em.emit(Op.GetIterator, text),
    next: () => c.em.jump(Op.IterNext),
    close: () => c.em.emit(Op.IterClose),
  }),
  // for await: each step awaits next()'s promise; leaving early awaits return()'s.
  await: (c) => ({
    start: (text) => c.em.emit(Op.GetAsyncIterator, text),
    next: () => { c.em.emit(Op.AsyncIterNext); c.em.emit(Op.Await); return c.em.jump(Op.AsyncIterUnwrap); },
    close: () => {
      const skip = c.em.jump(Op.AsyncIterClose);
      c.em.emit(Op.Await);
      c.em.emit(Op.Pop);
      c.em.patch(skip);
    },
  }),
};

/**
 * for-in, for-of and for-await. The iterator stays on the stack for the whole loop; an
 * iterator loop sits in a synthesized try/finally so break, return and throw close it.
 */
function compileForInOf(c: FnContext, s: ForInStatement | ForOfStatement, labels: string[]): void {
  const kind = s.type === 'ForInStatement' ? 'in' : s.await ? 'await' : 'of';
  const it = ITERATIONS[kind](c);
  step(c, s.right);
  compileLoopHead(c, s);
  const outside = c.record();
  it.start(c.em.constant(c.sourceOf(s.right)));
  c.stackDepth++;
  let finallyPush = -1;
  if (it.close) {
    finallyPush = c.em.emit(Op.TryPush, -1, -1);
    c.handlerDepth++;
  }
  const entry = newEntry(c, labels);
  entry.breakRecord = outside;
  const top = c.em.pc;
  closeContinues(c, entry);
  step(c, s.left);
  const done = it.next();
  bindLoopTarget(c, s.left, () => body(c, entry, s.body));
  c.em.jumpTo(Op.Jump, top);
  c.em.patch(done);
  if (it.close) {
    c.em.emit(Op.IterDone);
    c.em.emit(Op.TryPop);
    c.handlerDepth--;
    c.em.emit(Op.Undefined);
    c.em.emitConst(0);
    c.em.patch(finallyPush + 2);
    it.close();
    c.em.emit(Op.EndFinally);
  }
  c.stackDepth--;
  c.em.emit(Op.Pop);
  closeBreaks(c, entry);
}

/**
 * The loop's object or iterable, evaluated where the let/const names of the head are in
 * their TDZ (https://tc39.es/ecma262/#sec-runtime-semantics-forinofheadevaluation), so
 * `for (let x of [x])` throws. The scope is made only when the expression might name them.
 */
function compileLoopHead(c: FnContext, s: ForInStatement | ForOfStatement): void {
  const left = s.left.type === 'VariableDeclaration' && s.left.kind !== 'var' ? s.left : null;
  const names = left ? boundNames(left.declarations[0].id) : [];
  const text = c.sourceOf(s.right);
  const tdz = names.length > 0 && (text.includes('eval') || names.some((n) => text.includes(n)));
  if (left && tdz) c.pushScope('block', names.map((n) => [n, lexicalKind(left)]));
  compileExpression(c, s.right);
  if (tdz) c.popScope();
}

/** Binds the next value (on the stack) to the loop's left side, then runs the body. */
function bindLoopTarget(c: FnContext, left: VariableDeclaration | Pattern, runBody: () => void): void {
  if (left.type === 'VariableDeclaration' && left.kind !== 'var') {
    const names = boundNames(left.declarations[0].id);
    c.pushScope('block', names.map((n) => [n, lexicalKind(left)]));
    bindPattern(c, left.declarations[0].id, 'init', null);
    runBody();
    c.popScope();
    return;
  }
  const target = left.type === 'VariableDeclaration' ? left.declarations[0].id : left;
  bindPattern(c, target, 'assign', null);
  runBody();
}

