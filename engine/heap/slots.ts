// Objects with internal slots used by more than one part of the engine (builtins, the
// inspector, the debugger). Host containers here are never exposed to user code.
import { JSObject } from './object';
import type { Value } from './values';
import { HeapKind } from './account';

/** Map: a host Map already uses SameValueZero, the spec's key equality. */
export class MapObject extends JSObject {
  readonly data = new Map<Value, Value>();
  override className = 'Map';
  static override heapKind = HeapKind.Collection;
}

export class SetObject extends JSObject {
  readonly data = new Set<Value>();
  override className = 'Set';
  static override heapKind = HeapKind.Collection;
}

/** Entries are strong to the host; the collector deletes those whose key died (ephemerons). */
export class WeakMapObject extends JSObject {
  readonly data = new Map<object, Value>();
  override className = 'WeakMap';
}

/** Values are strong to the host; the collector deletes the dead ones. */
export class WeakSetObject extends JSObject {
  readonly data = new Set<object>();
  override className = 'WeakSet';
}

/** Date: [[DateValue]], a time value in ms since the epoch, or NaN. */
export class DateObject extends JSObject {
  override className = 'Date';
  constructor(proto: JSObject | null, public time: number) {
    super(proto);
  }
}

/** RegExp: the host matcher does the matching; only strings and numbers cross over. */
export class RegExpObject extends JSObject {
  override className = 'RegExp';
  constructor(proto: JSObject | null, readonly source: string, readonly flags: string, readonly matcher: RegExp) {
    super(proto);
  }
}

/** An object made by an Error constructor or the engine ([[ErrorData]]). */
export class ErrorObject extends JSObject {
  override className = 'Error';
}

export type PromiseState = 'pending' | 'fulfilled' | 'rejected';

/** Promise slots; the reactions and jobs belong to the event loop. */
export class PromiseObject extends JSObject {
  override className = 'Promise';
  state: PromiseState = 'pending';
  result: Value = undefined;
  fulfillReactions: unknown[] = [];
  rejectReactions: unknown[] = [];
  isHandled = false;
}
