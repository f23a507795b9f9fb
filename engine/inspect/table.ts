// console.table: the rows and columns Node builds from arrays, objects, Maps and Sets,
// and its box-drawing layout. Cells are short inspections; nothing here runs user code.
import { isCallable } from '../heap/function';
import { JSArray, JSObject, orderKeys } from '../heap/object';
import { MapObject, SetObject } from '../heap/slots';
import { PropertyKey, Value } from '../heap/values';
import { dataGet } from './constructorName';
import { isPreviewableIterator } from './formatCollections';
import { getKeys } from './formatObject';
import { getStringWidth } from './formatPrimitive';
import { inspect } from './inspect';
import { isProxy, proxyTargetOf } from '../heap/proxy';
import type { Realm } from '../realm/realm';

/** A column of cells; a missing cell (never set) prints as empty, like an explicit ''. */
type Column = (string | undefined)[];

/** The table text for `data` (an object), limited to `properties` when given. */
export function consoleTable(realm: Realm, data: JSObject, properties: PropertyKey[] | undefined): string {
  data = seeThrough(data) as JSObject;
  const cell = (v: Value): string => inspectCell(realm, v);
  const index = (n: number): Column => Array.from({ length: n }, (_, i) => cell(i));
  let preview = isPreviewableIterator(data) ? data.previewEntries() : undefined;
  if (preview && data.className !== 'Map Iterator' && data.className !== 'Set Iterator') preview = undefined;
  if (data instanceof MapObject || preview?.isKeyValue) {
    const pairs = data instanceof MapObject ? [...data.data] : pairUp(preview!.entries);
    return renderTable(['(iteration index)', 'Key', 'Values'], [index(pairs.length), pairs.map(([k]) => cell(k)), pairs.map(([, v]) => cell(v))]);
  }
  if (data instanceof SetObject || preview) {
    const values = data instanceof SetObject ? [...data.data] : preview!.entries;
    return renderTable(['(iteration index)', 'Values'], [index(values.length), values.map(cell)]);
  }
  return objectTable(data, properties, cell);
}

/** As inspect does, a proxy's table is its target's, read without traps (a revoked one stays). */
function seeThrough(v: Value): Value {
  return isProxy(v) ? proxyTargetOf(v) ?? v : v;
}

function pairUp(flat: Value[]): [Value, Value][] {
  const pairs: [Value, Value][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

/** Rows are the object's own enumerable keys; columns are the keys of its values. */
function objectTable(data: JSObject, properties: PropertyKey[] | undefined, cell: (v: Value) => string): string {
  const columns = new Map<PropertyKey, Column>();
  const values: Column = [];
  let hasPrimitives = false;
  const rowKeys = getKeys(data, false).filter((k): k is string => typeof k === 'string');
  rowKeys.forEach((rowKey, i) => {
    const item = seeThrough(dataGet(data, rowKey));
    const primitive = !(item instanceof JSObject);
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      values[i] = cell(item);
      return;
    }
    const keys = properties ?? getKeys(item as JSObject, false).filter((k) => typeof k === 'string');
    for (const key of keys) {
      let column = columns.get(key);
      if (column === undefined) columns.set(key, column = []);
      const own = primitive ? undefined : (item as JSObject).getOwn(key);
      column[i] = own === undefined ? '' : cell(dataGet(item as JSObject, key));
    }
  });
  // The columns are an object's keys, so integer-like keys come first.
  const keys = orderKeys(columns.keys());
  const head = keys.map((k) => (typeof k === 'string' ? k : k.toString()));
  const body = keys.map((k) => columns.get(k)!);
  if (hasPrimitives) {
    head.push('Values');
    body.push(values);
  }
  return renderTable(['(index)', ...head], [rowKeys, ...body]);
}

/** Node inspects each cell on one line, objects of more than two keys as [Object]. */
function inspectCell(realm: Realm, v: Value): string {
  v = seeThrough(v);
  const wide = v instanceof JSObject && !isCallable(v) && !(v instanceof JSArray) && getKeys(v, false).filter((k) => typeof k === 'string').length > 2;
  return inspect(realm, v, { depth: wide ? -1 : 0, maxArrayLength: 3, breakLength: Infinity });
}

const chars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├', topMiddle: '┬',
  bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤', left: '│ ', right: ' │', middle: ' │ ',
};

/** Node's cli_table: columns as wide as their widest cell, cells left-aligned. */
export function renderTable(head: string[], columns: Column[]): string {
  const widths = head.map((h) => getStringWidth(h));
  const longest = Math.max(...columns.map((c) => c.length));
  const rows: string[][] = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < longest; j++) {
      const value = columns[i][j] ?? '';
      (rows[j] ??= [])[i] = value;
      widths[i] = Math.max(widths[i], getStringWidth(value));
    }
  }
  const divider = widths.map((w) => chars.middleMiddle.repeat(w + 2));
  const renderRow = (row: string[]): string =>
    chars.left + row.map((c, i) => c + ' '.repeat(Math.ceil(widths[i] - getStringWidth(c)))).join(chars.middle) + chars.right;
  let result = `${chars.topLeft}${divider.join(chars.topMiddle)}${chars.topRight}\n` +
    `${renderRow(head)}\n${chars.leftMiddle}${divider.join(chars.rowMiddle)}${chars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row)}\n`;
  return result + `${chars.bottomLeft}${divider.join(chars.bottomMiddle)}${chars.bottomRight}`;
}
