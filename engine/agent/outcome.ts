// How a program ended, as the embedder is told: completed with an exit code, an uncaught
// exception or unhandled rejection with Node's report, or the heap limit's fatal error.
import { describeUncaught } from '../debug/uncaught';
import type { HeapExhausted } from '../errors/internal';
import { JSObject } from '../heap/object';
import type { Value } from '../heap/values';
import type { Realm } from '../realm/realm';
import type { RunOutcome } from './options';

export interface Ending {
  /** The heap limit ended the run. */
  fatal: HeapExhausted | null;
  /** An exception no handler caught. */
  uncaught: { value: Value } | null;
  /** A promise rejection no handler took. */
  rejection: { value: Value } | null;
}

export function outcomeOf(realm: Realm, e: Ending): RunOutcome {
  if (e.fatal) return { kind: 'fatal', report: e.fatal.message, exitCode: 134, liveBytes: e.fatal.liveBytes };
  const u = e.uncaught ?? e.rejection;
  if (!u) return { kind: 'completed', exitCode: programExitCode(realm) };
  const report = e.rejection && !e.uncaught ? describeUncaught(realm, u.value, true) : describeUncaught(realm, u.value);
  return { kind: 'uncaught', value: u.value, report };
}

/** `process.exitCode` as the program left it (0 when unset). */
function programExitCode(realm: Realm): number {
  const proc = realm.global.getOwn('process')?.value;
  const code = proc instanceof JSObject ? proc.getOwn('exitCode')?.value : undefined;
  return typeof code === 'number' && Number.isInteger(code) ? code : 0;
}
