// URL (https://url.spec.whatwg.org/#url-class). The WHATWG parser is the host's URL: as with
// RegExp's host matcher, only strings cross (an href in, component strings out), so the
// results are exactly Node's, IDNA and percent-encoding sets included. A URL object's
// state is its component strings; a setter reparses the href with one component changed.
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Gen, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { constructorName, protoFromCtor, setToStringTag } from './objectSupport';
import { URLSearchParamsObject, newParamsFor, parseQuery } from './URLSearchParams';
import { defineInspect, inspectText, nodeError, requireArgs, requireClassNew, webAccessor, webMethod } from './webSupport';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { Msg, formatMessage } from '../../errors/messages';
import { NodeMsg } from '../../errors/nodeMessages';

/** The getters in Node's order (console.log lists them so, with searchParams before hash). */
const PARTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'] as const;
type Part = (typeof PARTS)[number];
type Parts = Record<Part, string>;
/** The components a program may set (origin is read-only). */
type SettablePart = Exclude<Part, 'origin' | 'href'>;

export class URLObject extends JSObject {
  override className = 'URL';
  constructor(proto: JSObject, public parts: Parts, public params: URLSearchParamsObject | undefined) {
    super(proto);
  }

  /** What the debugger's Variables view shows of this URL (engine/debug/internalSlots.ts). */
  debugSlots(): [string, Value][] {
    return [['[[URL]]', this.parts.href]];
  }

  /** The searchParams changed: the query becomes their serialization (null when empty). */
  queryChanged(serialized: string): void {
    const h = new URL(this.parts.href);
    h.search = serialized;
    this.parts = partsOf(h);
  }
}

/** The host parser on strings; undefined for input that is not a valid URL. */
function parse(input: string, base?: string): Parts | undefined {
  let h: URL;
  try {
    h = base === undefined ? new URL(input) : new URL(input, base);
  } catch (_e) {
    return undefined;
  }
  return partsOf(h);
}

function partsOf(h: URL): Parts {
  const out = {} as Parts;
  for (const p of PARTS) out[p] = String(h[p]);
  return out;
}

/** Node's ERR_INVALID_URL: `input` (and `base` when one was given) as own properties. */
function invalidUrl(realm: Realm, input: string, base: string | undefined): never {
  const e = nodeError(realm, NodeMsg.InvalidUrl);
  e.put('input', input);
  if (base !== undefined) e.put('base', base);
  throw new JSThrow(e);
}

function thisURL(realm: Realm, v: Value): URLObject {
  if (v instanceof URLObject) return v;
  return realm.throwError('TypeError', formatMessage(Msg.ReceiverNotInstance, 'URL'));
}

/** Links a URL and its searchParams both ways: each change to one rewrites the other. */
function attachParams(realm: Realm, url: URLObject): URLSearchParamsObject {
  const params = newParamsFor(realm, url, url.parts.search);
  url.params = params;
  return params;
}

export function installURL(realm: Realm): void {
  const proto = realm.newObject();
  const make = (parts: Parts, p: JSObject = proto): URLObject => {
    const url = new URLObject(p, parts, undefined);
    attachParams(realm, url);
    return url;
  };
  const args = function* (a: Value[]): Gen<[string, string | undefined]> {
    requireArgs(realm, a, ['url']);
    const input = yield* toString(realm, a[0]);
    return [input, a[1] === undefined ? undefined : yield* toString(realm, a[1])];
  };
  const ctor = realm.newNative('URL', 1, function* (_this, a, newTarget) {
    const p = protoFromCtor(requireClassNew(realm, newTarget, 'URL'), proto);
    const [input, base] = yield* args(a);
    return make(parse(input, base) ?? invalidUrl(realm, input, base), p);
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  webMethod(realm, ctor, 'parse', 1, function* (_this, a) {
    const [input, base] = yield* args(a);
    const parts = parse(input, base);
    return parts === undefined ? null : make(parts);
  }, true);
  webMethod(realm, ctor, 'canParse', 1, function* (_this, a) {
    const [input, base] = yield* args(a);
    return parse(input, base) !== undefined;
  }, true);
  for (const name of ['createObjectURL', 'revokeObjectURL']) {
    webMethod(realm, ctor, name, 1, () => { throw new GlassboxUnsupported(`URL.${name} (Blob)`); });
  }
  installAccessors(realm, proto);
}

function installAccessors(realm: Realm, proto: JSObject): void {
  webMethod(realm, proto, 'toString', 0, (thisArg) => thisURL(realm, thisArg).parts.href);
  for (const part of PARTS) {
    const getter = (thisArg: Value): Value => thisURL(realm, thisArg).parts[part];
    if (part === 'hash') webAccessor(realm, proto, 'searchParams', (thisArg) => searchParamsOf(realm, thisURL(realm, thisArg)));
    if (part === 'origin') { webAccessor(realm, proto, part, getter); continue; }
    webAccessor(realm, proto, part, getter, function* (thisArg, a) {
      const url = thisURL(realm, thisArg);
      const value = yield* toString(realm, a[0]);
      if (part === 'href') {
        url.parts = parse(value) ?? invalidUrl(realm, value, undefined);
      } else {
        // The host's setter applies the spec's state override (and ignores bad values).
        const h = new URL(url.parts.href);
        h[part as SettablePart] = value;
        url.parts = partsOf(h);
      }
      if ((part === 'href' || part === 'search') && url.params !== undefined) url.params.list = parseQuery(url.parts.search);
      return undefined;
    });
  }
  webMethod(realm, proto, 'toJSON', 0, (thisArg) => thisURL(realm, thisArg).parts.href);
  defineInspect(realm, proto, function* (self, depth, opts) {
    if (depth < 0) return self;
    const url = thisURL(realm, self);
    const obj = realm.newObject();
    for (const part of PARTS) {
      if (part === 'hash') obj.put('searchParams', searchParamsOf(realm, url));
      obj.put(part, url.parts[part]);
    }
    return `${constructorName(url) ?? 'URL'} ${yield* inspectText(realm, obj, opts)}`;
  });
  setToStringTag(proto, 'URL');
}

function searchParamsOf(realm: Realm, url: URLObject): URLSearchParamsObject {
  return url.params ?? attachParams(realm, url);
}
