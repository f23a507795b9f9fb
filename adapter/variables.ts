// Scopes and variables over DAP: engine handles serve as variablesReferences (valid while
// paused), with DAP's hints: readOnly for const and TDZ bindings, lazy for getters.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ChildPage, ChildView, EngineDebugger, ScopeView, ValueView } from '../engine';
import { FrameIds } from './frameIds';
import type { Answer } from './inspection';
import { groupName, groupsOf, groupVariable, INDEXED_GROUP, NAMED_GROUP } from './paging';

export type SetResult = { ok: true; value: ValueView } | { ok: false; message: string };

export class VariableStore {
  /** Handles of getters shown as `(...)`: expanding one runs the getter. */
  private readonly getters = new Map<number, string>();
  /** An expression that evaluates to a handle's value, for "Add to Watch" and "Copy as Expression". */
  private readonly paths = new Map<number, string>();
  /** The frame a handle was reached from, for evaluating new values in setVariable. */
  private readonly frames = new Map<number, number>();
  /** Scopes (and the global built-ins): their children are named by their plain names. */
  private readonly scopeLike = new Set<number>();
  /** Where a group of elements starts in its array, so nested groups are named by real indices. */
  private readonly offsets = new Map<number, number>();

  /** Frame ids of the current stop, forgotten with the handles. */
  readonly frameIds: FrameIds;

  /** `specView`: scopes as the specification models them instead of Chrome's; `threadId`: the agent's DAP thread. */
  constructor(private readonly dbg: EngineDebugger, private readonly specView: boolean, threadId: number) {
    this.frameIds = new FrameIds(threadId);
  }

  /** Forgets every handle: the engine has resumed and its handles are gone. */
  reset(): void {
    this.getters.clear();
    this.paths.clear();
    this.frames.clear();
    this.scopeLike.clear();
    this.offsets.clear();
    this.frameIds.reset();
  }

  /** VS Code expands by itself only the first scope that is not expensive: the chain overview goes first. */
  scopes(frameIndex: number): DebugProtocol.Scope[] {
    const chain = this.specView ? undefined : this.dbg.chainScope(frameIndex);
    const views = this.specView ? this.dbg.specScopes(frameIndex) : [...(chain ? [chain] : []), ...this.dbg.scopes(frameIndex)];
    return views.map((s) => {
      this.frames.set(s.handle, frameIndex);
      this.scopeLike.add(s.handle);
      return { name: s.name, variablesReference: s.handle, expensive: s.expensive, presentationHint: scopeHint(s) };
    });
  }

  /** Where an object's handle was reached: its frame and the expression that reaches it (a data breakpoint names the object by them). */
  placeOf(reference: number): { frameIndex: number; path?: string } {
    return { frameIndex: this.frames.get(reference) ?? 0, path: this.scopeLike.has(reference) ? undefined : this.paths.get(reference) };
  }

  /** Remembers where an evaluated value came from so its children get paths and a frame. */
  noteEvaluated(handle: number, expression: string, frameIndex: number): void {
    if (handle === 0) return;
    this.paths.set(handle, /^[\w$.]+$/.test(expression) ? expression : `(${expression})`);
    this.frames.set(handle, frameIndex);
  }

  /** Children of a reference, or a page of them; big values come in groups (see paging.ts). */
  variables(reference: number, page: ChildPage = {}): Answer<DebugProtocol.Variable[]> {
    if (!this.dbg.has(reference)) return { ok: false, message: `Unknown variablesReference ${reference}: values from an earlier stop are gone once the program runs on.` };
    const getterName = this.getters.get(reference);
    if (getterName !== undefined) return { ok: true, body: [this.getterValue(reference, getterName)] };
    const counts = this.dbg.counts(reference)!;
    const paged = page.start !== undefined || page.count !== undefined;
    const wants = (f: 'indexed' | 'named') => page.filter === undefined || page.filter === f;
    const make = (p: ChildPage) => this.dbg.children(reference, p).map((c) => this.variable(c, reference));
    // A client that does not page (no start/count) gets groups instead of every child.
    const groupIndexed = !paged && wants('indexed') && counts.indexed > INDEXED_GROUP;
    const groupNamed = !paged && wants('named') && counts.named > NAMED_GROUP;
    if (!groupIndexed && !groupNamed) return { ok: true, body: make(page) };
    const indexed = !wants('indexed') ? [] : groupIndexed ? this.groups(reference, 'indexed', counts.indexed) : make({ filter: 'indexed' });
    const named = !wants('named') ? [] : groupNamed ? this.groups(reference, 'named', counts.named) : make({ filter: 'named' });
    return { ok: true, body: [...indexed, ...named] };
  }

