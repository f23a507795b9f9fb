// Errors print as their `stack` (name and message improved when the constructor says
// more), wrapped in brackets when there are no frames, with `cause` and `errors` listed.
import { JSArray, JSObject } from '../heap/object';
import { ErrorObject } from '../heap/slots';
import { PropertyKey } from '../heap/values';
import type { Realm } from '../realm/realm';
import { dataGet, getPrefix, plainString } from './constructorName';
import type { Ctx } from './inspect';

/** Node's isError: a native error, or anything inheriting from Error.prototype. */
export function isError(realm: Realm, o: JSObject): boolean {
  if (o instanceof ErrorObject || o.className === 'Error') return true;
  const errorProto = realm.errorPrototypes.get('Error');
  for (let p = o.proto; p !== null; p = p.proto) if (p === errorProto) return true;
  return false;
}

/** The stack, or Error.prototype.toString's text when there is none. */
function getStackString(err: JSObject): string {
  const stack = dataGet(err, 'stack');
  if (stack) return plainString(stack);
  const name = dataGet(err, 'name');
  const msg = dataGet(err, 'message');
  const n = name === undefined ? 'Error' : plainString(name);
  const m = msg === undefined ? '' : plainString(msg);
  if (n === '') return m;
  return m === '' ? n : `${n}: ${m}`;
}

export function formatError(ctx: Ctx, err: JSObject, constructor: string | null, tag: string, keys: PropertyKey[]): string {
  // A DOMException's name is a getter over a slot; Node's inspect reads it, so read the slot.
  const nameValue = (err as { slotName?: string }).slotName ?? dataGet(err, 'name');
  const name = nameValue !== undefined && nameValue !== null ? plainString(nameValue) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if (err.lookup('cause') !== undefined && !keys.includes('cause')) keys.push('cause');
  if (dataGet(err, 'errors') instanceof JSArray && !keys.includes('errors')) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);
  // Frames start after the message, which may itself contain `\n    at`.
  const message = dataGet(err, 'message');
  let pos = (message && stack.indexOf(plainString(message))) || -1;
  if (pos !== -1) pos += plainString(message).length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    // With colors, Node greys the frames of its own modules.
    const shown = ctx.colors ? frames.map((line) => (CORE_FRAME.test(line) ? ctx.stylize(line, 'undefined') : line)) : frames;
    stack = `${stack.slice(0, stackStart)}\n${shown.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

/** name, message and stack are not listed again when the stack already shows them. */
function removeDuplicateErrorKeys(ctx: Ctx, keys: PropertyKey[], err: JSObject, stack: string): void {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(plainString(dataGet(err, name)))) keys.splice(index, 1);
  }
}

/** Puts the constructor's name in front when the stack names a less precise class. */
function improveStack(stack: string, constructor: string | null, name: string, tag: string): string {
  let len = name.length;
  const looksNormal = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksNormal) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  return `${prefix} [${name}]${stack.slice(len)}`;
}

/** Node's coreModuleRegExp: a frame in one of Node's own modules (`node:events`). */
const CORE_FRAME = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

/** The frames, with those repeated from the cause's stack folded into one line. */
function getStackFrames(ctx: Ctx, err: JSObject, frameText: string): string[] {
  const frames = frameText.split('\n');
  const cause = dataGet(err, 'cause');
  if (!(cause instanceof JSObject) || !isError(ctx.realm, cause)) return frames;
  const causeStack = getStackString(cause);
  const causeStart = causeStack.indexOf('\n    at');
  if (causeStart === -1) return frames;
  const causeFrames = causeStack.slice(causeStart + 1).split('\n');
  const { len, offset } = identicalSequenceRange(frames, causeFrames);
  if (len > 0) {
    const skipped = len - 2;
    frames.splice(offset + 1, skipped, ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined'));
  }
  return frames;
}

/** The first run of more than three lines of `a` that also appear in a row in `b`. */
function identicalSequenceRange(a: string[], b: string[]): { len: number; offset: number } {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const maxLen = Math.min(a.length - i, rest);
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}
