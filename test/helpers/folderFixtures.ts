// Multi-file fixtures: a folder with a main.js is one program (its other files are its modules,
// never run alone). Node and Glassbox each run it in a fresh temp copy of the folder, and each
// copy's path in the output reads `<folder>`, so the two runs compare and the fixture stays untouched.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const FOLDER_ENTRY = 'main.js';
/** An ES module program's entry (test/fixtures/esm/); a folder with a main.js under "type": "module" is one too. */
export const MODULE_FOLDER_ENTRY = 'main.mjs';

/** The entry file of the folder program at `folder` (absolute): main.mjs when there is one, else main.js. */
export function folderEntry(folder: string): string {
  return fs.existsSync(path.join(folder, MODULE_FOLDER_ENTRY)) ? MODULE_FOLDER_ENTRY : FOLDER_ENTRY;
}

/** Folders (relative, '/'-separated) under `dir` holding a main.mjs. */
export function moduleFolders(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...moduleFolders(dir, childRel));
    else if (entry.name === MODULE_FOLDER_ENTRY) out.push(rel);
  }
  return out;
}

/** Splits `.js` fixture paths (relative, '/'-separated) into single files and folder programs (the folder's path); `moduleRoots`: folders with a main.mjs. */
export function splitFixtures(rels: readonly string[], moduleRoots: readonly string[] = []): { files: string[]; folders: string[] } {
  const folders = [...rels.filter((r) => path.posix.basename(r) === FOLDER_ENTRY).map((r) => path.posix.dirname(r)), ...moduleRoots].sort();
  const inFolder = (r: string) => folders.some((f) => r.startsWith(`${f}/`));
  return { files: rels.filter((r) => !inFolder(r)), folders };
}

/** A fresh copy of `folder` in the temp folder; `dispose` removes it. */
export function copyFolder(folder: string): { root: string; dispose(): void } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-fixture-'));
  const root = path.join(parent, path.basename(folder));
  fs.cpSync(folder, root, { recursive: true });
  return { root: fs.realpathSync(root), dispose: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

/** Every file under `root` with its bytes (hex), by relative path, and every folder (as `<path>/`): what a run must leave as it was. */
export function folderContents(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) { out.set(`${name}/`, ''); walk(abs, name); }
      else out.set(name, fs.readFileSync(abs).toString('hex'));
    }
  };
  walk(root, '');
  return out;
}

/** `text` with every mention of the copy at `root` read as `<folder>`. */
export function withoutCopyPath(text: string, root: string): string {
  return text.split(root).join('<folder>');
}
