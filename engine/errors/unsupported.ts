// Features Glassbox does not implement: neither a JS exception (no user catch or finally
// sees them) nor an engine bug. Met at run time, they end the run with a report.
import type { AnyFrame, Frame } from '../vm/frame';
import { frameRange, stackLines } from '../debug/location';
import type { SourcePosition } from '../parse/position';
import { GlassboxSyntaxError } from './internal';

/** `Glassbox does not support <feature> yet`, with an optional hint after it. */
export function unsupportedText(feature: string, hint?: string): string {
  return `Glassbox does not support ${feature} yet${hint ? ` (${hint})` : ''}`;
}

/** A construct Glassbox does not implement, met at run time: the run stops where the program reached it. */
export class GlassboxUnsupported extends Error {
  override name = 'GlassboxUnsupported';
  constructor(readonly feature: string, hint?: string) {
    super(unsupportedText(feature, hint));
  }
}

/**
 * Syntax Glassbox does not compile: a syntax error with its location when the program is
 * compiled, a GlassboxUnsupported when code made at run time (eval, new Function) has it.
 */
export class UnsupportedSyntax extends GlassboxSyntaxError {
  constructor(readonly feature: string, fileName: string, at: SourcePosition) {
    super(unsupportedText(feature), fileName, at);
  }
}

/**
 * What the learner reads when the run stopped at an unsupported feature: the feature,
 * the file:line:col of the JS code that reached it, and the JS stack there.
 */
export function unsupportedReport(e: GlassboxUnsupported, frames: readonly AnyFrame[]): string {
  // The program's own line that reached it: a core module written in JS (`node:stream`) is not where the learner looks.
  const jsFrames = [...frames].reverse().filter((f): f is Frame => !f.isNative);
  const top = jsFrames.find((f) => !f.code.fileName.startsWith('node:')) ?? jsFrames[0];
  const range = top ? frameRange(top) : undefined;
  const where = top && (range ? `${top.code.fileName}:${range.line}:${range.column}` : top.code.fileName);
  const stack = stackLines(frames);
  return [
    `Unsupported: ${e.message}${where ? ` (${where})` : ''}`,
    ...(stack ? [stack] : []),
    'This is a limit of Glassbox, not an error in your program; the run cannot go on.',
  ].join('\n');
}
