// What the agent gives a realm's `fs`: the virtual volume over the host's reads, and the event
// loop its callbacks and promises come back through (in the poll phase, after the I/O delay).
import type { EventLoop, IoRequest } from '../../loop/eventLoop';
import type { NativeGen } from '../../heap/function';
import type { FileRead } from '../moduleResolve';
import type { Realm } from '../realm';
import { DirRead, VirtualVolume } from './fsVolume';

/** Virtual milliseconds an fs request is in flight when the options say nothing (Node's are real and vary). */
export const DEFAULT_IO_DELAY_MS = 1;

export interface FsContext {
  readonly volume: VirtualVolume;
  /** Puts a request in flight; `run` delivers its result in the poll phase. */
  startIo(request: { label: string; name: string; line?: number; column?: number; holds: unknown[]; run: () => NativeGen }): IoRequest;
}

const contexts = new WeakMap<Realm, FsContext>();
/** The volume of each `fsScope`: a program's threads share one file system, as Node's do. */
const sharedVolumes = new WeakMap<object, VirtualVolume>();

/**
 * Gives `realm` an fs over the host's reads; without a readFile the realm has none (requiring
 * the module is then unsupported). Realms whose hosts name the same `fsScope` share one volume.
 */
export function installFsContext(realm: Realm, loop: EventLoop, reads: { readFile?: (p: string) => FileRead; readDir?: (p: string) => DirRead; fsScope?: object }, ioDelay = DEFAULT_IO_DELAY_MS): void {
  const { readFile, readDir, fsScope } = reads;
  if (!readFile) return;
  const volume = (fsScope && sharedVolumes.get(fsScope)) ?? new VirtualVolume((p) => readFile.call(reads, p), readDir && ((p) => readDir.call(reads, p)), () => realm.host.now());
  if (fsScope) sharedVolumes.set(fsScope, volume);
  contexts.set(realm, { volume, startIo: (request) => loop.addIo({ ...request, delay: ioDelay }) });
}

export function fsContextOf(realm: Realm): FsContext | undefined {
  return contexts.get(realm);
}
