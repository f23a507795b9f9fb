// The engine's value representation: host primitives for JS primitives, JSSymbol and
// JSObject for the rest. Nothing here may hold a host object that user code could reach.
import type { JSObject } from './object';

/** A JS Symbol value; identity is the host object's identity. */
export class JSSymbol {
  constructor(readonly description: string | undefined) {}
  toString(): string {
    return `Symbol(${this.description ?? ''})`;
  }
}

export type PropertyKey = string | JSSymbol;
export type Primitive = undefined | null | boolean | number | string | bigint | JSSymbol;
export type Value = Primitive | JSObject;

/** Well-known symbols are shared immutable data, so one set serves every realm. */
export const WellKnown = {
  iterator: new JSSymbol('Symbol.iterator'),
  asyncIterator: new JSSymbol('Symbol.asyncIterator'),
  hasInstance: new JSSymbol('Symbol.hasInstance'),
  toPrimitive: new JSSymbol('Symbol.toPrimitive'),
  toStringTag: new JSSymbol('Symbol.toStringTag'),
  species: new JSSymbol('Symbol.species'),
  isConcatSpreadable: new JSSymbol('Symbol.isConcatSpreadable'),
  unscopables: new JSSymbol('Symbol.unscopables'),
  match: new JSSymbol('Symbol.match'),
  matchAll: new JSSymbol('Symbol.matchAll'),
  replace: new JSSymbol('Symbol.replace'),
  search: new JSSymbol('Symbol.search'),
  split: new JSSymbol('Symbol.split'),
};

/** Marks an uninitialized binding (TDZ) or an array hole; never a JS value. */
export const TDZ: unique symbol = Symbol('TDZ');
export const HOLE: unique symbol = Symbol('hole');

export function isObject(v: unknown): v is JSObject {
  return typeof v === 'object' && v !== null && !(v instanceof JSSymbol);
}

/** https://tc39.es/ecma262/#sec-canonicalnumericindexstring restricted to array indices. */
export function arrayIndex(key: PropertyKey): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
  const n = Number(key);
  if (!Number.isInteger(n) || n >= 4294967295 || String(n) !== key) return -1;
  return n;
}
