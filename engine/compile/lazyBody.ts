// Lazy compilation: a function's body becomes bytecode on its first call (or when a tool
// needs it: breakpoints, disassembly). What the compiler would refuse in that body is
// looked for now, so it is still reported before the program runs.
import type { FunctionCode } from '../bytecode/code';
import { overflowIsCompileError } from '../errors/hostStack';
import { isNode, type FunctionNode, type Node } from '../parse/ast';
import type { FileContext, FnContext } from './context';

/**
 * Leaves `code` with a pending body: `compileBody` runs at its first ensureCompiled(). A body
 * inside one that was deferred was already looked through, so it is not looked through again.
 */
export function deferBody(parent: FnContext, code: FunctionCode, node: FunctionNode, compileBody: (file: FileContext) => void): void {
  const file = parent.file.bodyChecked ? parent.file : { ...parent.file, bodyChecked: true };
  if (!parent.file.bodyChecked && mayBeRefused(parent.file.source.slice(node.start, node.end))) refuseUnsupported(parent, node);
  code.pendingBody = () => {
    clearBody(code);
    overflowIsCompileError(file.fileName, () => code.range, () => compileBody(file));
  };
}

/** A body whose compile was cut short (by the host stack) starts again from nothing. */
function clearBody(code: FunctionCode): void {
  code.ops = [];
  code.consts = [];
  code.rangeOf = [];
  code.ranges = [];
  code.caches = [];
  code.paramSlots = [];
  code.usesArguments = false;
}

/** Each refusal needs this word, which cannot be written with escapes: most bodies need no walk. */
function mayBeRefused(text: string): boolean {
  return text.includes('super');
}

/**
 * The early reports of the compiler that acorn does not make: syntax Glassbox does not
 * support (super.x as a destructuring or for-in/of target). A work
 * list in source order, as bodies may nest deeper than the host stack allows.
 */
function refuseUnsupported(c: FnContext, root: FunctionNode): void {
  const work: unknown[] = [root.body, root.params];
  while (work.length > 0) {
    const n = work.pop();
    if (Array.isArray(n)) { for (let i = n.length - 1; i >= 0; i--) work.push(n[i]); continue; }
    if (!isNode(n)) continue;
    refuseNode(c, n);
    const fields: Record<string, unknown> = n;
    const keys = Object.keys(n);
    for (let i = keys.length - 1; i >= 0; i--) {
      const v = fields[keys[i]];
      if (v !== null && typeof v === 'object' && keys[i] !== 'loc') work.push(v);
    }
  }
}

function refuseNode(c: FnContext, n: Node): void {
  switch (n.type) {
    case 'ArrayPattern': for (const e of n.elements) refuseSuperTarget(c, e); return;
    case 'ObjectPattern': for (const p of n.properties) refuseSuperTarget(c, p.type === 'Property' ? p.value : p); return;
    case 'RestElement': return refuseSuperTarget(c, n.argument);
    case 'AssignmentPattern': return refuseSuperTarget(c, n.left);
    case 'ForOfStatement': case 'ForInStatement': return refuseSuperTarget(c, n.left);
  }
}

/** patterns.ts binds member targets but not super's. */
function refuseSuperTarget(c: FnContext, target: Node | null): void {
  if (target?.type === 'MemberExpression' && target.object.type === 'Super') c.unsupported(target.object, 'the Super');
}
