// The .js (or .mjs) files under a folder, at any depth: the corpus of the tests that compile every program.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function jsFiles(dir: string, extension = '.js'): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name));
}
