// V8's Object::NoSideEffectsToString: how V8 names any value without running user code.
// Node puts it in an unhandled rejection's text; V8 in messages such as the 'in' operator's.
import { isCallable } from '../heap/function';
import { JSObject } from '../heap/object';
import { JSSymbol, Value, WellKnown } from '../heap/values';
import type { Realm } from '../realm/realm';
import { functionSourceText } from '../realm/builtins/Function';

/** A data property found on `o` or its prototypes (V8's GetDataProperty: getters are not run). */
function dataProperty(o: JSObject, key: string | JSSymbol): Value {
  const p = o.lookup(key);
  return p !== undefined && !p.isAccessor ? p.value : undefined;
}

/** `undefined`, `42`, `Symbol(s)`, a function's source, `#<Foo>`, `[object Array]`, `Error: m`. */
export function noSideEffectsToString(realm: Realm, v: Value): string {
  if (v instanceof JSSymbol) return v.toString();
  if (!(v instanceof JSObject)) return String(v);
  if (isCallable(v)) return functionSourceText(v);
  const toString = dataProperty(v, 'toString');
  const errorProto = realm.errorPrototypes.get('Error');
  if (v.className === 'Error' || (toString !== undefined && toString === errorProto?.getOwn('toString')?.value)) {
    return errorToString(v);
  }
  if (toString !== undefined && toString === realm.ObjectPrototype.getOwn('toString')?.value) {
    const ctor = dataProperty(v, 'constructor');
    const name = isCallable(ctor) ? dataProperty(ctor, 'name') : undefined;
    if (typeof name === 'string' && name !== '') return `#<${name}>`;
  }
  const tag = dataProperty(v, WellKnown.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : v.className}]`;
}

/** Error.prototype.toString from data properties only. */
function errorToString(e: JSObject): string {
  const name = dataProperty(e, 'name');
  const message = dataProperty(e, 'message');
  const n = typeof name === 'string' ? name : 'Error';
  const m = typeof message === 'string' ? message : '';
  if (n === '') return m;
  return m === '' ? n : `${n}: ${m}`;
}
