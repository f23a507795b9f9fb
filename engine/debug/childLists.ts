// The children of an inspected value as two lazy lists, indexed (array elements, characters,
// collection entries) and named (properties, internal slots), so a page of a huge value costs
// only that page. Knows nothing of DAP; handles come from the Inspector through `Viewer`.
import { ModuleNamespace } from '../realm/esm/namespace';
import { JSArray, JSObject, orderKeys } from '../heap/object';
import { MapObject, SetObject } from '../heap/slots';
import { PrimitiveWrapper } from '../heap/wrapper';
import { HOLE, JSSymbol, PropertyKey, Value, arrayIndex } from '../heap/values';
import { ArgumentsObject } from '../vm/arguments';
import { TypedArrayObject } from '../heap/binary';
import { binarySlots, typedElements } from './binaryChildren';
import type { ChildView, ValueView } from './inspector';

/** A list whose entries are made only when asked for. */
export interface LazyList {
  readonly length: number;
  /** Entries from `start` up to (not including) `end`. */
  slice(start: number, end: number): ChildView[];
}

export interface ChildLists { indexed: LazyList; named: LazyList }

/** What the lists need of the Inspector: views of values, and handles for nested lists. */
export interface Viewer {
  view(v: Value): ValueView;
  /** A handle whose children are `items` (for [[Entries]], [[Environment]] and the like). */
  listHandle(items: LazyList, indexed?: boolean): number;
  /** A handle for a getter shown as `(...)`, run only when expanded. */
  getterHandle(obj: JSObject, getter: JSObject): number;
}

export const EMPTY: LazyList = { length: 0, slice: () => [] };

/** A LazyList over ready-made entries. */
export function listOf(items: ChildView[]): LazyList {
  return { length: items.length, slice: (s, e) => items.slice(s, e) };
}

/** A LazyList over keys, each made into an entry only when its page is asked for. */
export function keyed<K>(keys: K[], make: (key: K, i: number) => ChildView): LazyList {
  return { length: keys.length, slice: (s, e) => keys.slice(s, e).map((k, i) => make(k, s + i)) };
}

/** Concatenates lists, paging through each only as far as the slice reaches. */
export function concat(...lists: LazyList[]): LazyList {
  return {
    // Read on demand: a lazy part (internal slots) is made only when a page reaches it.
    get length() { return lists.reduce((n, l) => n + l.length, 0); },
    slice(start, end) {
      const out: ChildView[] = [];
      let offset = 0;
      for (const l of lists) {
        if (offset >= end) break;
        const s = Math.max(start - offset, 0), e = Math.min(end - offset, l.length);
        if (s < e) out.push(...l.slice(s, e));
        offset += l.length;
      }
      return out;
    },
  };
}

/** One own property as a child: accessors stay unrun (`(...)`) until expanded. */
export function propertyChild(o: JSObject, k: PropertyKey, viewer: Viewer): ChildView {
  const name = k instanceof JSSymbol ? `[${k.toString()}]` : k;
  // A namespace's export shows the exporter's binding now, TDZ included (getOwn would throw).
  if (o instanceof ModuleNamespace && typeof k === 'string') return { name, kind: 'property', value: viewer.view(o.peek(k)), readOnly: true };
  const p = o.getOwn(k);
  if (!p) return { name, kind: 'property', value: viewer.view(undefined) };
  if (p.isAccessor) {
    const h = p.get ? viewer.getterHandle(o, p.get) : 0;
    return { name, kind: 'accessor', value: { preview: p.get ? '(...)' : 'undefined', type: 'accessor', handle: h } };
  }
  return { name, kind: 'property', value: viewer.view(p.value), readOnly: !p.writable };
}

