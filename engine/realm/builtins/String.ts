// The String constructor, its statics, String.prototype (a String wrapper of ''), and
// %StringIteratorPrototype% (https://tc39.es/ecma262/#sec-string-objects).
import { NEEDS_GENERATOR } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { JSSymbol, Primitive, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, primitiveToNumber, primitiveToString, toNumber, toObject, toString } from '../../ops/convert';
import { get, lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { CursorIterator, ITER_DONE, StepResult, defineCursorPrototype } from './Iterator';
import { protoFromCtor } from './objectSupport';
import { installStringMethods } from './stringMethods';
import { installStringBuilding } from './stringBuilding';
import { installStringRegExpMethods } from './stringRegExpMethods';
import { concatStrings, reserveString } from '../../ops/strings';
import { codeUnitCount, orderOwnProperties, thisString } from './stringSupport';


export function installString(realm: Realm): void {
  const proto = new PrimitiveWrapper(realm.ObjectPrototype, '', 'String');
  realm.StringPrototype = proto;
  const ctor = realm.newNative('String', 1, function* (_this, args, newTarget) {
    let s = '';
    if (args.length > 0) {
      const v = args[0];
      // https://tc39.es/ecma262/#sec-symboldescriptivestring for String(sym) only.
      if (newTarget === undefined && v instanceof JSSymbol) return v.toString();
      s = yield* toString(realm, v);
    }
    if (newTarget === undefined) return s;
    return new PrimitiveWrapper(protoFromCtor(newTarget, proto), s, 'String');
  }, {
    gen: true,
    ctor: true,
    // String(v) for a primitive v: ToString runs no toString.
    fast(_this, args) {
      if (args.length === 0) return '';
      const v = args[0];
      if (v instanceof JSObject) return NEEDS_GENERATOR;
      return v instanceof JSSymbol ? v.toString() : primitiveToString(realm, v);
    },
  });
  realm.defineConstructor(ctor, proto);
  installStatics(realm, ctor);
  installStringMethods(realm, proto);
  installStringBuilding(realm, proto);
  installStringRegExpMethods(realm, proto);
  installStringIterator(realm, proto);
  orderOwnProperties(proto, V8_ORDER);
}

/** String.prototype's keys as Node lists them. */
const V8_ORDER = [
  'constructor', 'anchor', 'at', 'big', 'blink', 'bold', 'charAt', 'charCodeAt', 'codePointAt', 'concat',
  'endsWith', 'fontcolor', 'fontsize', 'fixed', 'includes', 'indexOf', 'isWellFormed', 'italics',
  'lastIndexOf', 'link', 'localeCompare', 'match', 'matchAll', 'normalize', 'padEnd', 'padStart',
  'repeat', 'replace', 'replaceAll', 'search', 'slice', 'small', 'split', 'strike', 'sub', 'substr',
  'substring', 'sup', 'startsWith', 'toString', 'toWellFormed', 'trim', 'trimStart', 'trimLeft',
  'trimEnd', 'trimRight', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toLowerCase', 'toUpperCase', 'valueOf',
];

function installStatics(realm: Realm, ctor: JSObject): void {
  const gen = { gen: true };
  realm.method(ctor, 'fromCharCode', 1, function* (_this, args) {
    const units: number[] = [];
    for (const a of args) units.push((yield* toNumber(realm, a)) & 0xffff);
    return fromCodeUnits(realm, units);
  }, {
    gen: true,
    fast(_this, args) {
      for (let i = 0; i < args.length; i++) if (args[i] instanceof JSObject) return NEEDS_GENERATOR;
      const units: number[] = new Array(args.length);
      for (let i = 0; i < args.length; i++) units[i] = primitiveToNumber(realm, args[i] as Primitive) & 0xffff;
      return fromCodeUnits(realm, units);
    },
  });
  realm.method(ctor, 'fromCodePoint', 1, function* (_this, args) {
    const points: number[] = [];
    for (const a of args) {
      const cp = yield* toNumber(realm, a);
      if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) realm.throwError('RangeError', formatMessage(Msg.InvalidCodePoint, cp));
      points.push(cp);
    }
    reserveString(realm, points.length);
    let s = '';
    for (let i = 0; i < points.length; i += 4096) s += String.fromCodePoint(...points.slice(i, i + 4096));
    return s;
  }, gen);
  realm.method(ctor, 'raw', 1, function* (_this, args) {
    return yield* stringRaw(realm, args[0], args.slice(1));
  }, gen);
}

function fromCodeUnits(realm: Realm, units: number[]): string {
  reserveString(realm, units.length);
  if (units.length === 1) return String.fromCharCode(units[0]);
  let s = '';
  for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
  return s;
}

/** https://tc39.es/ecma262/#sec-string.raw */
function* stringRaw(realm: Realm, template: Value, subs: Value[]): Gen<string> {
  const cooked = toObject(realm, template);
  const literals = toObject(realm, yield* get(realm, cooked, 'raw'));
  const count = yield* lengthOfArrayLike(realm, literals);
  let r = '';
  for (let i = 0; i < count; i++) {
    r = concatStrings(realm, r, yield* toString(realm, yield* get(realm, literals, String(i))));
    if (i + 1 === count) break;
    if (i < subs.length) r = concatStrings(realm, r, yield* toString(realm, subs[i]));
  }
  return r;
}

interface StringCursor { s: string; i: number }

/** https://tc39.es/ecma262/#sec-%stringiteratorprototype%-object: steps by code point. */
function installStringIterator(realm: Realm, proto: JSObject): void {
  const iterProto = defineCursorPrototype<StringCursor>(realm, 'String Iterator', (c): StepResult => {
    if (c.i >= c.s.length) return ITER_DONE;
    const n = codeUnitCount(c.s, c.i);
    const r = c.s.slice(c.i, c.i + n);
    c.i += n;
    return r;
  });
  realm.intrinsics.set('%StringIteratorPrototype%', iterProto);
  realm.method(proto, WellKnown.iterator, 0, function* (thisArg) {
    const s = yield* thisString(realm, thisArg, 'String.prototype[Symbol.iterator]');
    return new CursorIterator<StringCursor>(iterProto, 'String Iterator', { s, i: 0 });
  }, { gen: true });
}
