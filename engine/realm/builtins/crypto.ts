// The global `crypto` (Web Crypto's getRandomValues and randomUUID). Its bytes come from
// the run's seeded generator, the one behind Math.random, so a run replays exactly.
import { TypedArrayObject } from '../../heap/binary';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { chargeString } from '../../ops/strings';
import type { Realm } from '../realm';
import { throwDOMException } from './DOMException';
import { DOMMsg } from '../../errors/nodeMessages';
import { setToStringTag } from './objectSupport';

/** Web Crypto's limit on one getRandomValues call. */
const MAX_RANDOM_BYTES = 65536;

export function installCrypto(realm: Realm): void {
  const proto = realm.newObject();
  setToStringTag(proto, 'Crypto');
  const crypto = realm.newObject(proto);
  const randomByte = () => Math.floor(realm.host.random() * 256);
  realm.method(proto, 'getRandomValues', 1, (_t, args) => {
    const ta = args[0];
    if (!(ta instanceof TypedArrayObject) || ta.kind.name.startsWith('Float')) {
      return throwDOMException(realm, DOMMsg.NotIntegerTypedArray);
    }
    if (ta.byteLength > MAX_RANDOM_BYTES) {
      throwDOMException(realm, DOMMsg.QuotaExceeded, MAX_RANDOM_BYTES.toLocaleString('en-US'));
    }
    const bytes = ta.isOutOfBounds() ? new Uint8Array(0) : new Uint8Array(ta.buffer.data, ta.byteOffset, ta.byteLength);
    for (let i = 0; i < bytes.length; i++) bytes[i] = randomByte();
    return ta;
  });
  realm.method(proto, 'randomUUID', 0, () => {
    const b = Array.from({ length: 16 }, randomByte);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return chargeString(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
  });
  // SubtleCrypto is not implemented: reading it says so instead of handing out undefined.
  realm.accessor(proto, 'subtle', () => {
    throw new GlassboxUnsupported('crypto.subtle (Web Crypto SubtleCrypto)');
  });
  realm.defineGlobal('crypto', crypto);
}
