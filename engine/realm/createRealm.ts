// Builds a realm with every built-in, in dependency order (prototypes before the
// constructors and methods that hand them out).
import { Realm, RealmHost } from './realm';
import { installObject } from './builtins/Object';
import { installFunction } from './builtins/Function';
import { installSymbol } from './builtins/Symbol';
import { installError } from './builtins/Error';
import { installIterators } from './builtins/Iterator';
import { installArray } from './builtins/Array';
import { installString } from './builtins/String';
import { installNumber } from './builtins/Number';
import { installBoolean } from './builtins/Boolean';
import { installBigInt } from './builtins/BigInt';
import { installMath } from './builtins/Math';
import { installJSON } from './builtins/JSON';
import { installCollections } from './builtins/collections';
import { installDate } from './builtins/Date';
import { installRegExp } from './builtins/RegExp';
import { installReflect } from './builtins/Reflect';
import { installProxy } from './builtins/Proxy';
import { installGlobals } from './builtins/globals';
import { installConsole } from './builtins/console';
import { installPromise } from './builtins/Promise';
import { installBinary } from './builtins/binary';
import { installBufferGlobal } from './node/buffer';

export function createRealm(host: RealmHost): Realm {
  const realm = new Realm(host);
  installObject(realm);
  installFunction(realm);
  installSymbol(realm);
  installError(realm);
  installIterators(realm);
  installArray(realm);
  installString(realm);
  installNumber(realm);
  installBoolean(realm);
  installBigInt(realm);
  installMath(realm);
  installJSON(realm);
  installCollections(realm);
  installDate(realm);
  installRegExp(realm);
  installReflect(realm);
  installProxy(realm);
  installPromise(realm);
  installBinary(realm);
  installGlobals(realm);
  installConsole(realm);
  // After the console's snapshot of built-in names, which in Node is taken before Buffer exists.
  installBufferGlobal(realm);
  return realm;
}
