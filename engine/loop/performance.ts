// Node's `performance` global, on the run's virtual clock: now() is the ms since the run
// started (a double, like the clock), timeOrigin is when it started. Nothing else of the
// Performance API (marks, measures, nodeTiming) is there yet.
import { ACCESSOR, CONFIGURABLE, DEFAULT_FLAGS, ENUMERABLE, JSObject, METHOD_FLAGS } from '../heap/object';
import { Value } from '../heap/values';
import { Gen } from '../ops/convert';
import { inspectWithTags } from '../inspect/resolveTags';
import { optionsFromObject } from '../inspect/inspectOptions';
import { invalidArgType } from '../realm/builtins/console';
import { setToStringTag } from '../realm/builtins/objectSupport';
import { symbolFor } from '../realm/builtins/Symbol';
import { JSThrow } from '../errors/internal';
import { Msg, formatMessage } from '../errors/messages';
import { NodeMsg } from '../errors/nodeMessages';
import { throwNodeError } from '../realm/builtins/webSupport';
import type { Realm } from '../realm/realm';

/** Installs `performance`; `elapsed` reads the virtual ms since the run started (a read costs time). */
export function installPerformance(realm: Realm, timeOrigin: number, elapsed: () => number): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('Performance', 0, (_this, _args, newTarget) => {
    if (newTarget === undefined) realm.throwError('TypeError', formatMessage(Msg.ClassWithoutNew, 'Performance'));
    return throwNodeError(realm, NodeMsg.IllegalConstructor);
  }, { ctor: true });
  realm.linkConstructor(ctor, proto);
  const performance = new JSObject(proto);
  performance.className = 'Performance';
  const check = (thisArg: Value): void => {
    if (thisArg !== performance) throw new JSThrow(invalidArgType(realm, 'this', 'an instance of Performance', thisArg));
  };
  // Web IDL members: enumerable, in Node's order.
  proto.put('now', realm.newNative('now', 0, (thisArg) => { check(thisArg); return elapsed(); }), DEFAULT_FLAGS);
  realm.accessor(proto, 'timeOrigin', (thisArg) => { check(thisArg); return timeOrigin; });
  const origin = proto.getOwn('timeOrigin')!;
  proto.putAccessor('timeOrigin', origin.get, origin.set, (origin.flags & ~ACCESSOR) | ENUMERABLE);
  // Node prints it as `Performance { ... }` through its own inspect method.
  proto.put(symbolFor(realm, 'nodejs.util.inspect.custom'), realm.newNative('[nodejs.util.inspect.custom]', 2, function* (_this, args): Gen<Value> {
    // Node returns the object, which its internal symbol keys print as `[Performance]`.
    if (typeof args[0] === 'number' && args[0] < 0) return '[Performance]';
    const view = realm.newObject();
    view.put('timeOrigin', timeOrigin);
    const options = optionsFromObject(args[1]);
    if (options.depth !== undefined) options.depth -= 1;
    return `Performance ${yield* inspectWithTags(realm, view, options)}`;
  }, { gen: true }), METHOD_FLAGS);
  setToStringTag(proto, 'Performance');

  let value: Value = performance;
  // A replaceable global accessor, as Node's: assigning to `performance` changes what it reads.
  realm.global.putAccessor('performance', realm.newNative('get performance', 0, () => value), realm.newNative('set performance', 1, (_this, args) => { value = args[0]; return undefined; }), ENUMERABLE | CONFIGURABLE);
}
