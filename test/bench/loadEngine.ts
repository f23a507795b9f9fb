// Loads Glassbox's engine for the benchmark: bundled by esbuild the way dist/cli.js is
// (the default: what ships), or straight from the TypeScript sources via tsx (--unbundled).
import { buildSync } from 'esbuild';
import { createRequire } from 'module';
import { join } from 'path';

export type EngineApi = typeof import('../../engine');

/**
 * Writes engine/index.ts bundled as dist/cli.js bundles it into `dir`; returns the file.
 * Why bundling matters: tsx compiles file by file, so `Op.X` from engine/bytecode/opcodes.ts
 * (a const enum) stays a property read through a module getter in every `case` of the
 * VM's dispatch switch, while the bundle inlines it as a number, as it does in dist/cli.js.
 */
export function bundleEngine(dir: string): string {
  const outfile = join(dir, 'engine.js');
  buildSync({
    entryPoints: [join(__dirname, '../../engine/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** The bundle written by bundleEngine, or with null the TypeScript sources. */
export async function loadEngine(bundle: string | null): Promise<EngineApi> {
  if (bundle === null) return import('../../engine');
  return createRequire(__filename)(bundle) as EngineApi;
}
