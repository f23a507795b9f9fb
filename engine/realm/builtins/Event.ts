// Event (https://dom.spec.whatwg.org/#interface-event) as Node 20 has it: its fields live in
// the EventObject; EventTarget.ts dispatches it. timeStamp counts on the engine's clock.
import { ENUMERABLE, JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Gen, toBoolean, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { constructorName, protoFromCtor, setToStringTag } from './objectSupport';
import { defineInspect, describeReceived, inspectText, requireArgs, requireClassNew, throwNodeError, webAccessor, webMethod } from './webSupport';
import { NodeMsg } from '../../errors/nodeMessages';

export class EventObject extends JSObject {
  override className = 'Event';
  target: JSObject | null = null;
  currentTarget: JSObject | null = null;
  defaultPrevented = false;
  stopped = false;
  dispatching = false;
  eventPhase = 0;
  constructor(proto: JSObject, public type: string, public cancelable: boolean, public bubbles: boolean,
    readonly composed: boolean, readonly timeStamp: number, readonly isTrusted = false) {
    super(proto);
  }

  debugSlots(): [string, Value][] {
    return [['[[Type]]', this.type], ['[[Target]]', this.target]];
  }
}

/** An event's timeStamp is performance.now(): the loop's virtual ms since the start (the loop sets it). */
export const eventClocks = new WeakMap<Realm, () => number>();
const timeStamp = (realm: Realm): number => eventClocks.get(realm)?.() ?? 0;

export function installEvent(realm: Realm): void {
  const eventProto = realm.newObject();
  const eventCtor = realm.newNative('Event', 1, function* (_this, args, newTarget) {
    const p = protoFromCtor(requireClassNew(realm, newTarget, 'Event'), eventProto);
    requireArgs(realm, args, ['type']);
    const type = yield* toString(realm, args[0]);
    const o = args[1];
    if (o !== undefined && o !== null && !(o instanceof JSObject)) {
      throwNodeError(realm, NodeMsg.InvalidArgType, 'options', 'of type object', describeReceived(o));
    }
    const flag = function* (name: string): Gen<boolean> { return o instanceof JSObject && toBoolean(yield* get(realm, o, name)); };
    return new EventObject(p, type, yield* flag('cancelable'), yield* flag('bubbles'), yield* flag('composed'), timeStamp(realm));
  }, { ctor: true, gen: true });
  realm.defineConstructor(eventCtor, eventProto);
  installEventPrototype(realm, eventCtor, eventProto);
}

/** A trusted event the engine fires (an AbortSignal's `abort`). */
export function trustedEvent(realm: Realm, type: string): EventObject {
  return new EventObject(realm.intrinsic('%Event.prototype%'), type, false, false, false, timeStamp(realm), true);
}

function thisEvent(realm: Realm, v: Value): EventObject {
  return v instanceof EventObject ? v : throwNodeError(realm, NodeMsg.InvalidThis, 'Event');
}

function installEventPrototype(realm: Realm, ctor: JSObject, proto: JSObject): void {
  const getter = (name: string, read: (e: EventObject) => Value) =>
    webAccessor(realm, proto, name, (thisArg) => read(thisEvent(realm, thisArg)));
  webMethod(realm, proto, 'initEvent', 1, function* (thisArg, args) {
    const e = thisEvent(realm, thisArg);
    requireArgs(realm, args, ['type']);
    const type = yield* toString(realm, args[0]);
    if (e.dispatching) return undefined;
    e.type = type;
    e.bubbles = toBoolean(args[1]);
    e.cancelable = toBoolean(args[2]);
    return undefined;
  }, true);
  webMethod(realm, proto, 'stopImmediatePropagation', 0, (thisArg) => { thisEvent(realm, thisArg).stopped = true; return undefined; });
  webMethod(realm, proto, 'preventDefault', 0, (thisArg) => {
    const e = thisEvent(realm, thisArg);
    // Node 20 lets a passive listener cancel too, so `passive` changes nothing here.
    if (e.cancelable) e.defaultPrevented = true;
    return undefined;
  });
  getter('target', (e) => e.target);
  getter('currentTarget', (e) => e.currentTarget);
  getter('srcElement', (e) => e.target);
  getter('type', (e) => e.type);
  getter('cancelable', (e) => e.cancelable);
  getter('defaultPrevented', (e) => e.cancelable && e.defaultPrevented);
  getter('timeStamp', (e) => e.timeStamp);
  webMethod(realm, proto, 'composedPath', 0, (thisArg) => {
    const e = thisEvent(realm, thisArg);
    return realm.newArray(e.dispatching && e.currentTarget ? [e.currentTarget] : []);
  });
  getter('returnValue', (e) => !(e.cancelable && e.defaultPrevented));
  getter('bubbles', (e) => e.bubbles);
  getter('composed', (e) => e.composed);
  getter('eventPhase', (e) => e.eventPhase);
  getter('cancelBubble', (e) => e.stopped);
  webMethod(realm, proto, 'stopPropagation', 0, (thisArg) => { thisEvent(realm, thisArg).stopped = true; return undefined; });
  getter('isTrusted', (e) => e.isTrusted);
  for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]] as const) {
    ctor.put(name, value, ENUMERABLE);
  }
  defineInspect(realm, proto, function* (self, depth, opts) {
    const e = thisEvent(realm, self);
    const name = constructorName(e) ?? 'Event';
    if (depth < 0) return name;
    const obj = realm.newObject();
    obj.put('type', e.type);
    obj.put('defaultPrevented', e.cancelable && e.defaultPrevented);
    obj.put('cancelable', e.cancelable);
    obj.put('timeStamp', e.timeStamp);
    return `${name} ${yield* inspectText(realm, obj, { ...opts, depth: (opts.depth ?? 2) - 1 })}`;
  });
  setToStringTag(proto, 'Event');
}
