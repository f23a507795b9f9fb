// What the Variables pane shows for typed arrays, ArrayBuffers and DataViews: elements
// paged like an array's, then the views' slots (buffer, byteLength, byteOffset, length).
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from '../heap/binary';
import type { JSObject } from '../heap/object';
import type { Value } from '../heap/values';
import { listOf, type LazyList, type Viewer } from './childLists';
import type { ChildView } from './inspector';
import { isBufferObject } from '../realm/node/bufferMark';

/** How many bytes a buffer's `[[Uint8Contents]]` preview shows. */
const CONTENTS_PREVIEW = 50;

/** Elements from `start` to `end`, read only for the page asked for. */
export function typedElements(o: TypedArrayObject, viewer: Viewer): LazyList {
  return {
    length: o.length,
    slice(start, end) {
      const out: ChildView[] = [];
      for (let i = start; i < Math.min(end, o.length); i++) out.push({ name: String(i), kind: 'property', value: viewer.view(o.get(i)) });
      return out;
    },
  };
}

/** The slots a binary object shows before its own named properties; undefined for other objects. */
export function binarySlots(o: JSObject, viewer: Viewer): LazyList | undefined {
  const slot = (name: string, v: Value): ChildView => ({ name, kind: 'internal', value: viewer.view(v), readOnly: true });
  if (o instanceof TypedArrayObject) {
    return listOf([slot('buffer', o.buffer), slot('byteLength', o.byteLength), slot('byteOffset', o.byteOffset), slot('length', o.length)]);
  }
  if (o instanceof DataViewObject) return listOf([slot('buffer', o.buffer), slot('byteLength', o.byteLength), slot('byteOffset', o.byteOffset)]);
  if (o instanceof ArrayBufferObject) {
    const contents: ChildView = { name: '[[Uint8Contents]]', kind: 'internal', value: { preview: bufferContents(o), type: 'string', handle: 0 }, readOnly: true };
    return listOf([slot('byteLength', o.byteLength), contents]);
  }
  return undefined;
}

/** `<01 02 ff …>` as Chrome shows a buffer's bytes. */
export function bufferContents(b: ArrayBufferObject): string {
  const bytes = new Uint8Array(b.data, 0, Math.min(b.byteLength, CONTENTS_PREVIEW));
  const hex = Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join(' ');
  return `<${hex}${b.byteLength > CONTENTS_PREVIEW ? ' …' : ''}>`;
}

/** A one-line preview in Chrome's style, or undefined for other objects. */
export function binaryPreview(v: JSObject, depth: number, item: (x: Value) => string): string | undefined {
  if (isBufferObject(v)) return nodeBufferPreview(v);
  if (v instanceof TypedArrayObject) {
    if (depth <= 0) return `${v.kind.name}(${v.length})`;
    const shown: string[] = [];
    for (let i = 0; i < Math.min(v.length, 5); i++) shown.push(item(v.get(i)));
    return `${v.kind.name}(${v.length}) [${shown.join(', ')}${v.length > 5 ? ', …' : ''}]`;
  }
  if (v instanceof ArrayBufferObject) return `ArrayBuffer(${v.byteLength})`;
  if (v instanceof DataViewObject) return `DataView(${v.byteLength})`;
  return undefined;
}

/** A Node Buffer reads as Node's inspect prints it: `<Buffer 68 69>`, then `... N more bytes` past 50. */
function nodeBufferPreview(v: TypedArrayObject): string {
  if (v.isOutOfBounds()) return '<Buffer >';
  const shown = new Uint8Array(v.buffer.data, v.byteOffset, Math.min(v.byteLength, CONTENTS_PREVIEW));
  const hex = Array.from(shown, (x) => x.toString(16).padStart(2, '0')).join(' ');
  const more = v.byteLength - CONTENTS_PREVIEW;
  return `<Buffer ${hex}${more > 0 ? ` ... ${more} more byte${more > 1 ? 's' : ''}` : ''}>`;
}
