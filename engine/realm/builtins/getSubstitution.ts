// GetSubstitution: expands `$&`, `$1`, `$<name>`... in a replacement template, shared by
// String.prototype.replace/replaceAll and RegExp.prototype[Symbol.replace].
import { JSObject } from '../../heap/object';
import { Gen, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import { concatStrings } from '../../ops/strings';
import type { Realm } from '../realm';

/** https://tc39.es/ecma262/#sec-getsubstitution; `namedCaptures` is read with Get (user code). */
export function* getSubstitution(
  realm: Realm, matched: string, str: string, position: number,
  captures: (string | undefined)[], namedCaptures: JSObject | undefined, template: string,
): Gen<string> {
  if (!template.includes('$')) return template;
  let result = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    const next = template[i + 1];
    if (c !== '$' || next === undefined) { result = concatStrings(realm, result, c); i++; continue; }
    if (next === '$') { result = concatStrings(realm, result, '$'); i += 2; continue; }
    if (next === '&') { result = concatStrings(realm, result, matched); i += 2; continue; }
    if (next === '`') { result = concatStrings(realm, result, str.slice(0, position)); i += 2; continue; }
    if (next === "'") { result = concatStrings(realm, result, str.slice(Math.min(position + matched.length, str.length))); i += 2; continue; }
    if (next >= '0' && next <= '9') {
      const ref = captureRef(template, i, captures.length);
      if (ref === undefined) { result = concatStrings(realm, result, '$'); i++; continue; }
      result = concatStrings(realm, result, captures[ref.index - 1] ?? '');
      i += ref.length;
      continue;
    }
    if (next === '<') {
      const gt = template.indexOf('>', i + 2);
      if (gt === -1 || namedCaptures === undefined) { result = concatStrings(realm, result, '$<'); i += 2; continue; }
      const capture = yield* get(realm, namedCaptures, template.slice(i + 2, gt));
      if (capture !== undefined) result = concatStrings(realm, result, yield* toString(realm, capture));
      i = gt + 1;
      continue;
    }
    result = concatStrings(realm, result, '$');
    i++;
  }
  return result;
}

/** `$n` or `$nn` at `i`: the capture index and the reference's length, or undefined for a literal. */
function captureRef(template: string, i: number, count: number): { index: number; length: number } | undefined {
  const d1 = template.charCodeAt(i + 1) - 48;
  const d2 = template.charCodeAt(i + 2) - 48;
  if (d2 >= 0 && d2 <= 9) {
    const two = d1 * 10 + d2;
    // A two-digit index past the captures is a one-digit reference and a literal digit.
    if (two >= 1 && two <= count) return { index: two, length: 3 };
  }
  return d1 >= 1 && d1 <= count ? { index: d1, length: 2 } : undefined;
}
