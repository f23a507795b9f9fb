// The global `console` as Node has it: log/info/debug to stdout, warn/error/trace/assert to
// stderr, and dir, table, group, count, time. Each message is one RealmHost.console call.
import { JSArray, JSObject,  CONFIGURABLE } from '../../heap/object';
import { HOLE, JSSymbol, PropertyKey, Value, WellKnown } from '../../heap/values';
import { isCallable, type NativeGen, type NativeGenImpl, type NativeSync } from '../../heap/function';
import { JSThrow } from '../../errors/internal';
import { NodeMsg } from '../../errors/nodeMessages';
import { nodeError } from './webSupport';
import { Gen, toBoolean, toString, typeOf } from '../../ops/convert';
import { builtInNames, dataGet, plainString } from '../../inspect/constructorName';
import { formatWithOptions, rememberJSONStringify } from '../../inspect/formatString';
import { inspect } from '../../inspect/inspect';
import { inspectWithTags } from '../../inspect/resolveTags';
import { optionsFromObject } from '../../inspect/inspectOptions';
import { consoleTable } from '../../inspect/table';
import type { ConsoleLevel, Realm } from '../realm';

/** Per-realm console state (the spec's group stack, count map and timer table). */
interface ConsoleState {
  groupIndent: string;
  counts: Map<string, number>;
  timers: Map<string, number>;
}

type Method = [name: string, impl: NativeSync | NativeGenImpl, gen: boolean];

export function installConsole(realm: Realm): void {
  builtInNames(realm); // Node's notion of "built-in" is fixed before user code runs.
  rememberJSONStringify(realm);
  const state: ConsoleState = { groupIndent: '', counts: new Map(), timers: new Map() };
  // Node's console is an own-property bag on an empty prototype, tagged 'console'.
  const con = realm.newObject(realm.newObject());
  for (const [name, impl, gen] of consoleMethods(realm, state)) con.put(name, realm.newNative(name, 0, impl, { gen }));
  con.put(WellKnown.toStringTag, 'console', CONFIGURABLE);
  realm.defineGlobal('console', con);
  realm.intrinsics.set('%console%', con); // require('console') is this object, as in Node
}

/** The methods in Node's own-key order; all have length 0 as in Node. */
function consoleMethods(realm: Realm, state: ConsoleState): Method[] {
  const write = (level: ConsoleLevel, text: string): void => {
    const indent = state.groupIndent;
    realm.host.console(level, indent === '' ? text : indent + text.replaceAll('\n', `\n${indent}`));
  };
  const print = (level: ConsoleLevel): NativeGenImpl => function* (_this, args): NativeGen {
    write(level, yield* formatWithOptions(realm, {}, args));
    return undefined;
  };
  const nothing: NativeSync = () => undefined;
  const group: NativeGenImpl = function* (_this, args) {
    if (args.length > 0) write('log', yield* formatWithOptions(realm, {}, args));
    state.groupIndent += '  ';
    return undefined;
  };
  const timers = timerMethods(realm, state, write);
  return [
    ['log', print('log'), true],
    ['warn', print('warn'), true],
    // Node's console.dir does not call util.inspect.custom unless asked.
    ['dir', function* (_this, args) { write('log', yield* inspectWithTags(realm, args[0], { customInspect: false, ...optionsFromObject(args[1]) })); return undefined; }, true],
    ['time', timers.time, true],
    ['timeEnd', timers.timeEnd, true],
    ['timeLog', timers.timeLog, true],
    ['trace', traceMethod(realm, write), true],
    ['assert', assertMethod(realm, write), true],
    ['clear', nothing, false], // only clears a TTY
    ['count', countMethod(realm, state, write), true],
    ['countReset', countResetMethod(realm, state), true],
    ['group', group, true],
    ['groupEnd', () => { state.groupIndent = state.groupIndent.slice(0, -2); return undefined; }, false],
    ['table', tableMethod(realm, write), true],
    ['debug', print('debug'), true],
    ['info', print('info'), true],
    ['dirxml', print('log'), true],
    ['error', print('error'), true],
    ['groupCollapsed', group, true],
    ['profile', nothing, false], // the inspector-only methods do nothing without a profiler
    ['profileEnd', nothing, false],
    ['timeStamp', nothing, false],
  ];
}

type Write = (level: ConsoleLevel, text: string) => void;

/** Node reports misuse (unknown timer label...) as a process warning on stderr. */
function warning(realm: Realm, text: string): void {
  realm.host.console('warn', `(node) Warning: ${text}`);
}

/** `${label}` with Node's default label; a Symbol throws as in a template literal. */
function* labelOf(realm: Realm, v: Value): Gen<string> {
  return v === undefined ? 'default' : yield* toString(realm, v);
}

