// The `os` core module with fixed, fake values: one CPU, a 'learner' user on a 'glassbox'
// host, so a program prints the same thing on every machine and nothing of the real one leaks.
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import type { Realm } from '../realm';

const HOME = '/home/learner';
const GIB = 1024 ** 3;

/** A plain object from host data (numbers, strings, nested records). */
type Plain = string | number | null | Plain[] | { [key: string]: Plain };

function toValue(realm: Realm, v: Plain): Value {
  if (Array.isArray(v)) return realm.newArray(v.map((x) => toValue(realm, x)));
  if (v === null || typeof v !== 'object') return v;
  const o = realm.newObject();
  for (const [key, field] of Object.entries(v)) o.put(key, toValue(realm, field), DEFAULT_FLAGS);
  return o;
}

/** The fixed answers, by function name; each call makes fresh objects, as Node's do. */
const ANSWERS: Readonly<Record<string, () => Plain>> = {
  arch: () => 'x64',
  availableParallelism: () => 1,
  cpus: () => [{ model: 'Glassbox Virtual CPU', speed: 1000, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }],
  endianness: () => 'LE',
  freemem: () => 2 * GIB,
  homedir: () => HOME,
  hostname: () => 'glassbox',
  loadavg: () => [0, 0, 0],
  machine: () => 'x86_64',
  networkInterfaces: () => ({}),
  platform: () => 'linux',
  release: () => '6.0.0-glassbox',
  tmpdir: () => '/tmp',
  totalmem: () => 4 * GIB,
  type: () => 'Linux',
  uptime: () => 1000,
  userInfo: () => ({ uid: 1000, gid: 1000, username: 'learner', homedir: HOME, shell: '/bin/bash' }),
  version: () => '#1 SMP Glassbox',
};

export function* makeOs(realm: Realm): Gen<JSObject> {
  yield* [];
  const os = realm.newObject();
  for (const [name, answer] of Object.entries(ANSWERS)) {
    os.put(name, realm.newNative(name, 0, () => toValue(realm, answer())), DEFAULT_FLAGS);
  }
  os.put('EOL', '\n', DEFAULT_FLAGS);
  os.put('devNull', '/dev/null', DEFAULT_FLAGS);
  return os;
}