  private groups(reference: number, filter: 'indexed' | 'named', total: number): DebugProtocol.Variable[] {
    const offset = this.offsets.get(reference) ?? 0;
    return groupsOf(total, filter === 'indexed' ? INDEXED_GROUP : NAMED_GROUP).map((g) => {
      const handle = this.dbg.group(reference, filter, g.start, g.count);
      this.inherit(handle, reference);
      if (filter === 'indexed') this.offsets.set(handle, offset + g.start);
      return groupVariable(groupName(g, filter, filter === 'indexed' ? offset : 0, this.scopeLike.has(reference)), handle, filter, g.count);
    });
  }

  /** A group stands for its parent: same path, frame and naming of children. */
  private inherit(handle: number, parent: number): void {
    const path = this.paths.get(parent);
    if (path !== undefined) this.paths.set(handle, path);
    this.frames.set(handle, this.frames.get(parent) ?? 0);
    if (this.scopeLike.has(parent)) this.scopeLike.add(handle);
  }

  private variable(c: ChildView, parent: number): DebugProtocol.Variable {
    const v = this.variableOf(c, this.scopeLike.has(parent) ? '' : this.paths.get(parent), this.frames.get(parent) ?? 0);
    return c.kind === 'accessor' ? v : Object.assign(v, this.pagingHints(c.value.handle));
  }

  /** DAP's counts for a value with many elements, so the client asks for them page by page. */
  pagingHints(handle: number): { indexedVariables?: number; namedVariables?: number } {
    if (handle === 0) return {};
    const indexed = this.dbg.indexedCount(handle);
    return indexed > INDEXED_GROUP ? { indexedVariables: indexed, namedVariables: this.dbg.counts(handle)?.named } : {};
  }

  /** `parentPath` '' means the parent is a scope, undefined that it has no path. */
  private variableOf(c: ChildView, parentPath: string | undefined, frame: number): DebugProtocol.Variable {
    const handle = c.value.handle;
    if (parentPath === '' && c.name === '[[Built-ins]]') this.scopeLike.add(handle);
    const evaluateName = c.kind === 'internal' ? undefined : parentPath === '' ? c.name : memberPath(parentPath, c.name);
    if (handle !== 0) {
      this.frames.set(handle, frame);
      if (evaluateName !== undefined) this.paths.set(handle, evaluateName);
    }
    const v: DebugProtocol.Variable = { name: c.name, value: c.value.preview, type: c.value.type, variablesReference: handle, evaluateName };
    if (c.kind === 'accessor') {
      if (handle !== 0) this.getters.set(handle, c.name);
      v.presentationHint = { kind: 'property', lazy: handle !== 0 };
      return v;
    }
    const attributes: string[] = [];
    if (c.readOnly || c.state === 'const' || c.state === 'uninitialized') attributes.push('readOnly');
    if (c.state === 'const') attributes.push('constant');
    v.presentationHint = { kind: c.kind === 'internal' ? 'virtual' : c.value.type === 'function' ? 'method' : 'data', attributes };
    return v;
  }

  /** Runs a lazy getter: its value replaces the `(...)` in the client. */
  private getterValue(handle: number, name: string): DebugProtocol.Variable {
    const r = this.dbg.invokeGetter(handle);
    if (!r.ok) return { name, value: `<exception: ${r.error}>`, variablesReference: 0 };
    const view = r.value;
    this.frames.set(view.handle, this.frames.get(handle) ?? 0);
    return { name, value: view.preview, type: view.type, variablesReference: view.handle };
  }

  /** Assigns `valueText` (an expression, evaluated in the container's frame) to `name` in a scope or object. */
  setVariable(reference: number, name: string, valueText: string): SetResult {
    const frame = this.frames.get(reference) ?? 0;
    const r = this.dbg.setVariable(reference, name, valueText, frame);
    if (!r.ok) return { ok: false, message: r.error };
    this.frames.set(r.value.handle, frame);
    return r;
  }

  /** The same assignment as an evaluation in its frame (a replay applies it again), when the container has a path or is a scope. */
  assignmentOf(reference: number, name: string, valueText: string): { frameIndex: number; expression: string } | undefined {
    const frameIndex = this.frames.get(reference) ?? 0;
    const target = this.scopeLike.has(reference) ? (/^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined) : memberPath(this.paths.get(reference), name);
    return target === undefined ? undefined : { frameIndex, expression: `${target} = (${valueText})` };
  }
}

function scopeHint(s: ScopeView): string | undefined {
  if (s.kind === 'local') return 'locals';
  if (s.kind === 'global') return 'globals';
  return undefined;
}

/** `obj.name`, `arr[0]` or `obj["odd key"]`; undefined when the parent has no path. */
function memberPath(parent: string | undefined, name: string): string | undefined {
  if (parent === undefined || name.startsWith('[')) return undefined;
  if (/^\d+$/.test(name)) return `${parent}[${name}]`;
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${parent}.${name}` : `${parent}[${JSON.stringify(name)}]`;
}
