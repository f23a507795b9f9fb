// Installs the binary-data built-ins: ArrayBuffer, the typed arrays and DataView.
import type { Realm } from '../realm';
import { installArrayBuffer } from './ArrayBuffer';
import { installDataView } from './DataView';
import { installTypedArrays } from './TypedArray';

export function installBinary(realm: Realm): void {
  installArrayBuffer(realm);
  installTypedArrays(realm);
  installDataView(realm);
}
