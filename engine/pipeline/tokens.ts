// The first stage of the pipeline as data: the tokens acorn reads, comments included, each
// with its kind and its 1-based range. Pure: source text in, plain data out.
import type * as acorn from 'acorn';
import { newParser } from '../parse/parser';
import { parseProgram } from '../parse/parse';
import { rangeFromAcorn, type SourceRange } from '../parse/position';
import { isNode, type Program } from '../parse/ast';
import { lineStarts } from '../parse/lineStarts';
import { parseOptionsFor, type PipelineOptions } from './options';

export type TokenKind = 'keyword' | 'identifier' | 'privateName' | 'punctuator' | 'string' | 'number' | 'template' | 'regexp' | 'comment';

export interface SourceToken {
  kind: TokenKind;
  /** The token as written in the source. */
  text: string;
  range: SourceRange;
}

/** The program's tokens and comments in source order; a syntax error throws GlassboxSyntaxError. */
export function tokens(source: string, opts: PipelineOptions): SourceToken[] {
  // The first parse gives the errors `glassbox run` gives and the identifiers' places;
  // the second, of a program now known to parse, records the tokens as the parser reads them.
  const program = parseProgram(source, parseOptionsFor(opts));
  const identifiers = identifierStarts(program);
  const read: acorn.Token[] = [];
  const comments: acorn.Comment[] = [];
  newParser({
    ecmaVersion: 'latest', sourceType: opts.script ? 'script' : 'commonjs', allowHashBang: true,
    onToken: read, onComment: comments,
  }, source).parse();
  const at = lineStarts(source);
  const place = (t: { start: number; end: number }) => rangeFromAcorn({ start: at(t.start), end: at(t.end) });
  const out: (SourceToken & { start: number })[] = [];
  const braces: ('block' | 'substitution')[] = [];
  for (const t of read) {
    const kind = tokenKind(t, identifiers, braces);
    if (kind !== undefined) out.push({ kind, text: source.slice(t.start, t.end), range: place(t), start: t.start });
  }
  for (const c of comments) out.push({ kind: 'comment', text: source.slice(c.start, c.end), range: place(c), start: c.start });
  return out.sort((a, b) => a.start - b.start).map(({ kind, text, range }) => ({ kind, text, range }));
}

/**
 * The spec's kind of one token. A name is an identifier where the tree has an Identifier;
 * elsewhere it is a contextual keyword (`let`, `of`, `async`, `get`). A `}` that ends a
 * `${...}` substitution starts the template's next part, as in the spec's TemplateMiddle.
 */
function tokenKind(t: acorn.Token, identifiers: Set<number>, braces: ('block' | 'substitution')[]): TokenKind | undefined {
  const label = t.type.label;
  if (t.type.keyword !== undefined) return 'keyword';
  switch (label) {
    case 'eof': return undefined;
    case 'name': return identifiers.has(t.start) ? 'identifier' : 'keyword';
    case 'privateId': return 'privateName';
    case 'string': return 'string';
    case 'num': return 'number';
    case 'regexp': return 'regexp';
    case 'template': case 'invalidTemplate': case '`': return 'template';
    case '${': braces.push('substitution'); return 'template';
    case '{': braces.push('block'); return 'punctuator';
    case '}': return braces.pop() === 'substitution' ? 'template' : 'punctuator';
    default: return 'punctuator';
  }
}

/** Where each Identifier of the tree starts (walked with a stack of its own: trees may be deep). */
function identifierStarts(program: Program): Set<number> {
  const starts = new Set<number>();
  const todo: unknown[] = [program];
  while (todo.length > 0) {
    const x = todo.pop();
    if (Array.isArray(x)) for (const e of x) todo.push(e);
    else if (isNode(x)) {
      if (x.type === 'Identifier') starts.add(x.start);
      for (const key in x) if (key !== 'loc') todo.push((x as unknown as Record<string, unknown>)[key]);
    }
  }
  return starts;
}
