// Installs the binary-data built-ins (ArrayBuffer, the typed arrays, DataView) and the
// web APIs built on them: TextEncoder/TextDecoder, atob/btoa, structuredClone, crypto.
import type { Realm } from '../realm';
import { installArrayBuffer } from './ArrayBuffer';
import { installDataView } from './DataView';
import { installTypedArrays } from './TypedArray';
import { installCrypto } from './crypto';
import { installDOMException } from './nodeErrors';
import { installStructuredClone } from './structuredClone';
import { installTextEncoding } from './textEncoding';

export function installBinary(realm: Realm): void {
  installArrayBuffer(realm);
  installTypedArrays(realm);
  installDataView(realm);
  installDOMException(realm);
  installTextEncoding(realm);
  installStructuredClone(realm);
  installCrypto(realm);
}
