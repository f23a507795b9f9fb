// The pipeline's stages as the text a learner reads: `glassbox tokens|ast|bytecode` prints
// it, and VS Code's Tokens and Bytecode documents show it.
import type { SourceRange } from '../parse/position';
import { ast, type AstNode } from './ast';
import { bytecode, type FunctionListing } from './bytecode';
import type { PipelineOptions } from './options';
import type { PipelineStage } from './stages';
import { tokens, type SourceToken } from './tokens';

/** `2:5-2:12`: where a range starts and ends, lines and columns from 1, the end exclusive. */
export function rangeText(r: SourceRange): string {
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

/** One token a line: where it starts, its kind, the text as written (line breaks shown as \n). */
export function tokensText(list: readonly SourceToken[]): string {
  return list.map((t) => `${`${t.range.line}:${t.range.column}`.padEnd(9)} ${t.kind.padEnd(12)} ${escapeBreaks(t.text)}`).join('\n') + '\n';
}

/** A node's line in the tree: the field holding it, its type and label, its range. */
export function astNodeText(n: AstNode): string {
  return `${n.field ? `${n.field}: ` : ''}${n.type}${n.label ? ` ${n.label}` : ''}  ${rangeText(n.range)}`;
}

/** The tree indented two spaces a level, parents first. */
export function astText(nodes: readonly AstNode[]): string {
  return nodes.map((n) => '  '.repeat(n.depth) + astNodeText(n)).join('\n') + '\n';
}

/** Each function's instructions, then its constant pool. */
export function bytecodeText(functions: readonly FunctionListing[]): string {
  return functions.map((f) => {
    const pool = f.constants.map((c) => `  #${String(c.index).padEnd(4)} ${(c.kind ?? '').padEnd(12)} ${escapeBreaks(c.text)}`);
    return [f.instructions, pool.length > 0 ? 'constant pool:' : 'constant pool: empty', ...pool].join('\n');
  }).join('\n\n') + '\n';
}

function escapeBreaks(text: string): string {
  return text.replace(/\r\n|[\n\r\u2028\u2029]/g, (b) => JSON.stringify(b).slice(1, -1));
}

/** One stage of the program as text; a syntax error throws GlassboxSyntaxError. */
export function stageText(stage: PipelineStage, source: string, opts: PipelineOptions): string {
  switch (stage) {
    case 'tokens': return tokensText(tokens(source, opts));
    case 'ast': return astText(ast(source, opts));
    case 'bytecode': return bytecodeText(bytecode(source, opts));
  }
}
