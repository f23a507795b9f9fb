// The internal slots the debugger shows after an object's own properties, in Chrome's
// names: [[Environment]], [[PromiseState]], [[Entries]], [[Prototype]] and the like.
import type { Env } from '../env/env';
import { Closure } from '../heap/function';
import { JSObject } from '../heap/object';
import { isProxy } from '../heap/proxy';
import { MapObject, PromiseObject, SetObject } from '../heap/slots';
import { PrimitiveWrapper } from '../heap/wrapper';
import type { Value } from '../heap/values';
import { GeneratorObject } from '../vm/generatorObjects';
import { entries, listOf, type Viewer } from './childLists';
import type { ChildView } from './inspector';
import { preview } from './preview';
import { shapeSteps, shapeText } from './shapeText';

/** What internal slots need beyond a Viewer: a handle for an environment record. */
export interface SlotViewer extends Viewer {
  envHandle(env: Env): number;
  /** Environments a closure's scope chain shows (scopes with nothing to show are skipped). */
  shownEnvs(closure: Closure): { env: Env; label: string }[];
}

function internal(viewer: Viewer, name: string, v: Value): ChildView {
  return { name, kind: 'internal', value: viewer.view(v) };
}

/** A pending promise's reactions: what runs when it settles. */
function reactions(p: PromiseObject, viewer: Viewer): ChildView {
  const items = (p.fulfillReactions as { handler: unknown }[]).map((r, i): ChildView => {
    const h = r.handler;
    const label = h instanceof JSObject ? preview(h as Value) : h && typeof h === 'object' && 'label' in h ? String((h as { label: string }).label) : '(pass-through)';
    return { name: String(i), kind: 'internal', value: { preview: label, type: 'function', handle: h instanceof JSObject ? viewer.view(h as Value).handle : 0 } };
  });
  return { name: '[[PromiseReactions]]', kind: 'internal', value: { preview: `Array(${items.length})`, type: 'object', handle: viewer.listHandle(listOf(items)) } };
}

/** `[[Shape]]`: the hidden class, with its transition chain as children. */
function shapeSlot(o: JSObject, viewer: Viewer): ChildView {
  const steps = o.shape.dictionary ? [shapeText(o.shape)] : shapeSteps(o.shape);
  const items = steps.map((text, i): ChildView => ({ name: String(i), kind: 'internal', value: { preview: text, type: 'string', handle: 0 }, readOnly: true }));
  return { name: '[[Shape]]', kind: 'internal', value: { preview: shapeText(o.shape), type: 'object', handle: viewer.listHandle(listOf(items)) }, readOnly: true };
}

export function internalSlots(o: JSObject, viewer: SlotViewer): ChildView[] {
  const out: ChildView[] = [];
  if (isProxy(o)) {
    // As Chrome DevTools: the slots only, read without running a trap; no [[Prototype]].
    out.push(internal(viewer, '[[Handler]]', o.proxyHandler), internal(viewer, '[[Target]]', o.proxyTarget));
    out.push(internal(viewer, '[[IsRevoked]]', o.proxyHandler === null));
    return out;
  }
  if (o instanceof Closure) {
    const chain = viewer.shownEnvs(o).map(({ env, label }): ChildView => ({ name: label, kind: 'internal', value: { preview: label, type: 'object', handle: viewer.envHandle(env) } }));
    out.push({ name: '[[Environment]]', kind: 'internal', value: { preview: `Scopes[${chain.length}]`, type: 'object', handle: viewer.listHandle(listOf(chain)) } });
    if (o.homeObject) out.push(internal(viewer, '[[HomeObject]]', o.homeObject));
  }
  if (o instanceof PromiseObject) {
    out.push(internal(viewer, '[[PromiseState]]', o.state), internal(viewer, '[[PromiseResult]]', o.result));
    if (o.state === 'pending') out.push(reactions(o, viewer));
  }
  if (o instanceof GeneratorObject) out.push(internal(viewer, '[[GeneratorState]]', o.state));
  if (o instanceof PrimitiveWrapper) out.push(internal(viewer, '[[PrimitiveValue]]', o.primitive));
  if (o instanceof MapObject || o instanceof SetObject) {
    out.push({ name: '[[Entries]]', kind: 'internal', value: { preview: `Array(${o.data.size})`, type: 'object', handle: viewer.listHandle(entries(o, viewer), true) } });
  }
  // Built-ins whose state lives in host fields (URL, AbortSignal, Intl...) name it themselves.
  const own = (o as { debugSlots?: () => [string, Value][] }).debugSlots?.();
  if (own) for (const [name, v] of own) out.push(internal(viewer, name, v));
  // The program's own objects and functions: a built-in kind's state is in its other slots.
  if (o.constructor === JSObject || o instanceof Closure) out.push(shapeSlot(o, viewer));
  out.push({ name: '[[Prototype]]', kind: 'internal', value: o.proto ? viewer.view(o.proto) : { preview: 'null', type: 'object', handle: 0 } });
  return out;
}
