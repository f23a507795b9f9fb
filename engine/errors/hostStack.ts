// Host stack overflows: the engine's own recursion (parser, compiler, a built-in walking a
// deep value) running out of host stack, told apart from every other host exception.
import { GlassboxSyntaxError } from './internal';
import { Msg } from './messages';
import { FIRST_POSITION, type SourcePosition } from '../parse/position';

/** V8's RangeError for an exhausted stack; compared by text so the check itself cannot recurse. */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === Msg.StackOverflow;
}

/**
 * Source nested deeper than parsing or compiling can follow: Node's own
 * `RangeError: Maximum call stack size exceeded`, reported like a syntax error
 * (with a location, exit code 1, a catchable error in eval and new Function).
 */
export class CompileStackOverflow extends GlassboxSyntaxError {
  override name = 'RangeError';
  constructor(fileName: string, at: SourcePosition) {
    super(Msg.StackOverflow, fileName, at);
  }
}

/** Runs a compile step; a host stack overflow in it becomes a CompileStackOverflow at `where()`. */
export function overflowIsCompileError<T>(fileName: string, where: () => SourcePosition | undefined, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (!isHostStackOverflow(e)) throw e;
    throw new CompileStackOverflow(fileName, where() ?? FIRST_POSITION);
  }
}

/** The JS error a compile error becomes when code made at run time (eval, new Function) fails. */
export function compileErrorType(e: GlassboxSyntaxError): 'SyntaxError' | 'RangeError' {
  return e instanceof CompileStackOverflow ? 'RangeError' : 'SyntaxError';
}
