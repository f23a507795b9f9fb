// Source positions with the base of their column in the type. acorn counts columns from 0;
// everything Glassbox keeps and shows (messages, stack traces, disassembly, the debugger's
// positions) counts them from 1. Here, and only here, one becomes the other.

declare const columnBase: unique symbol;
/** A column counted from 1. Only this file makes one, so a 0-based column cannot pass for it. */
export type Column1 = number & { readonly [columnBase]: 1 };

/** A position as acorn gives it: line from 1, column from 0 (a Column1 is refused here). */
export interface AcornPosition { readonly line: number; readonly column: number & { readonly [columnBase]?: 0 } }

/** A line and a column, both from 1. */
export interface SourcePosition { readonly line: number; readonly column: Column1 }

/** Where a function or an instruction's node sits; the end is exclusive. Lines and columns from 1. */
export interface SourceRange {
  line: number;
  column: Column1;
  endLine: number;
  endColumn: Column1;
}

/** The one conversion from acorn's column base to Glassbox's. */
function base1(column: AcornPosition['column']): Column1 {
  return (column + 1) as Column1;
}

/** acorn's position, 1-based. */
export function fromAcorn(p: AcornPosition): SourcePosition {
  return { line: p.line, column: base1(p.column) };
}

/** A node's `loc` (acorn's, with `locations: true`), 1-based. */
export function rangeFromAcorn(loc: { start: AcornPosition; end: AcornPosition }): SourceRange {
  return { line: loc.start.line, column: base1(loc.start.column), endLine: loc.end.line, endColumn: base1(loc.end.column) };
}

/** Line 1, column 1: for code with no source of its own (the debugger's evaluation holder) or an unknown place. */
export const FIRST_POSITION: SourcePosition = { line: 1, column: 1 as Column1 };
export const EMPTY_RANGE: Readonly<SourceRange> = { line: 1, column: 1 as Column1, endLine: 1, endColumn: 1 as Column1 };
