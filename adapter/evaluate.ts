// Debug Console, watch and hover evaluation in the selected frame (hovers must not change
// anything), and completions: names in scope, or after a dot the object's properties.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ChildView, EngineDebugger } from '../engine';
import type { VariableStore } from './variables';

export type EvaluateOutcome =
  | { ok: true; result: string; type: string; variablesReference: number; indexedVariables?: number; namedVariables?: number }
  | { ok: false; message: string };

/** What a hover may evaluate: a name and property accesses; the engine refuses calls and getters too. */
const propertyPath = /^\s*[A-Za-z_$][\w$]*(\s*\??\.\s*#?[A-Za-z_$][\w$]*|\[\s*(\d+|'[^']*'|"[^"]*")\s*\])*\s*$/;

export function evaluateExpression(dbg: EngineDebugger, store: VariableStore, expression: string, frameIndex: number, context: string | undefined): EvaluateOutcome {
  const hover = context === 'hover';
  if (hover && !propertyPath.test(expression)) return { ok: false, message: 'Not evaluated on hover: it could have side-effects.' };
  const r = dbg.evaluate(expression, frameIndex, hover);
  if (!r.ok) {
    const tdz = hover ? bindingInTdz(dbg, expression.trim(), frameIndex) : undefined;
    // Shown as the Variables pane shows it; an error would let VS Code fall back to the editor's own hover.
    if (tdz) return { ok: true, result: tdz.value.preview, type: tdz.value.type, variablesReference: 0 };
    return { ok: false, message: r.error };
  }
  const view = r.value;
  store.noteEvaluated(view.handle, expression, frameIndex);
  return { ok: true, result: view.preview, type: view.type, variablesReference: view.handle, ...store.pagingHints(view.handle) };
}

/** The binding a bare name reads in frame `frameIndex`, when it is in its Temporal Dead Zone. */
function bindingInTdz(dbg: EngineDebugger, name: string, frameIndex: number): ChildView | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  for (const scope of dbg.scopes(frameIndex)) {
    const binding = dbg.children(scope.handle).find((c) => c.kind === 'binding' && c.name === name);
    if (binding) return binding.state === 'uninitialized' ? binding : undefined;
  }
  return undefined;
}

/** A completion item whose replacement starts at the 0-based offset `start`. */
export type Completion = DebugProtocol.CompletionItem & { start: number; length: number };

/** Completions for the text before the 0-based offset `cursor`. */
export function completions(dbg: EngineDebugger, text: string, cursor: number, frameIndex: number): Completion[] {
  const before = text.slice(0, cursor);
  const partial = /[A-Za-z_$][\w$]*$/.exec(before)?.[0] ?? '';
  const start = cursor - partial.length;
  const head = before.slice(0, start);
  const member = /([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\[\d+\]|\[(?:'[^']*'|"[^"]*")\])*)\s*\.\s*$/.exec(head);
  if (/\.\s*$/.test(head) && !member) return [];
  const names = member ? propertyNames(dbg, member[1], frameIndex) : scopeNames(dbg, frameIndex);
  return [...names]
    .filter(([name]) => name.startsWith(partial) && isIdentifier(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, type]) => ({ label, type, start, length: partial.length }));
}

type Names = Map<string, DebugProtocol.CompletionItemType>;

function add(names: Names, children: ChildView[], kind: DebugProtocol.CompletionItemType): void {
  for (const c of children) {
    if (c.kind === 'internal' || names.has(c.name)) continue;
    names.set(c.name, c.value.type === 'function' ? (kind === 'property' ? 'method' : 'function') : kind);
  }
}

function scopeNames(dbg: EngineDebugger, frameIndex: number): Names {
  const names: Names = new Map();
  for (const scope of dbg.scopes(frameIndex)) {
    const children = dbg.children(scope.handle);
    add(names, children, 'variable');
    const builtins = children.find((c) => c.name === '[[Built-ins]]');
    if (builtins) add(names, dbg.children(builtins.value.handle), 'variable');
  }
  return names;
}

/** Own and inherited property names of the value `expression` has, without running code. */
function propertyNames(dbg: EngineDebugger, expression: string, frameIndex: number): Names {
  const names: Names = new Map();
  const r = dbg.evaluate(expression, frameIndex, true);
  if (!r.ok) return names;
  let handle = r.value.handle;
  if (handle === 0 && r.value.type !== 'null' && r.value.type !== 'undefined') {
    const boxed = dbg.evaluate(`Object(${expression})`, frameIndex, true);
    if (boxed.ok) handle = boxed.value.handle;
  }
  for (let depth = 0; handle !== 0 && depth < 20; depth++) {
    const children = dbg.children(handle, { filter: 'named' });
    add(names, children, 'property');
    handle = children.find((c) => c.name === '[[Prototype]]')?.value.handle ?? 0;
  }
  return names;
}

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}
