// When Node's ES module loader gets to each step, reproduced: it reads ES module files
// asynchronously (fs promises, so each file arrives in the poll phase after the I/O delay, the
// files a module imports read once it has arrived), and its async functions take a fixed number
// of promise jobs between the steps (measured on Node 20, see runtime.ts's import()). Without a
// file reader (no fs) the loader reads at once.
import type { NativeGen } from '../../heap/function';
import { JSThrow } from '../../errors/internal';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { fsContextOf } from '../node/fsContext';
import type { Realm } from '../realm';
import type { EsmLoader } from './loader';
import type { ModuleRecord } from './moduleRecord';

/** Runs `then` in the `hops`-th of a chain of promise jobs queued now (as the loader's awaits take them). */
export function afterHops(realm: Realm, hops: number, name: string, holds: unknown[], then: () => Gen<void>): void {
  realm.host.enqueueMicrotask({
    kind: 'await resumption', name, holds,
    run: function* (): NativeGen {
      if (hops > 1) afterHops(realm, hops - 1, name, holds, then);
      else yield* then();
      return undefined;
    },
  });
}

/** What the loader finds for a specifier before loading it: a module it has, one it makes at once, or an ES module file to read. */
export type Peek = { kind: 'known'; record: ModuleRecord } | { kind: 'now' } | { kind: 'read'; path: string };

/** What to do when a graph's files are all there, or when one failed (a missing file, a syntax error). */
export interface GraphReadEnd {
  holds: unknown[];
  done(): void;
  failed(error: Value): void;
}

/**
 * Reads the ES module files of the graph below `start` that the loader does not have yet, as
 * I/O in flight: each file compiled when it arrives and the files it imports read then. `done`
 * runs in the callback of the last arrival (at once when nothing is to be read); `failed` with
 * the first error, after which nothing runs. A specifier that does not resolve throws at once.
 */
export function* readGraph(loader: EsmLoader, start: ModuleRecord | { specifier: string; referrer: string }, end: GraphReadEnd): Gen<void> {
  const io = fsContextOf(loader.realm);
  const visited = new Set<ModuleRecord>();
  let pending = 0;
  let failure = false;

  function* walk(record: ModuleRecord): Gen<void> {
    if (visited.has(record) || record.code === null) return;
    visited.add(record);
    for (const request of record.code.requests) {
      const peek = loader.peek(request, record.path);
      if (peek.kind === 'known') yield* walk(peek.record);
      else if (peek.kind === 'read') read(request, record.path, peek.path);
    }
  }

  function read(request: string, from: string, path: string): void {
    pending++;
    io!.startIo({
      label: `import ${path.slice(path.lastIndexOf('/') + 1)}`, name: 'import()', holds: end.holds,
      run: function* (): NativeGen {
        pending--;
        if (failure) return undefined;
        try {
          yield* walk(yield* loader.loadRecord(request, from));
        } catch (e) {
          if (!(e instanceof JSThrow)) throw e;
          failure = true;
          end.failed(e.value);
          return undefined;
        }
        if (pending === 0) end.done();
        return undefined;
      },
    });
  }

  if (!io) { end.done(); return; }
  if ('specifier' in start) {
    const peek = loader.peek(start.specifier, start.referrer);
    if (peek.kind === 'read') read(start.specifier, start.referrer, peek.path);
    else if (peek.kind === 'known') yield* walk(peek.record);
  } else yield* walk(start);
  if (pending === 0) end.done();
}
