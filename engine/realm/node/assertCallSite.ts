// The source text of the call a failed assert.ok came from, as Node finds it for its message
// ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n"): from the caller's line,
// the innermost call expression around the call's place, and V8's column of that call.
import * as acorn from 'acorn';
import type { CallerCode } from '../realm';

export interface CallSource {
  /** The call as written, over as many lines as it takes. */
  code: string;
  /** V8's 0-based column of the call: the property's for `assert.ok(...)`, the callee's for `assert(...)`. */
  column: number;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string' && typeof (v as Node).start === 'number';
}

/** The innermost CallExpression holding `pos` (children before parents, as acorn-walk's findNodeAround). */
function callAround(node: Node, pos: number): Node | undefined {
  if (node.start > pos || node.end < pos) return undefined;
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (!isNode(child)) continue;
      const found = callAround(child, pos);
      if (found) return found;
    }
  }
  return node.type === 'CallExpression' ? node : undefined;
}

/** The caller's text from the start of its current line to the end of its function, and the line's first column. */
function fromCallLine(caller: CallerCode): string | undefined {
  const lines = caller.sourceText.split('\n');
  const { at, start } = caller;
  // A CommonJS file's code is its wrapper: `function (exports, ...) {` then the file's lines.
  if (caller.kind === 'module') return lines.slice(at.line).join('\n');
  if (caller.kind === 'script') return lines.slice(at.line - 1).join('\n');
  if (caller.kind === 'eval') return undefined;
  const index = at.line - start.line;
  if (index < 0 || index >= lines.length) return undefined;
  // A function's text starts at its own column: the columns before it are padded back.
  const first = index === 0 ? ' '.repeat(start.column - 1) : '';
  return first + lines.slice(index).join('\n');
}

/** The call at the caller's place, or undefined when the code is not there to read (eval code). */
export function callSource(caller: CallerCode | undefined): CallSource | undefined {
  if (!caller) return undefined;
  const code = fromCallLine(caller);
  if (code === undefined) return undefined;
  try {
    return callAt(code, caller.at.column - 1);
  } catch {
    // Code the tokenizer cannot read past: Node then has no text either.
    return undefined;
  }
}

function callAt(code: string, offset: number): CallSource | undefined {
  // Like Node: an expression is tried from each token up to the place, until one holds the call.
  for (const token of acorn.tokenizer(code, { ecmaVersion: 'latest', allowHashBang: true })) {
    if (token.start > offset) break;
    let node: Node;
    try {
      node = acorn.parseExpressionAt(code, token.start, { ecmaVersion: 'latest' }) as unknown as Node;
    } catch {
      continue;
    }
    const call = callAround(node, offset);
    if (!call || call.end < offset) continue;
    const callee = call.callee as Node;
    const at = callee.type === 'MemberExpression' ? (callee.property as Node).start : callee.start;
    return { code: code.slice(call.start, call.end), column: at - (code.lastIndexOf('\n', at - 1) + 1) };
  }
  return undefined;
}
