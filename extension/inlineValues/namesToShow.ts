// Which names the editor shows values for while paused: those the stopped function
// declares or uses on lines up to the stop. Pure (acorn only): no vscode, no adapter.
import { parse, type Node } from 'acorn';

/** A 0-based position, as vscode.Position counts. */
export interface Spot { line: number; column: number }
/** Where one name is written; the editor asks the debugger for its value. */
export interface NameSpot extends Spot { name: string }

type AnyNode = Node & Record<string, unknown>;

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * The names to look up for a stop at `stop` (start of the stopped range) whose last line is
 * `lastLine`, limited to lines `from..to` when given. One spot per name and line, in order.
 * A name counts only if the program declares or assigns it, so built-ins such as `console`
 * stay quiet; names inside nested functions belong to other frames and are skipped.
 */
export function namesToShow(source: string, stop: Spot, lastLine = stop.line, from = 0, to = Infinity): NameSpot[] {
  const program = parseLoosely(source);
  if (!program) return [];
  const known = declaredNames(program);
  const root = innermostFunction(program, stop) ?? program;
  const seen = new Set<string>();
  const spots: NameSpot[] = [];
  for (const id of referencedIdentifiers(root)) {
    const line = id.loc!.start.line - 1;
    const name = id.name as string;
    const key = `${line}:${name}`;
    if (!known.has(name) || line > lastLine || line < from || line > to || seen.has(key)) continue;
    seen.add(key);
    spots.push({ name, line, column: id.loc!.start.column });
  }
  return spots.sort((a, b) => a.line - b.line || a.column - b.column);
}

function parseLoosely(source: string): AnyNode | undefined {
  const options = { ecmaVersion: 'latest', locations: true, allowHashBang: true, allowReturnOutsideFunction: true } as const;
  for (const sourceType of ['script', 'module'] as const) {
    try {
      return parse(source, { ...options, sourceType }) as unknown as AnyNode;
    } catch {
      // The file may be mid-edit while paused; try the other goal, then show nothing.
    }
  }
  return undefined;
}

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof item === 'object' && typeof (item as AnyNode).type === 'string') out.push(item as AnyNode);
    }
  }
  return out;
}

function walk(node: AnyNode, visit: (n: AnyNode) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

/** Names bound by a declaration pattern (`{ a, b: [c] = [], ...d }` binds a, c, d). */
function patternNames(node: AnyNode | null | undefined): string[] {
  if (!node) return [];
  switch (node.type) {
    case 'Identifier': return [node.name as string];
    case 'ObjectPattern': return (node.properties as AnyNode[]).flatMap((p) => patternNames((p.type === 'RestElement' ? p.argument : p.value) as AnyNode));
    case 'ArrayPattern': return (node.elements as (AnyNode | null)[]).flatMap(patternNames);
    case 'AssignmentPattern': return patternNames(node.left as AnyNode);
    case 'RestElement': return patternNames(node.argument as AnyNode);
    default: return [];
  }
}

/** Every name the program binds anywhere, plus names it assigns (sloppy-mode globals). */
function declaredNames(program: AnyNode): Set<string> {
  const names = new Set<string>();
  const add = (list: string[]) => list.forEach((n) => names.add(n));
  walk(program, (n) => {
    if (n.type === 'VariableDeclarator') add(patternNames(n.id as AnyNode));
    else if (FUNCTIONS.has(n.type)) add([...patternNames(n.id as AnyNode), ...(n.params as AnyNode[]).flatMap(patternNames)]);
    else if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') add(patternNames(n.id as AnyNode));
    else if (n.type === 'CatchClause') add(patternNames(n.param as AnyNode));
    else if (n.type === 'AssignmentExpression') add(patternNames(n.left as AnyNode));
  });
  return names;
}

function contains(node: AnyNode, p: Spot): boolean {
  const { start, end } = node.loc!;
  const afterStart = p.line + 1 > start.line || (p.line + 1 === start.line && p.column >= start.column);
  const beforeEnd = p.line + 1 < end.line || (p.line + 1 === end.line && p.column <= end.column);
  return afterStart && beforeEnd;
}

function innermostFunction(program: AnyNode, p: Spot): AnyNode | undefined {
  let found: AnyNode | undefined;
  walk(program, (n) => {
    if (FUNCTIONS.has(n.type) && contains(n, p)) found = n;
  });
  return found;
}

/** Identifiers that name a binding in `root`'s own frame, nested functions and classes left out. */
function referencedIdentifiers(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const visit = (n: AnyNode, isRoot: boolean): void => {
    if (!isRoot && FUNCTIONS.has(n.type)) {
      // A nested declaration binds its name here; its parameters and body are another frame's.
      if (n.type === 'FunctionDeclaration' && n.id) out.push(n.id as AnyNode);
      return;
    }
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') {
      for (const part of [n.id, n.superClass]) if (part) visit(part as AnyNode, false);
      return;
    }
    if (n.type === 'Identifier') {
      out.push(n);
      return;
    }
    for (const child of namedChildren(n, isRoot)) visit(child, false);
  };
  visit(root, true);
  return out;
}

/** The children that can hold references: not property keys, labels, or a function's own name. */
function namedChildren(n: AnyNode, isRoot: boolean): AnyNode[] {
  const skip = new Set<unknown>();
  if (n.type === 'MemberExpression' && !n.computed) skip.add(n.property);
  if ((n.type === 'Property' || n.type === 'PropertyDefinition' || n.type === 'MethodDefinition') && !n.computed) skip.add(n.key);
  if (n.type === 'LabeledStatement' || n.type === 'BreakStatement' || n.type === 'ContinueStatement') skip.add(n.label);
  if (n.type === 'MetaProperty') return [];
  if (isRoot && FUNCTIONS.has(n.type)) skip.add(n.id);
  return children(n).filter((c) => !skip.has(c));
}
