// The acorn wrapper: source text to an ESTree Program with locations, and acorn's
// errors (and nesting too deep for the host stack) turned into errors with file:line:col.
import { CompileStackOverflow, isHostStackOverflow } from '../errors/hostStack';
import { GlassboxSyntaxError } from '../errors/internal';
import { newParser } from './parser';
import { lineStarts } from './lineStarts';
import type { PrivateIdentifier, Program } from './ast';
import { fromAcorn } from './position';

export interface ParseOptions {
  fileName: string;
  /** Parse as the body of a function (Function constructor / eval). */
  allowReturnOutsideFunction?: boolean;
  /** Parse as Node's CommonJS file: the top level is a function body (return, new.target). */
  commonjs?: boolean;
  /** Parse as an ES module: import/export, strict, top-level await. */
  esModule?: boolean;
  /** Strict from the first token: a direct eval called from strict code. */
  strict?: boolean;
  /** Eval code inside a function (Node's module function included): `new.target` is allowed. */
  inFunction?: boolean;
  /** Private names (without '#') of the classes around a direct eval, which its code may use. */
  privateNames?: string[];
  /** Let `super` through (a direct eval; compile/evalRules.ts decides where it may stay). */
  allowSuper?: boolean;
}

/** Makes one of acorn's scope predicates true where the eval code's own `this` scope is the current one. */
function allowAtTopLevel(parser: object, name: string): void {
  let proto: object | null = Object.getPrototypeOf(parser);
  let d: PropertyDescriptor | undefined;
  while (proto !== null && (d = Object.getOwnPropertyDescriptor(proto, name)) === undefined) proto = Object.getPrototypeOf(proto);
  const acornRule = d!.get!;
  type ScopedParser = { currentThisScope(): unknown; scopeStack: unknown[] };
  Object.defineProperty(parser, name, {
    get(this: ScopedParser) { return this.currentThisScope() === this.scopeStack[0] || acornRule.call(this); },
  });
}

export function parseProgram(source: string, opts: ParseOptions): Program {
  const parser = newParser({
    ecmaVersion: 'latest',
    sourceType: opts.esModule ? 'module' : opts.commonjs ? 'commonjs' : 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: opts.allowReturnOutsideFunction ?? false,
  }, source);
  if (opts.strict) (parser as unknown as { strict: boolean }).strict = true;
  if (opts.inFunction) allowAtTopLevel(parser, 'allowNewDotTarget');
  // super.x and super(...) at the eval code's own level; compile/evalRules.ts gives the
  // error that fits the eval's caller, and nested functions keep acorn's rules
  if (opts.allowSuper) for (const name of ['allowSuper', 'allowDirectSuper']) allowAtTopLevel(parser, name);
  // acorn checks private names against its stack of class bodies: the eval's classes go first
  const outer: { declared: Record<string, string>; used: PrivateIdentifier[] } | null = opts.privateNames?.length ? { declared: Object.fromEntries(opts.privateNames.map((n) => [n, 'true'])), used: [] } : null;
  if (outer) (parser as unknown as { privateNameStack: unknown[] }).privateNameStack.push(outer);
  try {
    // Every node has its loc (lazyLocations.ts); a Script or CommonJS body has no import/export.
    const program = parser.parse() as Program;
    const undeclared = outer?.used.find((id) => !Object.hasOwn(outer.declared, id.name));
    if (undeclared) {
      throw new GlassboxSyntaxError(`Private field '#${undeclared.name}' must be declared in an enclosing class`, opts.fileName, fromAcorn(undeclared.loc.start));
    }
    return program;
  } catch (e) {
    if (isHostStackOverflow(e)) {
      // Where the parser was when the stack ran out: the innermost token it reached.
      throw new CompileStackOverflow(opts.fileName, fromAcorn(lineStarts(source)(parser.start)));
    }
    const err = e as SyntaxError & { loc?: { line: number; column: number } };
    if (err instanceof SyntaxError && err.loc) {
      const message = err.message.replace(/ \(\d+:\d+\)$/, '');
      throw new GlassboxSyntaxError(message, opts.fileName, fromAcorn(err.loc));
    }
    throw e;
  }
}