/** Array elements from `start` to `end`; a run of holes is one row (`empty × 3`), as Chrome shows it. */
function arrayElements(a: JSArray, viewer: Viewer): LazyList {
  return {
    get length() { return a.items.length; },
    slice(start, end) {
      const out: ChildView[] = [];
      const stop = Math.min(end, a.items.length);
      for (let i = start; i < stop; i++) {
        if (a.items[i] !== HOLE) {
          out.push({ name: String(i), kind: 'property', value: viewer.view(a.items[i] as Value) });
          continue;
        }
        // an accessor element is a hole in items: shown unrun, as an object's getter is
        if (a.accessors?.has(i)) { out.push(propertyChild(a, String(i), viewer)); continue; }
        let j = i;
        while (j + 1 < stop && a.items[j + 1] === HOLE && !a.accessors?.has(j + 1)) j++;
        out.push({ name: j === i ? String(i) : `${i} … ${j}`, kind: 'internal', value: { preview: `empty × ${j - i + 1}`, type: 'undefined', handle: 0 } });
        i = j;
      }
      return out;
    },
  };
}

/** A string's characters, one per index (String wrappers). */
function characters(s: string): LazyList {
  return {
    length: s.length,
    slice: (start, end) => [...s.slice(start, end)].map((c, i) => ({ name: String(start + i), kind: 'property' as const, value: { preview: JSON.stringify(c), type: 'string', handle: 0 }, readOnly: true })),
  };
}

/** A Map's or Set's entries, in insertion order; copied once per stop on first use. */
export function entries(o: MapObject | SetObject, viewer: Viewer): LazyList {
  let copy: Value[] | [Value, Value][] | undefined;
  const all = () => (copy ??= o instanceof MapObject ? [...o.data] : [...o.data]);
  return {
    length: o.data.size,
    slice: (start, end) => all().slice(start, end).map((entry, i): ChildView => {
      const name = String(start + i);
      if (!Array.isArray(entry)) return { name, kind: 'property', value: viewer.view(entry) };
      const [k, v] = entry;
      const pair = listOf([{ name: 'key', kind: 'internal', value: viewer.view(k) }, { name: 'value', kind: 'internal', value: viewer.view(v) }]);
      return { name, kind: 'property', value: { preview: `${viewer.view(k).preview} => ${viewer.view(v).preview}`, type: 'object', handle: viewer.listHandle(pair) } };
    }),
  };
}

/** Indexed and named children of an object; `internals` come after its own properties. */
export function objectLists(o: JSObject, viewer: Viewer, internals: () => ChildView[]): ChildLists {
  const tail = lazyOnce(internals);
  const props = (keys: PropertyKey[]) => keyed(keys, (k) => propertyChild(o, k, viewer));
  if (o instanceof JSArray) {
    return { indexed: arrayElements(o, viewer), named: concat(props(['length', ...orderKeys(o.storedKeys())]), tail) };
  }
  if (o instanceof PrimitiveWrapper && typeof o.primitive === 'string') {
    return { indexed: characters(o.primitive), named: concat(props(['length', ...orderKeys(o.storedKeys())]), tail) };
  }
  const keys = orderKeys(o.storedKeys());
  const slots = binarySlots(o, viewer);
  if (slots !== undefined) {
    const indexed = o instanceof TypedArrayObject ? typedElements(o, viewer) : EMPTY;
    return { indexed, named: concat(slots, props(keys), tail) };
  }
  if (o instanceof ArgumentsObject) {
    let n = 0;
    while (n < keys.length && typeof keys[n] === 'string' && arrayIndex(keys[n]) >= 0) n++;
    return { indexed: props(keys.slice(0, n)), named: concat(props(keys.slice(n)), tail) };
  }
  return { indexed: EMPTY, named: concat(props(keys), tail) };
}

/** A list computed on first use: internal slots make handles, so only when shown. */
function lazyOnce(make: () => ChildView[]): LazyList {
  let items: ChildView[] | undefined;
  const get = () => (items ??= make());
  return { get length() { return get().length; }, slice: (s, e) => get().slice(s, e) };
}
