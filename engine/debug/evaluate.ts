// Evaluates an expression in a paused frame's scope chain: compiled by Glassbox's own
// compiler against a copy of the frame's environments, run as a nested activation of the VM.
// Results are engine Values: engineDebugger.ts turns them into views for the adapter.
import type { Env } from '../env/env';
import { FnContext } from '../compile/context';
import { mirrorScopes } from '../compile/mirror';
import { FunctionCode } from '../bytecode/code';
import { compileFunction } from '../compile/functions';
import { GlassboxSyntaxError, HeapExhausted, assert } from '../errors/internal';
import { isHostStackOverflow } from '../errors/hostStack';
import { GlassboxUnsupported } from '../errors/unsupported';
import { Msg } from '../errors/messages';
import { parseProgram } from '../parse/parse';
import { isNode } from '../parse/ast';
import type { ArrowFunctionExpression } from '../parse/ast';
import { JSObject } from '../heap/object';
import type { Value } from '../heap/values';
import type { DebugHooks } from '../vm/debugHooks';
import type { Machine, NestedCompletion } from '../vm/machine';
import { EMPTY_RANGE } from '../parse/position';

export type EvalResult = { ok: true; value: Value } | { ok: false; error: Value | string };


function parseAsArrow(source: string, fileName: string): ArrowFunctionExpression {
  for (const wrapped of [`(() => (\n${source}\n))`, `(() => {\n${source}\n})`]) {
    try {
      const program = parseProgram(wrapped, { fileName });
      const stmt = program.body[0];
      assert(stmt.type === 'ExpressionStatement' && stmt.expression.type === 'ArrowFunctionExpression', 'the evaluation wrapper is not an arrow function');
      return stmt.expression;
    } catch (e) {
      if (!(e instanceof GlassboxSyntaxError)) throw e;
      if (wrapped.startsWith('(() => {')) throw e;
    }
  }
  throw new Error('unreachable');
}

/** Instructions a Debug Console or watch evaluation may run before it is stopped. */
export const EVALUATION_BUDGET = 2_000_000;
/** Hovers get far fewer, so hovering never holds the engine up. */
export const HOVER_BUDGET = 100_000;

/** A hover's evaluation: nothing pauses it, and every call it makes (getters too) throws instead of running. */
const REFUSING_CALLS: DebugHooks = {
  onStep: () => false,
  watchesSteps: false,
  onDebugger: () => false,
  onNativeWait: () => false,
  onThrow: () => false,
  pausedThrow: null,
  refusesCalls: true,
};

/**
 * Runs `start` (which pushes a frame or delivers a value) as a nested activation above the
 * paused stack. The heap limit and an unsupported feature are an evaluation's error; an
 * engine bug propagates as one.
 */
export function runEvaluation(m: Machine, start: () => void, budget = EVALUATION_BUDGET, sideEffectFree = false): EvalResult {
  let c: NestedCompletion;
  // The program's moments (Machine.steps) are its own: an evaluation's step points are not among them, so replays count alike.
  const steps = m.steps;
  try {
    c = m.runNested(start, budget, sideEffectFree ? REFUSING_CALLS : null);
  } catch (e) {
    // The heap limit, or a feature Glassbox does not implement: the evaluation's error, the session goes on.
    if (e instanceof HeapExhausted || e instanceof GlassboxUnsupported) return { ok: false, error: e.message };
    throw e;
  } finally {
    m.steps = steps;
  }
  switch (c.kind) {
    case 'normal': return { ok: true, value: c.value };
    case 'throw': return { ok: false, error: c.value };
    case 'outOfBudget': return { ok: false, error: `Evaluation took too long: stopped after ${budget.toLocaleString('en-US')} steps` };
  }
}

/** Does the code assign, update or delete anything? (Calls are refused by the VM itself.) */
function writesState(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(writesState);
  if (!isNode(node)) return false;
  const n = node;
  if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression') return true;
  // `for (x of xs)` writes x when x is not declared by the loop itself.
  if ((n.type === 'ForOfStatement' || n.type === 'ForInStatement') && n.left.type !== 'VariableDeclaration') return true;
  if (n.type === 'UnaryExpression' && n.operator === 'delete') return true;
  const fields: Record<string, unknown> = n;
  return Object.keys(n).some((k) => k !== 'loc' && writesState(fields[k]));
}

/**
 * Evaluates `source` with `env`'s bindings in scope and `this` from the frame. Side-effect
 * free (hovers): writes are refused before running, and any call (getters too) while running.
 */
export function evaluateIn(m: Machine, env: Env, source: string, sideEffectFree = false): EvalResult {
  let code: FunctionCode;
  try {
    const scope = mirrorScopes(env)!;
    const holder = new FunctionCode('<debug>', 'arrow', '<debug>', EMPTY_RANGE);
    holder.scope = scope.info;
    const c = new FnContext({ fileName: '<debug>', source: '' }, null, holder, scope);
    const node = parseAsArrow(source, '<debug>');
    if (sideEffectFree && writesState(node.body)) return { ok: false, error: SIDE_EFFECT_REFUSED };
    const file = { fileName: '<debug>', source: `(() => (\n${source}\n))` };
    (c as { file: typeof file }).file = file;
    code = compileFunction(c, { node, kind: 'arrow', name: '<debug>' });
  } catch (e) {
    if (e instanceof GlassboxSyntaxError) return { ok: false, error: `${e.name}: ${e.message}` };
    // An expression nested deeper than the compiler (or the side-effect check) can follow.
    if (isHostStackOverflow(e)) return { ok: false, error: `RangeError: ${Msg.StackOverflow}` };
    throw e;
  }
  const fn = m.makeClosure(code, env);
  // The evaluation's own wrapper is called before the hooks refuse calls: only what it calls counts as a side effect.
  return runEvaluation(m, () => m.call(fn, undefined, []), sideEffectFree ? HOVER_BUDGET : EVALUATION_BUDGET, sideEffectFree);
}

/** What a side-effect-free evaluation answers when it would write or call. */
const SIDE_EFFECT_REFUSED = `EvalError: ${Msg.SideEffectInEvaluate}`;

/** Whether a side-effect-free evaluation failed only because it would have had an effect (a write or a call). */
export function wasRefusedForSideEffect(r: EvalResult): boolean {
  return !r.ok && exceptionText(r.error) === SIDE_EFFECT_REFUSED;
}

/** An evaluation's error as text: "TypeError: msg" for an Error, the plain text of other thrown values. */
export function exceptionText(v: Value | string): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSObject) {
    const stack = v.lookup('stack');
    if (stack && !stack.isAccessor && typeof stack.value === 'string') return stack.value.split('\n')[0];
    const name = v.lookup('name'), msg = v.lookup('message');
    if (name && !name.isAccessor) return `${String(name.value)}${msg && !msg.isAccessor && msg.value ? `: ${String(msg.value)}` : ''}`;
  }
  return String(v);
}
