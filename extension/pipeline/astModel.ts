// The AST view's model: the pipeline process's flat node list as a tree (children, parent,
// the innermost node at a place) and each node's text. No vscode, so tests can drive it.
import type { AstNode } from '../../engine/pipeline/ast';

/** A place in the source, line and column from 1. */
export interface Place { line: number; column: number }

export class AstModel {
  private readonly childIds: number[][];

  constructor(readonly nodes: readonly AstNode[], readonly sourceUri: string, readonly fileLabel: string) {
    this.childIds = nodes.map(() => []);
    for (const n of nodes) if (n.parent >= 0) this.childIds[n.parent].push(n.id);
  }

  /** The Program's id for the root, else the node's children in source order. */
  children(id: number | undefined): number[] {
    if (id === undefined) return this.nodes.length > 0 ? [0] : [];
    return this.childIds[id];
  }

  parent(id: number): number | undefined {
    const p = this.nodes[id].parent;
    return p >= 0 ? p : undefined;
  }

  /** `Program/body[3]/body/body[1]`: the fields from the root down, the same after an edit elsewhere. */
  path(id: number): string {
    const fields: string[] = [];
    for (let n = this.nodes[id]; n.parent >= 0; n = this.nodes[n.parent]) fields.push(n.field);
    return [this.nodes[0].type, ...fields.reverse()].join('/');
  }

  /** `init: BinaryExpression +`: the field holding the node, its type and label. */
  label(id: number): string {
    const n = this.nodes[id];
    return `${n.field ? `${n.field}: ` : ''}${n.type}${n.label ? ` ${n.label}` : ''}`;
  }

  /** `3:10-3:18`, where the node's source starts and ends. */
  where(id: number): string {
    const r = this.nodes[id].range;
    return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
  }

  /** The innermost node whose range holds `place`; the Program when none is smaller. */
  nodeAt(place: Place): number {
    const holds = (n: AstNode) => before(n.range.line, n.range.column, place) && before(place.line, place.column, { line: n.range.endLine, column: n.range.endColumn });
    let id = 0;
    // Children come after their parents, so the last node holding the place is the innermost.
    for (let i = 1; i < this.nodes.length; i++) if (holds(this.nodes[i])) id = i;
    return id;
  }
}

function before(line: number, column: number, p: Place): boolean {
  return line < p.line || (line === p.line && column <= p.column);
}
