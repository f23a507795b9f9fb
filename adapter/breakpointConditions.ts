// Whether a hit breakpoint stops the run: its condition (evaluated in the paused frame),
// its hit count, and its log message (a logpoint prints instead of stopping).
import type { EngineDebugger } from '../engine';
import type { BreakpointEntry } from './breakpoints';

type HitTest = (hits: number) => boolean;

/** "3" or "==3" (the third hit), ">3", ">=3", "<3", "<=3", "%3" (every third); undefined when unreadable. */
export function parseHitCondition(text: string): HitTest | undefined {
  const m = /^\s*(>=|<=|==|=|>|<|%)?\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>': return (h) => h > n;
    case '>=': return (h) => h >= n;
    case '<': return (h) => h < n;
    case '<=': return (h) => h <= n;
    case '%': return (h) => n > 0 && h % n === 0;
    default: return (h) => h === n;
  }
}

export interface Verdict {
  stop: boolean;
  /** A logpoint's message, or a note that the condition failed to evaluate. */
  output?: { text: string; isError: boolean };
}

/** Decides a breakpoint hit at the top frame (the engine asks, paused there); counts the hit when the condition holds. */
export function judgeHit(entry: BreakpointEntry, dbg: EngineDebugger): Verdict {
  if (entry.condition !== undefined) {
    const r = dbg.evaluate(entry.condition, 0);
    if (!r.ok) {
      const text = `Breakpoint condition '${entry.condition}' failed: ${r.error}; stopping here.`;
      return { stop: true, output: { text, isError: true } };
    }
    if (!r.truthy) return { stop: false };
  }
  entry.hits++;
  if (entry.hitCondition !== undefined && !parseHitCondition(entry.hitCondition)?.(entry.hits)) return { stop: false };
  if (entry.logMessage !== undefined) return { stop: false, output: { text: interpolate(entry.logMessage, dbg), isError: false } };
  return { stop: true };
}

/** Replaces each `{expression}` in a log message with its value, as console.log shows it. */
export function interpolate(message: string, dbg: EngineDebugger): string {
  let out = '';
  for (let i = 0; i < message.length; ) {
    const open = message.indexOf('{', i);
    const close = open < 0 ? -1 : matchingBrace(message, open);
    if (close < 0) { out += message.slice(i); break; }
    out += message.slice(i, open) + valueText(message.slice(open + 1, close), dbg);
    i = close + 1;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function valueText(expression: string, dbg: EngineDebugger): string {
  if (expression.trim() === '') return '{}';
  const r = dbg.evaluate(expression, 0);
  return r.ok ? r.text : `{${r.error}}`;
}
