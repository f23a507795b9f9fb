// Which objects are Node Buffers, for the readers that must not run JS (the debugger's
// previews): a Buffer is a typed array with a Buffer.prototype (of some realm) on its chain.
import { TypedArrayObject } from '../../heap/binary';
import type { JSObject } from '../../heap/object';

const bufferPrototypes = new WeakSet<JSObject>();

/** Called once per realm by the buffer module, on its Buffer.prototype. */
export function markBufferPrototype(proto: JSObject): void {
  bufferPrototypes.add(proto);
}

/** Whether `o` is a Buffer (Node's `Buffer.isBuffer`), read without running code. */
export function isBufferObject(o: JSObject): o is TypedArrayObject {
  if (!(o instanceof TypedArrayObject)) return false;
  for (let p = o.proto; p !== null; p = p.proto) if (bufferPrototypes.has(p)) return true;
  return false;
}
