// Loads Glassbox's engine for the benchmark: bundled by esbuild the way dist/cli.js is
// (the default: what ships), or straight from the TypeScript sources via tsx (--unbundled).
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join } from 'path';

export type EngineApi = typeof import('../../engine');

/**
 * Why bundling matters: tsx compiles file by file, so `Op.X` from engine/bytecode/opcodes.ts
 * (a const enum) stays a property read through a module getter in every `case` of the
 * VM's dispatch switch, while the bundle inlines it as a number, as it does in dist/cli.js.
 */
export async function loadEngine(bundled: boolean): Promise<EngineApi> {
  if (!bundled) return import('../../engine');
  const dir = mkdtempSync(join(tmpdir(), 'glassbox-bench-engine-'));
  try {
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
    return createRequire(__filename)(outfile) as EngineApi;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
