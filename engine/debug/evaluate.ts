// Evaluates an expression in a paused frame's scope chain: compiled by Glassbox's own
// compiler against a copy of the frame's environments, run on the VM above the paused stack.
import type { Env } from '../env/env';
import { FnContext } from '../compile/context';
import { mirrorScopes } from '../compile/mirror';
import { FunctionCode } from '../bytecode/code';
import { compileFunction } from '../compile/functions';
import { GlassboxSyntaxError, assert } from '../errors/internal';
import { isHostStackOverflow } from '../errors/hostStack';
import { Msg } from '../errors/messages';
import { parseProgram } from '../parse/parse';
import { isNode } from '../parse/ast';
import type { ArrowFunctionExpression } from '../parse/ast';
import type { Value } from '../heap/values';
import type { Machine } from '../vm/machine';
import { execute } from '../vm/interpreter';
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

/** Runs `start` (which pushes a frame or delivers a value) with the paused stack set aside. */
export function runIsolated(m: Machine, start: () => void, budget = EVALUATION_BUDGET): EvalResult {
  const saved = m.frames.splice(0, m.frames.length);
  const hooks = [m.onStep, m.onDebugger, m.onNativeWait] as const;
  const uncaught = m.uncaught;
  // An exception the debugger is paused at stays held while the evaluation runs.
  const pausedThrow = m.pausedThrow;
  // The evaluation's instructions are not the program's: its virtual clock stays where it paused.
  const instructions = m.instructionsRun();
  m.onStep = null;
  m.onDebugger = null;
  m.onNativeWait = null;
  m.uncaught = null;
  m.pausedThrow = null;
  m.lastResult = undefined;
  try {
    start();
    // Count instructions run, not slices: a held exception ends a slice early (`paused`).
    for (let left = budget; m.frames.length > 0;) {
      if (left <= 0) return { ok: false, error: `Evaluation took too long: stopped after ${budget.toLocaleString('en-US')} steps` };
      const slice = Math.min(left, 100_000);
      const result = execute(m, slice);
      left -= Math.max(1, slice - Math.max(0, m.budget));
      if (result === 'uncaught') break;
    }
    if (m.uncaught) return { ok: false, error: (m.uncaught as { value: Value }).value };
    return { ok: true, value: m.lastResult };
  } catch (e) {
    const thrown = e as { value?: Value; message?: string };
    return { ok: false, error: 'value' in thrown ? (thrown.value as Value) : String(thrown.message ?? e) };
  } finally {
    m.frames.length = 0;
    m.frames.push(...saved);
    [m.onStep, m.onDebugger, m.onNativeWait] = hooks;
    m.uncaught = uncaught;
    m.pausedThrow = pausedThrow;
    m.rewindInstructions(instructions);
  }
}

/** Does the code assign, update or delete anything? (Calls are refused by the VM itself.) */
function writesState(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(writesState);
  if (!isNode(node)) return false;
  const n = node;
  if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression') return true;
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
    if (sideEffectFree && writesState(node.body)) return { ok: false, error: 'EvalError: Possible side-effect in debug-evaluate' };
    const file = { fileName: '<debug>', source: `(() => (\n${source}\n))` };
    (c as { file: typeof file }).file = file;
    code = compileFunction(c, { node, kind: 'arrow', name: '<debug>' });
  } catch (e) {
    if (e instanceof GlassboxSyntaxError) return { ok: false, error: `${e.name}: ${e.message}` };
    // An expression nested deeper than the compiler (or the side-effect check) can follow.
    if (isHostStackOverflow(e)) return { ok: false, error: `RangeError: ${Msg.StackOverflow}` };
    throw e;
  }
  try {
    const fn = m.makeClosure(code, env);
    // The evaluation's own wrapper is called first; only what it calls counts as a side effect.
    return runIsolated(m, () => { m.call(fn, undefined, []); m.sideEffectFree = sideEffectFree; }, sideEffectFree ? HOVER_BUDGET : EVALUATION_BUDGET);
  } finally {
    m.sideEffectFree = false;
  }
}
