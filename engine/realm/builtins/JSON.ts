// The JSON object (https://tc39.es/ecma262/#sec-json-object): parse and stringify, whose
// algorithms live in jsonParse.ts and jsonStringify.ts.
import type { Realm } from '../realm';
import { jsonParse } from './jsonParse';
import { jsonStringify } from './jsonStringify';
import { setToStringTag } from './objectSupport';
import { deepWalk } from '../../errors/hostStack';

export function installJSON(realm: Realm): void {
  const json = realm.newObject();
  const gen = { gen: true };
  // Both walk values as deep as the program made them (parse only with a reviver).
  realm.method(json, 'parse', 2, deepWalk(function* (_this, args) {
    return yield* jsonParse(realm, args[0], args[1]);
  }), gen);
  realm.method(json, 'stringify', 3, deepWalk(function* (_this, args) {
    return yield* jsonStringify(realm, args[0], args[1], args[2]);
  }), gen);
  setToStringTag(json, 'JSON');
  realm.defineGlobal('JSON', json);
  realm.intrinsics.set('%JSON%', json);
}
