// The JSON object (https://tc39.es/ecma262/#sec-json-object): parse and stringify, whose
// algorithms live in jsonParse.ts and jsonStringify.ts.
import type { Realm } from '../realm';
import { jsonParse, jsonParseFast } from './jsonParse';
import { jsonStringify } from './jsonStringify';
import { jsonStringifyFast } from './jsonStringifyFast';
import { setToStringTag } from './objectSupport';
import { deepWalk } from '../../errors/hostStack';

export function installJSON(realm: Realm): void {
  const json = realm.newObject();
  // Both walk values as deep as the program made them (parse only with a reviver).
  realm.method(json, 'parse', 2, deepWalk(function* (_this, args) {
    return yield* jsonParse(realm, args[0], args[1]);
  }), { gen: true, fast: (_this, args) => jsonParseFast(realm, args[0], args[1]) });
  realm.method(json, 'stringify', 3, deepWalk(function* (_this, args) {
    return yield* jsonStringify(realm, args[0], args[1], args[2]);
  }), { gen: true, fast: (_this, args) => jsonStringifyFast(realm, args[0], args[1], args[2]) });
  setToStringTag(json, 'JSON');
  realm.defineGlobal('JSON', json);
  realm.intrinsics.set('%JSON%', json);
}
