// The second stage as data: the syntax tree acorn builds, flattened in source order so
// that neither this walk nor a reader (JSON, a tree view) recurses on a deep tree.
import { parseProgram } from '../parse/parse';
import { rangeFromAcorn, type SourceRange } from '../parse/position';
import { isNode, type Node } from '../parse/ast';
import { parseOptionsFor, type PipelineOptions } from './options';
import { nodeLabel } from './astLabels';

export interface AstNode {
  /** Its index in the list; a parent comes before its children. */
  id: number;
  /** The parent's id, -1 for the Program. */
  parent: number;
  /** The field of the parent that holds it: `body[0]`, `init`, `left`. Empty for the Program. */
  field: string;
  depth: number;
  /** ESTree's node type: `VariableDeclaration`, `BinaryExpression`. */
  type: string;
  /** What tells this node from its siblings: a name, a literal, an operator, a kind. */
  label: string;
  range: SourceRange;
}


/** The program's syntax tree, parents first; a syntax error throws GlassboxSyntaxError. */
export function ast(source: string, opts: PipelineOptions): AstNode[] {
  const program = parseProgram(source, parseOptionsFor(opts));
  const out: AstNode[] = [];
  const todo: { node: Node; parent: number; field: string; depth: number }[] = [{ node: program as unknown as Node, parent: -1, field: '', depth: 0 }];
  for (let item = todo.pop(); item !== undefined; item = todo.pop()) {
    const { node, parent, field, depth } = item;
    const id = out.length;
    out.push({ id, parent, field, depth, type: node.type, label: nodeLabel(node), range: rangeFromAcorn(node.loc) });
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) todo.push({ ...children[i], parent: id, depth: depth + 1 });
  }
  return out;
}

/** A node's children in field order, each with the field that holds it. */
function childNodes(node: Node): { node: Node; field: string }[] {
  const out: { node: Node; field: string }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (isNode(value)) out.push({ node: value, field: key });
    else if (Array.isArray(value)) value.forEach((v, i) => { if (isNode(v)) out.push({ node: v, field: `${key}[${i}]` }); });
  }
  return out;
}
