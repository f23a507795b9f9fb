// JSON.parse (https://tc39.es/ecma262/#sec-json.parse): a hand-written, non-recursive parser
// that builds engine objects directly, with V8's SyntaxError texts, and the reviver walk.
import { NEEDS_GENERATOR, isCallable } from '../../heap/function';
import { JSObject, chargeElements } from '../../heap/object';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toString } from '../../ops/convert';
import { call, createDataProperty, get, lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { isArray } from './arraySupport';
import { enumerableOwnKeys } from './objectEnumeration';

/** https://tc39.es/ecma262/#sec-json.parse */
export function* jsonParse(realm: Realm, text: Value, reviver: Value): Gen<Value> {
  const source = yield* toString(realm, text);
  const unfiltered = new JsonParser(realm, source).parse();
  if (!isCallable(reviver)) return unfiltered;
  const root = realm.newObject();
  createDataProperty(root, '', unfiltered);
  return yield* internalize(realm, root, '', reviver);
}

/** JSON.parse of a string without a reviver: no user code can run. */
export function jsonParseFast(realm: Realm, text: Value, reviver: Value): Value | typeof NEEDS_GENERATOR {
  if (typeof text !== 'string' || isCallable(reviver)) return NEEDS_GENERATOR;
  return new JsonParser(realm, text).parse();
}

/** https://tc39.es/ecma262/#sec-internalizejsonproperty */
function* internalize(realm: Realm, holder: JSObject, name: string, reviver: JSObject): Gen<Value> {
  const val = yield* get(realm, holder, name);
  if (val instanceof JSObject) {
    const keys = isArray(val) ? indexKeys(yield* lengthOfArrayLike(realm, val)) : enumerableOwnKeys(val);
    for (const key of keys) {
      const element = yield* internalize(realm, val, key, reviver);
      if (element === undefined) val.deleteOwn(key);
      else createDataProperty(val, key, element);
    }
  }
  return yield* call(realm, reviver, holder, [name, val]);
}

function indexKeys(len: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < len; i++) keys.push(String(i));
  return keys;
}

/** An open array or object while the parser descends (its stack replaces recursion). */
type Frame = { kind: 'array'; items: Value[] } | { kind: 'object'; obj: JSObject; key: string };

