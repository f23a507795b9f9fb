// Glassbox's acorn: acorn's Parser with four plugins (acorn's Parser.extend). Scope name
// lists keep a Set beside their arrays, so redeclaration checks stay O(1) while acorn's
// own declareName logic is untouched; a host stack overflow reaches the caller as it is,
// from the place it happened; syntax errors speak V8's words (v8Words.ts); and sloppy
// `async function let() {}` in a block parses, as in V8 (letFunctionName.ts).
import * as acorn from 'acorn';
import { v8Words } from './v8Words';
import { letFunctionName } from './letFunctionName';

/** The parser internals the plugins use (not in acorn's typings). */
interface ParserInternals {
  enterScope(flags: number): void;
  currentScope(): { var: string[]; lexical: string[]; functions: string[] };
  catchStackOverflow<T>(f: () => T): T;
}
type Internals = new (...args: never[]) => ParserInternals;

/** Names in declaration order; indexOf asks the Set first (acorn only pushes and searches). */
class NameList extends Array<string> {
  private readonly known = new Set<string>();

  override push(...names: string[]): number {
    for (const n of names) this.known.add(n);
    return super.push(...names);
  }

  override indexOf(name: string, from?: number): number {
    return this.known.has(name) ? super.indexOf(name, from) : -1;
  }
}

function indexedScopes(Base: typeof acorn.Parser): typeof acorn.Parser {
  const B = Base as unknown as Internals;
  return class extends B {
    override enterScope(flags: number): void {
      super.enterScope(flags);
      const s = this.currentScope();
      s.var = new NameList();
      s.lexical = new NameList();
      s.functions = new NameList();
    }
  } as unknown as typeof acorn.Parser;
}

/**
 * acorn turns a stack overflow into "Not enough stack space" where it is caught, deep in the
 * recursion, by testing the message with a regexp: compiling that regexp with no stack left
 * is a fatal V8 error. Letting the RangeError through keeps the handling at the top.
 */
function stackOverflowPassesThrough(Base: typeof acorn.Parser): typeof acorn.Parser {
  const B = Base as unknown as Internals;
  return class extends B {
    override catchStackOverflow<T>(f: () => T): T {
      return f();
    }
  } as unknown as typeof acorn.Parser;
}

/** acorn's Parser with Glassbox's plugins. */
export const GlassboxParser = acorn.Parser.extend(indexedScopes, stackOverflowPassesThrough, v8Words, letFunctionName);

/** A parser for `source` whose position is still readable after parse() throws. */
export function newParser(options: acorn.Options, source: string): acorn.Parser & { startLoc?: acorn.Position } {
  return new (GlassboxParser as unknown as new (o: acorn.Options, s: string) => acorn.Parser)(options, source);
}
