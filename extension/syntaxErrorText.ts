// Texts and spans for a syntax error report; pure, so it is tested without VS Code.
import type { SyntaxErrorBody } from '../adapter/protocol';

/** 0-based columns of the squiggle: the token at the error's 1-based column, at least one character. */
export function squiggleSpan(lineText: string, column: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(column - 1, lineText.length));
  const token = /^(\w+|\S)/.exec(lineText.slice(start));
  return { start, end: start + (token ? token[0].length : 1) };
}

/** The notification: `Glassbox could not run classic.js:3:13: SyntaxError: Unexpected token`. */
export function syntaxErrorNotice(fileName: string, e: Pick<SyntaxErrorBody, 'line' | 'column' | 'message'>): string {
  return `Glassbox could not run ${fileName}:${e.line}:${e.column}: ${e.message}`;
}
