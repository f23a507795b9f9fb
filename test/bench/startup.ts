// Start-up subtracted the same way for every engine: its best time on a program that only
// prints one line (making a realm or runtime, console setup, exit) comes off each run's time.
import { writeFileSync } from 'fs';
import { join } from 'path';
import type { Engine } from './engines';

const HELLO = "console.log('hello');\n";
/** Under this a run is shown as this, so that no ratio divides by zero. */
const FLOOR_MS = 0.1;

export interface StartupSubtracted {
  engine: Engine;
  /** What is subtracted from each of its runs. */
  startupMs: number;
}

/** Writes the one-line program into `dir` (node runs it from a file); returns its path. */
export function writeHello(dir: string): string {
  const file = join(dir, 'hello.js');
  writeFileSync(file, HELLO);
  return file;
}

/** The engine's best time over `reps` runs of the one-line program in `helloFile`. */
export function measureStartup(engine: Engine, helloFile: string, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const o = engine.run(HELLO, helloFile, 30_000);
    if (o.error || o.timedOut) throw new Error(`${engine.name} failed the one-line program: ${o.error ?? 'timeout'}`);
    best = Math.min(best, o.ms);
  }
  return best;
}

/** The same engine with `startupMs` taken off each run's time. */
export function subtractStartup(engine: Engine, startupMs: number): StartupSubtracted {
  return {
    startupMs,
    engine: {
      name: engine.name,
      run(source, file, limitMs) {
        const o = engine.run(source, file, limitMs);
        return o.timedOut ? o : { ...o, ms: Math.max(o.ms - startupMs, FLOOR_MS) };
      },
    },
  };
}
