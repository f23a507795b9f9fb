// An acorn plugin that raises syntax errors in V8's words (table in syntaxMessages.ts). It
// tracks only what the table needs: the innermost list being parsed, and the token at hand.
import * as acorn from 'acorn';
import { ListContext, V8Text, unexpectedToken, v8Message } from './syntaxMessages';

type Args = unknown[];
/** acorn's DestructuringErrors: where a pattern-only mistake was seen (-1: none). */
type Refs = { trailingComma: number };

/** The parser internals this plugin reads or overrides (not in acorn's typings). */
interface Internals {
  input: string;
  type: acorn.TokenType;
  value: unknown;
  start: number;
  end: number;
  lastTokStart: number;
  lastTokEnd: number;
  raise(pos: number, message: string): never;
  raiseRecoverable(pos: number, message: string): never;
  unexpected(pos?: number): never;
  semicolon(): void;
  eat(type: acorn.TokenType): boolean;
  isContextual(name: string): boolean;
  afterTrailingComma(type: acorn.TokenType, notNext?: boolean): boolean;
  parseSpread(refs: unknown): unknown;
  parseMaybeAssign(forInit: boolean, refs: unknown): unknown;
  parseExprList(close: acorn.TokenType, allowTrailingComma: boolean, allowEmpty: boolean, refs: Refs | undefined): unknown[];
  insertSemicolon(): boolean;
  parseBindingList(close: acorn.TokenType, ...rest: Args): unknown;
  parseParenAndDistinguishExpression(...args: Args): unknown;
  parseObj(...args: Args): unknown;
  checkPatternErrors(...args: Args): unknown;
  parseVarId(decl: { id: { start: number } }, kind: string): void;
}
type InternalsClass = new (...args: never[]) => Internals;

const tt = acorn.tokTypes;

/** acorn's Parser, raising V8's texts for the mistakes learners make most. */
export function v8Words(Base: typeof acorn.Parser): typeof acorn.Parser {
  const B = Base as unknown as InternalsClass;
  return class extends B {
    /** Innermost last: whether a rest element is a parameter or a pattern element. */
    private v8Lists: ListContext[] = [];

    private inList<T>(list: ListContext, f: () => T): T {
      this.v8Lists.push(list);
      try {
        return f();
      } finally {
        this.v8Lists.pop();
      }
    }

    override raise(pos: number, message: string): never {
      const at = {
        list: this.v8Lists.at(-1),
        sourceBefore: this.input.slice(Math.max(0, pos - 40), pos),
        sourceAt: this.input.slice(pos, pos + 200),
        atPostfix: this.type === tt.incDec && pos < this.start,
      };
      return super.raise(pos, v8Message(message, at));
    }

    override raiseRecoverable(pos: number, message: string): never {
      return this.raise(pos, message);
    }

    override unexpected(pos?: number): never {
      if (pos !== undefined && pos !== this.start) return super.unexpected(pos);
      return super.raise(this.start, unexpectedToken(this.type, this.input.slice(this.start, this.end), this.value));
    }

    // V8 names `await` when it ends an expression that something else follows (ExpectSemicolon).
    override semicolon(): void {
      if (this.eat(tt.semi) || this.insertSemicolon()) return;
      if (this.input.slice(this.lastTokStart, this.lastTokEnd) === 'await') super.raise(this.lastTokStart, V8Text.awaitOutsideAsync);
      this.unexpected();
    }

    // acorn's parseExprList, except that a call's argument list not closed says so, as V8 does.
    override parseExprList(close: acorn.TokenType, allowTrailingComma: boolean, allowEmpty: boolean, refs: Refs | undefined): unknown[] {
      if (close !== tt.parenR) return super.parseExprList(close, allowTrailingComma, allowEmpty, refs);
      const elts: unknown[] = [];
      let first = true;
      while (!this.eat(close)) {
        if (!first) {
          if (!this.eat(tt.comma)) super.raise(this.lastTokStart, V8Text.missingParen);
          if (allowTrailingComma && this.afterTrailingComma(close)) break;
        } else first = false;
        if (allowEmpty && this.type === tt.comma) elts.push(null);
        else if (this.type === tt.ellipsis) {
          elts.push(this.parseSpread(refs));
          if (refs && this.type === tt.comma && refs.trailingComma < 0) refs.trailingComma = this.start;
        } else elts.push(this.parseMaybeAssign(false, refs));
      }
      return elts;
    }

    override parseBindingList(close: acorn.TokenType, ...rest: Args): unknown {
      return this.inList(close === tt.parenR ? 'params' : 'elements', () => super.parseBindingList(close, ...rest));
    }

    override parseParenAndDistinguishExpression(...args: Args): unknown {
      return this.inList('params', () => super.parseParenAndDistinguishExpression(...args));
    }

    override parseObj(...args: Args): unknown {
      return this.inList('elements', () => super.parseObj(...args));
    }

    override checkPatternErrors(...args: Args): unknown {
      return this.inList('elements', () => super.checkPatternErrors(...args));
    }

    override parseVarId(decl: { id: { start: number } }, kind: string): void {
      super.parseVarId(decl, kind);
      if (kind === 'const' && this.type !== tt.eq && this.type !== tt._in && !this.isContextual('of')) {
        super.raise(decl.id.start, V8Text.constWithoutInit);
      }
    }
  } as unknown as typeof acorn.Parser;
}
