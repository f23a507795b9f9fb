// acorn's syntax error texts in V8's words: learners search for what Node prints. One
// table from acorn's message to V8's, plus V8's way of naming an unexpected token.
import * as acorn from 'acorn';

/** Where the parser was when it raised: decides between V8's texts for one acorn message. */
export type ListContext = 'params' | 'elements';

export const V8Text = {
  awaitOutsideAsync: 'await is only valid in async functions and the top level bodies of modules',
  missingParen: 'missing ) after argument list',
  constWithoutInit: 'Missing initializer in const declaration',
};

/** What a rewrite may look at besides acorn's message. */
export interface RaiseContext {
  /** The innermost list being parsed (parameters or pattern elements). */
  list: ListContext | undefined;
  /** The source just before the error's position, and from it on. */
  sourceBefore: string;
  sourceAt: string;
  /** The token at hand is a postfix `++`/`--`. */
  atPostfix: boolean;
}

type Rewrite = string | ((m: RegExpMatchArray, at: RaiseContext) => string);

/** acorn message (whole text) -> V8 message; unlisted messages pass through unchanged. */
const table: [RegExp, Rewrite][] = [
  [/^Comma is not permitted after the rest element$/, (_m, at) =>
    at.list === 'params' ? 'Rest parameter must be last formal parameter' : 'Rest element must be last element'],
  [/^Argument name clash$/, 'Duplicate parameter name not allowed in this context'],
  [/^Assigning to rvalue$/, (_m, at) => invalidTarget(at)],
  [/^'return' outside of function$/, 'Illegal return statement'],
  [/^Cannot use keyword 'await' outside an async function$/, V8Text.awaitOutsideAsync],
  [/^(Unexpected character '.*'|Unterminated string constant|Invalid number|Identifier directly after number)$/, 'Invalid or unexpected token'],
  [/^Unexpected keyword '(.*)'$/, (m) => `Unexpected token '${m[1]}'`],
  [/^The keyword '(.*)' is reserved$/, (m) => (STRICT_RESERVED.has(m[1]) ? 'Unexpected strict mode reserved word' : 'Unexpected reserved word')],
  [/^Unterminated template$/, 'Unexpected end of input'],
  [/^Unterminated regular expression$/, 'Invalid regular expression: missing /'],
  [/^Shorthand property assignments are valid only in destructuring patterns$/, 'Invalid shorthand property initializer'],
  [/^Complex binding patterns require an initialization value$/, 'Missing initializer in destructuring declaration'],
  [/^Unsyntactic (break|continue)$/, (m, at) => illegalJump(m[1], at.sourceAt)],
  [/^(Binding|Assigning to) (eval|arguments) in strict mode$/, 'Unexpected eval or arguments in strict mode'],
  [/^'with' in strict mode$/, 'Strict mode code may not include a with statement'],
  [/^'super' keyword outside a method$/, "'super' keyword unexpected here"],
];

/** Words reserved only in strict code (V8's Token::FUTURE_STRICT_RESERVED_WORD and kin). */
const STRICT_RESERVED = new Set(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield']);

/** acorn checks update operands as assignment targets; V8 names the operation. */
function invalidTarget(at: RaiseContext): string {
  if (at.atPostfix) return 'Invalid left-hand side expression in postfix operation';
  if (/(\+\+|--)\s*$/.test(at.sourceBefore)) return 'Invalid left-hand side expression in prefix operation';
  return 'Invalid left-hand side in assignment';
}

/** `break foo` with no such label, or a `break`/`continue` with nothing to leave. */
function illegalJump(keyword: string, sourceAt: string): string {
  const label = /^(?:break|continue)[ \t]+([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)/u.exec(sourceAt)?.[1];
  if (label !== undefined) return `Undefined label '${label}'`;
  return keyword === 'break' ? 'Illegal break statement' : 'Illegal continue statement: no surrounding iteration statement';
}

/** V8's wording for an acorn message; unlisted messages pass through unchanged. */
export function v8Message(acornMessage: string, at: RaiseContext): string {
  for (const [pattern, rewrite] of table) {
    const m = acornMessage.match(pattern);
    if (m) return typeof rewrite === 'string' ? rewrite : rewrite(m, at);
  }
  return acornMessage;
}

/** V8's "Unexpected ..." for the token of type `type` spelled `text` in the source. */
export function unexpectedToken(type: acorn.TokenType, text: string, value: unknown): string {
  const tt = acorn.tokTypes;
  if (type === tt.eof) return 'Unexpected end of input';
  if (type === tt.num) return 'Unexpected number';
  if (type === tt.string) return 'Unexpected string';
  if (type === tt.template || type === tt.backQuote || type === tt.invalidTemplate) return 'Unexpected template string';
  if (type === tt.regexp) return 'Unexpected regular expression';
  if (type === tt.name || type === tt.privateId) return `Unexpected identifier '${type === tt.privateId ? '#' : ''}${String(value)}'`;
  return `Unexpected token '${text}'`;
}
