// The global object's own values and functions (https://tc39.es/ecma262/#sec-global-object),
// indirect eval, and the sandboxed `process` (process.ts; the event loop adds nextTick later).
import { chargeString } from '../../ops/strings';
import { DEFAULT_FLAGS, JSObject,  METHOD_FLAGS, CONSTANT_FLAGS } from '../../heap/object';
import { Value } from '../../heap/values';
import { Msg } from '../../errors/messages';
import { Gen, toNumber, toString } from '../../ops/convert';
import { call } from '../../ops/object';
import type { Realm } from '../realm';
import { setToStringTag } from './objectSupport';
import { installWebGlobals } from './webGlobals';
import { installProcess } from './process';

export function installGlobals(realm: Realm): void {
  const global = realm.global;
  for (const [name, value] of [['NaN', NaN], ['Infinity', Infinity], ['undefined', undefined]] as const) {
    global.put(name, value, CONSTANT_FLAGS);
  }
  realm.defineGlobal('globalThis', global);
  // not in the spec: Node's alias, which programs written for Node use; enumerable as in Node.
  global.put('global', global, DEFAULT_FLAGS);
  setToStringTag(global, 'global');
  installNumberParsing(realm, global);
  installUriFunctions(realm, global);
  const evalFn = realm.method(global, 'eval', 1, function* (_this, args) {
    const source = args[0];
    if (typeof source !== 'string') return source;
    return yield* call(realm, realm.host.compileEval(source), global, []);
  }, { gen: true });
  realm.intrinsics.set('%eval%', evalFn);
  installProcess(realm);
  installWebGlobals(realm);
}

/** parseInt, parseFloat, isNaN, isFinite: the host's versions on already-converted primitives. */
function installNumberParsing(realm: Realm, global: JSObject): void {
  const gen = { gen: true };
  // Number.parseInt === parseInt: reuse Number's functions when installNumber made them.
  const shared = (name: string, make: () => JSObject) => {
    const fn = realm.intrinsics.get(`%${name}%`) ?? make();
    global.put(name, fn, METHOD_FLAGS);
    realm.intrinsics.set(`%${name}%`, fn);
  };
  shared('parseInt', () => realm.newNative('parseInt', 2, function* (_this, args) {
    const s = yield* toString(realm, args[0]);
    const radix = args[1] === undefined ? 0 : yield* toNumber(realm, args[1]);
    return parseInt(s, radix);
  }, gen));
  shared('parseFloat', () => realm.newNative('parseFloat', 1, function* (_this, args) {
    return parseFloat(yield* toString(realm, args[0]));
  }, gen));
  realm.method(global, 'isNaN', 1, function* (_this, args) {
    return Number.isNaN(yield* toNumber(realm, args[0]));
  }, gen);
  realm.method(global, 'isFinite', 1, function* (_this, args) {
    return Number.isFinite(yield* toNumber(realm, args[0]));
  }, gen);
}

/** https://tc39.es/ecma262/#sec-uri-handling-functions and Annex B escape/unescape. */
function installUriFunctions(realm: Realm, global: JSObject): void {
  const uriFunctions: [string, (s: string) => string][] = [
    ['decodeURI', decodeURI], ['decodeURIComponent', decodeURIComponent],
    ['encodeURI', encodeURI], ['encodeURIComponent', encodeURIComponent],
    ['escape', escape], ['unescape', unescape],
  ];
  for (const [name, hostFn] of uriFunctions) {
    realm.method(global, name, 1, function* (_this, args): Gen<Value> {
      const s = yield* toString(realm, args[0]);
      let out: string;
      try {
        out = hostFn(s);
      } catch (e) {
        // The host's URIError, for malformed input, becomes the realm's own.
        if (e instanceof URIError) return realm.throwError('URIError', Msg.URIMalformed);
        throw e;
      }
      return chargeString(out);
    }, { gen: true });
  }
}