const LITERALS: Record<string, [string, Value]> = { t: ['true', true], f: ['false', false], n: ['null', null] };
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonParser {
  private pos = 0;
  private readonly stack: Frame[] = [];

  constructor(private readonly realm: Realm, private readonly src: string) {}

  parse(): Value {
    let value = this.parseValue();
    while (value === OPEN) value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.src.length) this.fail(Msg.JsonTrailing, this.pos);
    return value;
  }

  /** Parses one value and closes every container it completes; OPEN when a container was entered. */
  private parseValue(): Value | typeof OPEN {
    this.skipWhitespace();
    const c = this.src[this.pos];
    let v: Value;
    if (c === '{' || c === '[') {
      this.pos++;
      this.skipWhitespace();
      if (c === '[') {
        if (this.src[this.pos] !== ']') { this.stack.push({ kind: 'array', items: [] }); return OPEN; }
        this.pos++;
        v = this.realm.newArray();
      } else {
        if (this.src[this.pos] !== '}') { this.openObject(this.realm.newObject(), Msg.JsonExpectedPropName); return OPEN; }
        this.pos++;
        v = this.realm.newObject();
      }
    } else {
      v = this.parsePrimitive(c);
    }
    return this.complete(v);
  }

  /**
   * Reads `"key":` and pushes the object frame waiting for that key's value. V8 names the
   * missing colon only after an object's first key; later ones get "Unexpected token".
   */
  private openObject(obj: JSObject, missingKey: string): void {
    if (this.src[this.pos] !== '"') this.fail(missingKey, this.pos);
    const key = this.scanString();
    this.skipWhitespace();
    if (this.src[this.pos] !== ':') {
      if (missingKey === Msg.JsonExpectedPropName) this.fail(Msg.JsonExpectedColon, this.pos);
      this.unexpected(this.pos);
    }
    this.pos++;
    this.stack.push({ kind: 'object', obj, key });
  }

  /** Adds a finished value to the enclosing containers; OPEN if another value follows. */
  private complete(v: Value): Value | typeof OPEN {
    for (;;) {
      const frame = this.stack.pop();
      if (frame === undefined) return v;
      this.skipWhitespace();
      const c = this.src[this.pos++];
      if (frame.kind === 'array') {
        frame.items.push(v);
        chargeElements(1);
        if (c === ',') { this.stack.push(frame); return OPEN; }
        if (c !== ']') this.fail(Msg.JsonExpectedCommaOrBracket, this.pos - 1);
        v = this.realm.newArray(frame.items);
      } else {
        createDataProperty(frame.obj, frame.key, v);
        if (c === ',') {
          this.skipWhitespace();
          this.openObject(frame.obj, Msg.JsonExpectedDoubleQuoted);
          return OPEN;
        }
        if (c !== '}') this.fail(Msg.JsonExpectedCommaOrBrace, this.pos - 1);
        v = frame.obj;
      }
    }
  }

  private parsePrimitive(c: string | undefined): Value {
    if (c === '"') return this.scanString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.scanNumber();
    const literal = c === undefined ? undefined : LITERALS[c];
    if (literal === undefined) return this.unexpected(this.pos);
    const [word, value] = literal;
    for (let k = 1; k < word.length; k++) {
      if (this.src[this.pos + k] !== word[k]) this.unexpected(this.pos + k);
    }
    this.pos += word.length;
    return value;
  }

  private scanNumber(): number {
    const start = this.pos;
    if (this.src[this.pos] === '-') this.pos++;
    if (this.src[this.pos] === '0') {
      this.pos++;
      if (isDigit(this.src[this.pos])) this.fail(Msg.JsonUnexpectedNumber, this.pos);
    } else if (!this.skipDigits()) {
      this.fail(Msg.JsonNoNumberAfterMinus, this.pos);
    }
    if (this.src[this.pos] === '.') {
      this.pos++;
      if (!this.skipDigits()) this.fail(Msg.JsonUnterminatedFraction, this.pos);
    }
    if (this.src[this.pos] === 'e' || this.src[this.pos] === 'E') {
      this.pos++;
      if (this.src[this.pos] === '+' || this.src[this.pos] === '-') this.pos++;
      if (!this.skipDigits()) this.fail(Msg.JsonExponentMissing, this.pos);
    }
    return Number(this.src.slice(start, this.pos));
  }

  private skipDigits(): boolean {
    const start = this.pos;
    while (isDigit(this.src[this.pos])) this.pos++;
    return this.pos > start;
  }

  /** Scans a string literal starting at its opening quote. */
  private scanString(): string {
    const src = this.src;
    let out = '';
    let run = ++this.pos;
    for (;;) {
      if (this.pos >= src.length) this.fail(Msg.JsonUnterminatedString, src.length);
      const code = src.charCodeAt(this.pos);
      if (code === 0x22) break;
      if (code < 0x20) this.fail(Msg.JsonBadControl, this.pos);
      if (code !== 0x5c) { this.pos++; continue; }
      out += src.slice(run, this.pos);
      out += this.scanEscape();
      run = this.pos;
    }
    out += src.slice(run, this.pos++);
    return out;
  }

  /** One escape sequence at a backslash; leaves pos after it. */
  private scanEscape(): string {
    const src = this.src;
    const c = src[++this.pos];
    if (c === undefined) this.unexpected(this.pos);
    if (c !== 'u') {
      const e = ESCAPES[c];
      if (e === undefined) this.fail(Msg.JsonBadEscape, this.pos);
      this.pos++;
      return e;
    }
    let code = 0;
    for (let k = 1; k <= 4; k++) {
      const h = hexValue(src[this.pos + k]);
      if (h < 0) this.fail(Msg.JsonBadUnicodeEscape, this.pos + k);
      code = code * 16 + h;
    }
    this.pos += 5;
    return String.fromCharCode(code);
  }

  private skipWhitespace(): void {
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  private fail(template: string, position: number): never {
    return this.realm.throwError('SyntaxError', formatMessage(template, position));
  }

  /** V8's "Unexpected token" family, quoting the source (or ten characters around `at`). */
  private unexpected(at: number): never {
    const src = this.src;
    if (at >= src.length) return this.realm.throwError('SyntaxError', Msg.JsonUnexpectedEnd);
    const token = src[at];
    let message: string;
    if (token === '"') message = formatMessage(Msg.JsonUnexpectedString, at);
    else if (token === '-' || isDigit(token)) message = formatMessage(Msg.JsonUnexpectedNumber, at);
    else if (SPECIAL_SOURCES.has(src)) message = formatMessage(Msg.JsonShortString, src);
    else if (src.length < 21) message = formatMessage(Msg.JsonUnexpectedToken, token, src);
    else if (at < 10) message = formatMessage(Msg.JsonUnexpectedTokenStart, token, src.slice(0, at + 10));
    else if (at < src.length - 10) message = formatMessage(Msg.JsonUnexpectedTokenSurround, token, src.slice(at - 10, at + 10));
    else message = formatMessage(Msg.JsonUnexpectedTokenEnd, token, src.slice(at - 10));
    return this.realm.throwError('SyntaxError', message);
  }
}

/** Marks "a container was opened": the parse loop goes on to its first value. */
const OPEN: unique symbol = Symbol('open');

/** What JSON.parse(undefined), JSON.parse({}), JSON.parse(NaN)... get as their whole message. */
const SPECIAL_SOURCES = new Set(['undefined', 'NaN', 'Infinity', '[object Object]']);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const n = parseInt(c, 16);
  return Number.isNaN(n) ? -1 : n;
}
