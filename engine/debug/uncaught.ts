// The text reported for an exception nothing caught, as Node prints it after "Uncaught ":
// the value inspected (an Error's stack and its extra properties), and for a rejection
// whose reason has no stack, Node's UnhandledPromiseRejection error.
import { JSObject } from '../heap/object';
import { JSSymbol, Value } from '../heap/values';
import { inspect } from '../inspect/inspect';
import type { Realm } from '../realm/realm';
import { noSideEffectsToString } from '../errors/noSideEffectsToString';
import { NodeMsg } from '../errors/nodeMessages';
import { formatMessage } from '../errors/messages';

/** Node inspects what it reports at depth 5 at least, without custom inspectors. */
const REPORT_DEPTH = 5;

export function describeUncaught(realm: Realm, v: Value, inPromise = false): string {
  if (!inPromise) return `Uncaught ${thrownText(realm, v)}`;
  // Node's isErrorLike: an object with an own `stack` is reported as it is.
  const errorLike = v instanceof JSObject && v.getOwn('stack') !== undefined;
  return `Uncaught (in promise) ${errorLike ? thrownText(realm, v) : unhandledRejection(realm, v)}`;
}

/** Objects inspected; primitives as their plain text (a string without quotes). */
function thrownText(realm: Realm, v: Value): string {
  if (v instanceof JSObject) return inspect(realm, v, { depth: REPORT_DEPTH });
  if (v instanceof JSSymbol) return v.toString();
  return String(v);
}

/**
 * Node's ERR_UNHANDLED_REJECTION error for a reason without a stack, inspected: it has no
 * frames here (Node's would be its own internals), so it prints in brackets.
 */
function unhandledRejection(realm: Realm, reason: Value): string {
  const { code, text } = NodeMsg.UnhandledRejection;
  const message = formatMessage(text, noSideEffectsToString(realm, reason));
  return `[UnhandledPromiseRejection: ${message}] {\n  code: '${code}'\n}`;
}
