// Growing strings as V8 does: past String::kMaxLength a catchable RangeError, never the
// host's own; within it, the bytes are charged to the heap account. All string building goes here.
import { Msg } from '../errors/messages';
import { Bytes, HeapKind, account, charge, reserve } from '../heap/account';
import type { Realm } from '../realm/realm';

/** V8's String::kMaxLength on 64-bit hosts: longer results throw "Invalid string length". */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** `a + b` (operators, templates, join, replace, concat, String.raw): V8 makes a rope, so a rope's cost is charged. */
export function concatStrings(realm: Realm, a: string, b: string): string {
  if (a.length + b.length > MAX_STRING_LENGTH) realm.throwError('RangeError', Msg.InvalidStringLength);
  const acct = account;
  acct.since += Bytes.concat;
  acct.bytes[HeapKind.String] += Bytes.concat;
  if (acct.since > acct.threshold) acct.onOverBudget?.(0);
  return a + b;
}

/** Before a builtin builds a flat string of `length` code units in one call (repeat, padStart...). */
export function reserveString(realm: Realm, length: number): void {
  if (length > MAX_STRING_LENGTH) realm.throwError('RangeError', Msg.InvalidStringLength);
  reserve(HeapKind.String, Bytes.string + length);
}

/** After a host call built a string whose size was not known before (JSON.stringify, encodeURI...). */
export function chargeString<T>(v: T): T {
  if (typeof v === 'string') charge(HeapKind.String, Bytes.string + v.length);
  return v;
}
