// A compiled function: its bytecode, constants and source map. Plain data, shared by
// every closure made from the same source function.
import type { ScopeInfo } from '../env/scope';
import type { Constant } from './constants';
import type { SourceRange } from '../parse/position';
import type { PropertyCache } from '../vm/inlineCache';
import type { TierRecord } from '../tier/record';

/** 'script' is a program run as a Script; 'module' one run as Node runs a CommonJS file (in a function). */
export type FunctionKind = 'normal' | 'arrow' | 'method' | 'classConstructor' | 'derivedConstructor' | 'script' | 'module' | 'eval';

export type { SourceRange };

export class FunctionCode {
  ops: number[] = [];
  /** Indexed by constant operands; each operand's kind fixes its constant's type (constants.ts). */
  consts: Constant[] = [];
  /** Per instruction start: the index into `ranges` of its source range, or -1. */
  rangeOf: number[] = [];
  ranges: SourceRange[] = [];
  /** Names of the parameter list as written, for `multiply(e, f)` stop texts. */
  paramNames: string[] = [];
  length = 0;
  strict = false;
  isGenerator = false;
  isAsync = false;
  usesArguments = false;
  hasSimpleParams = true;
  /** The function's own scope (parameters, var, top-level lexical bindings). */
  scope!: ScopeInfo;
  /** Source text for Function.prototype.toString. */
  sourceText = '';
  /** Slot of each parameter in `scope`, for mapped `arguments`. */
  paramSlots: number[] = [];
  /** A named function expression's own name lives in an environment of its own (this scope). */
  selfScope: ScopeInfo | undefined = undefined;
  /** A line breakpoint is set in this function: its step points ask the debugger (see DebugHooks.watchesSteps). */
  hasBreakpoints = false;
  /** Inline caches of the property sites, indexed by the instruction's pc (vm/inlineCache.ts). */
  caches: (PropertyCache | undefined)[] = [];
  /** A lazily compiled function's body compiler until its first call (compile/lazyBody.ts); then null. */
  pendingBody: (() => void) | null = null;
  /** Hot-code counters (engine/tier/): calls made and loop back-edges taken. */
  calls = 0;
  backEdges = 0;
  /** The counts at which the tier looks at this function next: 0 asks at the first one. */
  nextCallCheck = 0;
  nextLoopCheck = 0;
  /** The quickened copy of `ops` new frames run, with the same pc layout; null: run `ops`. */
  optimized: number[] | null = null;
  /** Per pc, 1 where an arithmetic or comparison met a non-number (tier 1's type feedback). */
  slowSites: Uint8Array | null = null;
  /** The tier's record of this function, made at its first check. */
  tier: TierRecord | null = null;

  constructor(
    public name: string,
    readonly kind: FunctionKind,
    readonly fileName: string,
    readonly range: SourceRange,
  ) {}

  get isArrow(): boolean { return this.kind === 'arrow'; }
  /** Its scope starts with the special slots this, the function and new.target (env/specialSlots.ts); not arrows or direct eval. */
  ownThis = true;
  /** The program itself (the bottom frame of the script's run), however it is run. */
  get isProgram(): boolean { return this.kind === 'script' || this.kind === 'module'; }
  get isClassConstructor(): boolean { return this.kind === 'classConstructor' || this.kind === 'derivedConstructor'; }

  /** How many lazily compiled bodies were compiled so far: tables of compiled code know when they are stale. */
  static bodiesCompiled = 0;

  /** Compiles the body now if it is still pending: before a call, a disassembly or placing breakpoints. */
  ensureCompiled(): this {
    const compileBody = this.pendingBody;
    if (compileBody !== null) {
      compileBody();
      this.pendingBody = null;
      FunctionCode.bodiesCompiled++;
    }
    return this;
  }
}
