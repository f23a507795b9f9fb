// util.inspect options passed as a JS object, read the same way wherever a program gives them.
import { JSObject } from '../heap/object';
import { Value } from '../heap/values';
import { toBoolean } from '../ops/convert';
import { dataGet } from './constructorName';
import type { InspectOptions } from './inspect';

/** util.inspect options given as an object (console.dir's, a custom inspector's); read as data, never through getters. */
export function optionsFromObject(v: Value): Partial<InspectOptions> {
  if (!(v instanceof JSObject)) return {};
  const opts: Partial<InspectOptions> = {};
  const num = (key: string): number | undefined => {
    const x = dataGet(v, key);
    return x === null ? Infinity : typeof x === 'number' ? x : undefined;
  };
  const depth = num('depth');
  if (depth !== undefined) opts.depth = depth;
  const maxArrayLength = num('maxArrayLength');
  if (maxArrayLength !== undefined) opts.maxArrayLength = maxArrayLength;
  const maxStringLength = num('maxStringLength');
  if (maxStringLength !== undefined) opts.maxStringLength = maxStringLength;
  const breakLength = num('breakLength');
  if (breakLength !== undefined) opts.breakLength = breakLength;
  const compact = dataGet(v, 'compact');
  if (typeof compact === 'number' || typeof compact === 'boolean') opts.compact = compact;
  if (dataGet(v, 'showHidden') !== undefined) opts.showHidden = toBoolean(dataGet(v, 'showHidden'));
  if (dataGet(v, 'sorted') !== undefined) opts.sorted = toBoolean(dataGet(v, 'sorted'));
  if (dataGet(v, 'colors') !== undefined) opts.colors = toBoolean(dataGet(v, 'colors'));
  if (dataGet(v, 'customInspect') !== undefined) opts.customInspect = toBoolean(dataGet(v, 'customInspect'));
  return opts;
}