function timerMethods(realm: Realm, state: ConsoleState, write: Write): Record<'time' | 'timeEnd' | 'timeLog', NativeGenImpl> {
  function* timeLog(method: string, label: string, data: Value[]): Gen<boolean> {
    const start = state.timers.get(label);
    if (start === undefined) {
      warning(realm, `No such label '${label}' for console.${method}()`);
      return false;
    }
    const text = yield* formatWithOptions(realm, {}, ['%s: %s', label, formatTime(realm.host.now() - start), ...data]);
    write('log', text);
    return true;
  }
  return {
    *time(_this, args) {
      const label = yield* labelOf(realm, args[0]);
      if (state.timers.has(label)) warning(realm, `Label '${label}' already exists for console.time()`);
      else state.timers.set(label, realm.host.now());
      return undefined;
    },
    *timeEnd(_this, args) {
      const label = yield* labelOf(realm, args[0]);
      if (yield* timeLog('timeEnd', label, [])) state.timers.delete(label);
      return undefined;
    },
    *timeLog(_this, args) {
      yield* timeLog('timeLog', yield* labelOf(realm, args[0]), args.slice(1));
      return undefined;
    },
  };
}

/** Node's console duration: `1.5ms`, `2.000s`, `1:02.500 (m:ss.mmm)`. */
export function formatTime(ms: number): string {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60_000) {
      if (ms >= 3_600_000) {
        hours = Math.floor(ms / 3_600_000);
        ms %= 3_600_000;
      }
      minutes = Math.floor(ms / 60_000);
      ms %= 60_000;
    }
    seconds = ms / 1000;
  }
  const pad = (v: number | string): string => String(v).padStart(2, '0');
  if (hours !== 0 || minutes !== 0) {
    const [whole, frac] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(whole)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

/** `Trace: message` and the stack, on stderr. */
function traceMethod(realm: Realm, write: Write): NativeGenImpl {
  return function* (_this, args) {
    const message = yield* formatWithOptions(realm, {}, args);
    const header = message === '' ? 'Trace' : `Trace: ${message}`;
    // Like Error.captureStackTrace(err, trace) in Node, the stack starts at trace's caller.
    const frames = realm.host.captureStack().split('\n').filter((line, i) => !(i === 0 && line.trim() === 'at trace'));
    write('error', `${header}\n${frames.join('\n')}`.trimEnd());
    return undefined;
  };
}

/** `Assertion failed[: first arg]`, the rest formatted as by console.warn. */
function assertMethod(realm: Realm, write: Write): NativeGenImpl {
  return function* (_this, args) {
    if (toBoolean(args[0])) return undefined;
    const rest = args.slice(1);
    if (rest.length === 0) rest.push('Assertion failed');
    else rest[0] = `Assertion failed: ${yield* toString(realm, rest[0])}`;
    write('warn', yield* formatWithOptions(realm, {}, rest));
    return undefined;
  };
}

function countMethod(realm: Realm, state: ConsoleState, write: Write): NativeGenImpl {
  return function* (_this, args) {
    const label = yield* labelOf(realm, args[0]);
    const n = (state.counts.get(label) ?? 0) + 1;
    state.counts.set(label, n);
    write('log', `${label}: ${n}`);
    return undefined;
  };
}

/** Like Node, looks the label up before converting it, so only string labels are found. */
function countResetMethod(realm: Realm, state: ConsoleState): NativeGenImpl {
  return function* (_this, args) {
    const label = args[0] === undefined ? 'default' : args[0];
    if (typeof label === 'string' && state.counts.has(label)) state.counts.delete(label);
    else warning(realm, `Count for '${yield* toString(realm, label)}' does not exist`);
    return undefined;
  };
}

function tableMethod(realm: Realm, write: Write): NativeGenImpl {
  return function* (_this, args) {
    const [data, props] = args;
    const properties = props === undefined ? undefined : tableProperties(realm, props);
    if (data instanceof JSObject) write('log', consoleTable(realm, data, properties));
    else write('log', yield* formatWithOptions(realm, {}, [data]));
    return undefined;
  };
}

/** The `properties` argument: an Array whose items name the columns. */
function tableProperties(realm: Realm, v: Value): PropertyKey[] {
  if (!(v instanceof JSArray)) throw new JSThrow(invalidArgType(realm, 'properties', 'an instance of Array', v));
  return v.items.map((k) => (k === HOLE ? 'undefined' : k instanceof JSSymbol ? k : plainString(k)));
}

/** Node's ERR_INVALID_ARG_TYPE, with console's own description of the value. */
export function invalidArgType(realm: Realm, name: string, expected: string, v: Value): JSObject {
  return nodeError(realm, NodeMsg.InvalidArgType, name, expected, describeReceived(realm, v));
}

/** How Node's argument errors describe the value they got. */
function describeReceived(realm: Realm, v: Value): string {
  if (v === undefined || v === null) return String(v);
  if (isCallable(v)) {
    const name = dataGet(v, 'name');
    if (typeof name === 'string' && name !== '') return `function ${name}`;
  } else if (v instanceof JSObject) {
    const ctor = dataGet(v, 'constructor');
    const ctorName = ctor instanceof JSObject ? dataGet(ctor, 'name') : undefined;
    if (typeof ctorName === 'string' && ctorName !== '') return `an instance of ${ctorName}`;
    return inspect(realm, v, { depth: -1 });
  }
  let shown = inspect(realm, v);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeOf(v)} (${shown})`;
}
