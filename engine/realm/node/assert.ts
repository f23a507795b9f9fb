// The `assert` core module (`assert`, `assert/strict`): Node's assertions written in JS
// (assertSource.ts, assertThrowsSource.ts, assertErrorSource.ts, with the deep comparison of utilCompareSource.ts), run
// once per realm; the one native of its own reads the source of a failed assert.ok's call.
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { assert } from '../../errors/internal';
import type { Realm } from '../realm';
import { callSource } from './assertCallSite';
import { ASSERTION_ERROR_SOURCE } from './assertErrorSource';
import { ASSERT_SOURCE } from './assertSource';
import { ASSERT_THROWS_SOURCE } from './assertThrowsSource';
import { runJsModule } from './jsModule';
import { COMPARE_SOURCE } from './utilCompareSource';
import { requireCore } from './coreModules';

/** internals.callSource(): `{ code, column }` of the caller's call, or undefined without its source. */
function addCallSource(realm: Realm, internals: JSObject): void {
  internals.put('callSource', realm.newNative('callSource', 0, () => {
    const site = callSource(realm.host.callerCode?.());
    if (!site) return undefined;
    const o = realm.newObject();
    o.put('code', site.code);
    o.put('column', site.column);
    return o;
  }), DEFAULT_FLAGS);
}

export function makeAssert(realm: Realm): Gen<JSObject> {
  const body = `${COMPARE_SOURCE}${ASSERTION_ERROR_SOURCE}${ASSERT_THROWS_SOURCE}${ASSERT_SOURCE}`;
  return runJsModule(realm, 'assert', body, (internals) => addCallSource(realm, internals));
}

/** `assert/strict` is assert.strict. */
export function* makeAssertStrict(realm: Realm): Gen<JSObject> {
  const strict = yield* get(realm, yield* requireCore(realm, 'assert'), 'strict');
  assert(strict instanceof JSObject, 'node:assert made assert.strict');
  return strict;
}
