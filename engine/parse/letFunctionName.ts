// A sloppy-mode block may declare `async function let() {}` (or a generator named let):
// the early error "let is disallowed as a lexically bound name" is for let/const only,
// but acorn binds such functions lexically and raises it. V8 accepts them.
import type * as acorn from 'acorn';

const BIND_LEXICAL = 2;

interface Internals {
  parseFunction(...args: unknown[]): unknown;
  parseFunctionParams(...args: unknown[]): unknown;
  checkLValSimple(expr: acorn.Node & { name?: string }, bindingType?: number, checkClashes?: unknown): unknown;
  declareName(name: string, bindingType: number, pos: number): unknown;
}
type Base = new (...args: never[]) => Internals;

export function letFunctionName(Parser: typeof acorn.Parser): typeof acorn.Parser {
  const B = Parser as unknown as Base;
  return class extends B {
    /** Set while a function declaration's own name is being bound. */
    private bindingFunctionName = false;

    override parseFunction(...args: unknown[]): unknown {
      this.bindingFunctionName = true;
      try { return super.parseFunction(...args); } finally { this.bindingFunctionName = false; }
    }

    override parseFunctionParams(...args: unknown[]): unknown {
      this.bindingFunctionName = false;
      return super.parseFunctionParams(...args);
    }

    override checkLValSimple(expr: acorn.Node & { name?: string }, bindingType?: number, checkClashes?: unknown): unknown {
      const functionName = this.bindingFunctionName;
      this.bindingFunctionName = false;
      if (functionName && bindingType === BIND_LEXICAL && expr.type === 'Identifier' && expr.name === 'let') {
        return this.declareName(expr.name, bindingType, expr.start);
      }
      return super.checkLValSimple(expr, bindingType, checkClashes);
    }
  } as unknown as typeof acorn.Parser;
}
