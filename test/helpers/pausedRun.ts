// Engine tests of the debugger's views start from a run paused at a `debugger` statement.
import assert from 'node:assert/strict';
import { createAgent, type EngineDebugger, type Agent } from '../../engine';
import type { EvalResult } from '../../engine/debug/evaluate';

/** A run paused at a `debugger` statement after `setup`. */
export function pausedAt(setup: string): { run: Agent; dbg: EngineDebugger } {
  const run = createAgent(`${setup}\ndebugger;`, { fileName: 't.js' });
  const dbg = run.attachDebugger(false);
  for (let guard = 0; guard < 1000 && run.step() !== 'paused';) guard++;
  assert.ok(dbg.stop(), 'paused');
  return { run, dbg };
}

/**
 * An evaluation's result as an engine Value, for engine tests that check values: the
 * adapter only ever gets views, so this reaches the debugger's engine-internal method.
 */
export function evaluateValue(dbg: EngineDebugger, source: string, frameIndex = 0, sideEffectFree = false): EvalResult {
  return dbg['evaluateValue'](source, frameIndex, sideEffectFree);
}
