// String.prototype methods that build longer strings: repeat, padStart/padEnd, and the
// Annex B HTML methods (https://tc39.es/ecma262/#sec-string.prototype.anchor).
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toIntegerOrInfinity, toLength, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { reserveString } from '../../ops/strings';
import { stringMethod } from './stringMethods';

export function installStringBuilding(realm: Realm, proto: JSObject): void {
  stringMethod(realm, proto, 'repeat', 1, function* (s, args) {
    const n = yield* toIntegerOrInfinity(realm, args[0]);
    if (n < 0 || n === Infinity) realm.throwError('RangeError', formatMessage(Msg.InvalidCountValue, n));
    if (s.length === 0 || n === 0) return '';
    reserveString(realm, s.length * n);
    return s.repeat(n);
  });
  stringMethod(realm, proto, 'padEnd', 1, function* (s, args) {
    return yield* stringPad(realm, s, args[0], args[1], 'end');
  });
  stringMethod(realm, proto, 'padStart', 1, function* (s, args) {
    return yield* stringPad(realm, s, args[0], args[1], 'start');
  });
  installHtmlMethods(realm, proto);
}

/** https://tc39.es/ecma262/#sec-stringpad */
function* stringPad(realm: Realm, s: string, maxLength: Value, fillString: Value, where: 'start' | 'end'): Gen<string> {
  const intMaxLength = yield* toLength(realm, maxLength);
  if (intMaxLength <= s.length) return s;
  const filler = fillString === undefined ? ' ' : yield* toString(realm, fillString);
  if (filler === '') return s;
  reserveString(realm, intMaxLength);
  return where === 'start' ? s.padStart(intMaxLength, filler) : s.padEnd(intMaxLength, filler);
}

/** [method name, tag, attribute] for https://tc39.es/ecma262/#sec-createhtml */
const HTML_METHODS: [string, string, string][] = [
  ['anchor', 'a', 'name'], ['big', 'big', ''], ['blink', 'blink', ''], ['bold', 'b', ''],
  ['fixed', 'tt', ''], ['fontcolor', 'font', 'color'], ['fontsize', 'font', 'size'],
  ['italics', 'i', ''], ['link', 'a', 'href'], ['small', 'small', ''], ['strike', 'strike', ''],
  ['sub', 'sub', ''], ['sup', 'sup', ''],
];

function installHtmlMethods(realm: Realm, proto: JSObject): void {
  for (const [name, tag, attribute] of HTML_METHODS) {
    stringMethod(realm, proto, name, attribute === '' ? 0 : 1, function* (s, args) {
      let open = `<${tag}`;
      if (attribute !== '') {
        const value = (yield* toString(realm, args[0])).replace(/"/g, '&quot;');
        open += ` ${attribute}="${value}"`;
      }
      return `${open}>${s}</${tag}>`;
    });
  }
}
