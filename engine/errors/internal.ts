// The engine's three error kinds as host exceptions: a thrown JS value (catchable by
// user code), a syntax error with its location, and an engine bug (never catchable).
import { heapFatalText } from '../heap/defaults';
import type { Value } from '../heap/values';
import type { Column1, SourcePosition } from '../parse/position';

/** A JS exception in flight: the VM unwinds to the nearest handler with `value`. */
export class JSThrow {
  constructor(readonly value: Value) {}
}

/** A parse or early error, or syntax Glassbox does not implement, with its location. */
export class GlassboxSyntaxError extends Error {
  override name = 'SyntaxError';
  readonly line: number;
  readonly column: Column1;
  constructor(message: string, readonly fileName: string, at: SourcePosition) {
    super(message);
    this.line = at.line;
    this.column = at.column;
  }
}

/** An engine invariant failed: a Glassbox bug, reported and never seen by user code. */
export class GlassboxInternalError extends Error {
  override name = 'GlassboxInternalError';
}

export function assert(cond: unknown, what = 'assertion failed'): asserts cond {
  if (!cond) throw new GlassboxInternalError(what);
}

export function unreachable(x: never): never {
  throw new GlassboxInternalError(`unreachable: ${JSON.stringify(x)}`);
}

/** A construct Glassbox does not implement, met at run time; reported as a JS TypeError. */
export class GlassboxUnsupported extends Error {
  override name = 'GlassboxUnsupported';
}

/**
 * The engine ran out of its heap: Node's fatal error, neither a JS exception (no user
 * catch or finally sees it) nor a Glassbox bug. The run ends with exit code 134.
 */
export class HeapExhausted extends Error {
  override name = 'HeapExhausted';
  constructor(
    /** V8's reason: 'Reached heap limit' or 'invalid array length'. */
    readonly reason: string,
    readonly liveBytes: number,
  ) {
    super(heapFatalText(reason));
  }
}
