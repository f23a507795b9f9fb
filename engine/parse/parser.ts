// Glassbox's acorn: acorn's Parser with six plugins (acorn's Parser.extend). Nodes work out
// their loc when it is read (lazyLocations.ts); scope name lists keep a Set beside their
// arrays once long, so redeclaration checks stay O(1) while acorn's own declareName logic
// is untouched; a host stack overflow reaches the caller as it is,
// from the place it happened; syntax errors speak V8's words (v8Words.ts); and sloppy
// `async function let() {}` in a block parses, as in V8 (letFunctionName.ts); Node 20's
// `assert { type: 'json' }` reads as the `with` clause (importAssertions.ts).
import * as acorn from 'acorn';
import { v8Words } from './v8Words';
import { letFunctionName } from './letFunctionName';
import { lazyLocations } from './lazyLocations';
import { importAssertions } from './importAssertions';

/** The parser internals the plugins use (not in acorn's typings). */
interface Scope { flags: number; var: string[]; lexical: string[]; functions: string[] }
interface ParserInternals {
  scopeStack: Scope[];
  declareName(name: string, bindingType: number, pos: number): void;
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

/** acorn's binding kinds and scope flags (acorn.js, "Each scope gets a bitset"). */
const BIND_VAR = 1;
const SCOPE_VAR = 1 | 2 | 256;
/** Past this many names a list is searched through a Set; most scopes never get there. */
const INDEXED_FROM = 16;

function indexed(list: string[]): string[] {
  if (list.length < INDEXED_FROM || list instanceof NameList) return list;
  const out = new NameList();
  for (const n of list) out.push(n);
  return out;
}

/** After each declaration, the lists it grew (the current scope's; for var, up to the var scope) are indexed once long. */
function indexedScopes(Base: typeof acorn.Parser): typeof acorn.Parser {
  const B = Base as unknown as Internals;
  return class extends B {
    override declareName(name: string, bindingType: number, pos: number): void {
      super.declareName(name, bindingType, pos);
      for (let i = this.scopeStack.length - 1; i >= 0; i--) {
        const s = this.scopeStack[i];
        s.var = indexed(s.var);
        s.lexical = indexed(s.lexical);
        s.functions = indexed(s.functions);
        if (bindingType !== BIND_VAR || (s.flags & SCOPE_VAR) !== 0) break;
      }
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
export const GlassboxParser = acorn.Parser.extend(lazyLocations, indexedScopes, stackOverflowPassesThrough, v8Words, letFunctionName, importAssertions);

/** A parser for `source` whose position is still readable after parse() throws. */
export function newParser(options: acorn.Options, source: string): acorn.Parser & { start: number } {
  return new (GlassboxParser as unknown as new (o: acorn.Options, s: string) => acorn.Parser & { start: number })(options, source);
}
