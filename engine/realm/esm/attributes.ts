// Import attributes (`with { type: 'json' }`): V8's reading of import()'s second argument, and
// Node 20's check of a loaded module against its request's `type` (validateAttributes in
// lib/internal/modules/esm/assert.js: JSON needs type "json", the other formats no type).
import { Msg } from '../../errors/messages';
import { NodeMsg } from '../../errors/nodeMessages';
import { JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { throwNodeError } from '../builtins/webSupport';
import type { Realm } from '../realm';
import type { ModuleRecord } from './moduleRecord';

/** The attribute types Node 20 knows. */
const SUPPORTED_TYPES = ['json'];

/** import()'s options as V8 reads them: `with` (or Node 20's older `assert`), an object of strings; a TypeError otherwise. */
export function* importAttributesOf(realm: Realm, options: Value): Gen<Record<string, string>> {
  if (options === undefined) return {};
  if (!(options instanceof JSObject)) return realm.throwError('TypeError', Msg.ImportOptionsNotObject);
  let attributes = yield* get(realm, options, 'with');
  if (attributes === undefined) attributes = yield* get(realm, options, 'assert');
  if (attributes === undefined) return {};
  if (!(attributes instanceof JSObject)) return realm.throwError('TypeError', Msg.ImportAttributesNotObject);
  const out: Record<string, string> = {};
  for (const key of attributes.ownKeys()) {
    if (typeof key !== 'string' || attributes.getOwn(key)?.enumerable !== true) continue;
    const value = yield* get(realm, attributes, key);
    if (typeof value !== 'string') return realm.throwError('TypeError', Msg.ImportAttributeNotString);
    out[key] = value;
  }
  return out;
}

/** Node's validateAttributes: `record` as a request with `attributes` may import it, or Node's TypeError. */
export function validateAttributes(realm: Realm, record: ModuleRecord, attributes: Record<string, string>): void {
  const type = Object.prototype.hasOwnProperty.call(attributes, 'type') ? attributes.type : undefined;
  const isJson = record.code === null && record.path.endsWith('.json');
  if (isJson ? type === 'json' : type === undefined) return;
  if (type === undefined) throwNodeError(realm, NodeMsg.ImportAttributeMissing, record.url, 'json');
  if (!SUPPORTED_TYPES.includes(type)) throwNodeError(realm, NodeMsg.ImportAttributeUnsupported, type);
  throwNodeError(realm, NodeMsg.ImportAttributeFailed, record.url, type);
}
