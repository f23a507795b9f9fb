// Installs the keyed collections: Map, Set, WeakMap, WeakSet, and WeakRef and
// FinalizationRegistry (each in its own file, sharing collectionSupport.ts).
import type { Realm } from '../realm';
import { installMap } from './Map';
import { installSet } from './Set';
import { installWeakCollections } from './weak';
import { installWeakRefs } from './weakRefs';

export function installCollections(realm: Realm): void {
  installMap(realm);
  installSet(realm);
  installWeakCollections(realm);
  installWeakRefs(realm);
}
