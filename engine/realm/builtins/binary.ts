// Installs the binary-data built-ins (ArrayBuffer, the typed arrays, DataView) and the
// web APIs built on them: TextEncoder/TextDecoder, atob/btoa, structuredClone, crypto.
import { GlassboxUnsupported } from '../../errors/unsupported';
import type { Realm } from '../realm';
import { installArrayBuffer } from './ArrayBuffer';
import { installDataView } from './DataView';
import { installTypedArrays } from './TypedArray';
import { installCrypto } from './crypto';
import { installStructuredClone } from './structuredClone';
import { installTextEncoding } from './textEncoding';

export function installBinary(realm: Realm): void {
  installArrayBuffer(realm);
  installTypedArrays(realm);
  installDataView(realm);
  installTextEncoding(realm);
  installStructuredClone(realm);
  installCrypto(realm);
  installMissing(realm);
}

/** Node has these; Glassbox names them as missing when a program uses them, not as undefined. */
function installMissing(realm: Realm): void {
  const ctor = realm.newNative('SharedArrayBuffer', 1, () => {
    throw new GlassboxUnsupported('SharedArrayBuffer');
  }, { ctor: true });
  realm.defineConstructor(ctor, realm.newObject());
}
