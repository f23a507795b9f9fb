// The sandbox the CLI and the debugger give a program's `require` and `fs`: files are read and
// folders listed only inside the program's folder tree (the main file's folder and below,
// symbolic links followed), and each path is read once, so a replay of the run sees the same text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DirRead, FileRead } from '../engine';
import { readProgramSource } from './programFile';

/** Host.readFile for the program at `programPath`. */
export function programFolderReader(programPath: string): (file: string) => FileRead {
  const folder = path.dirname(path.resolve(programPath));
  // The folder as given (its path may pass through a link) and as it really is.
  const root = realPath(folder) ?? folder;
  const reads = new Map<string, FileRead>();
  return (file) => {
    let read = reads.get(file);
    if (read === undefined) {
      read = readInside(folder, root, file);
      reads.set(file, read);
    }
    return read;
  };
}

/** Host.readDir for the program at `programPath`: entry names sorted, each folder listed once. */
export function programFolderLister(programPath: string): (dir: string) => DirRead {
  const folder = path.dirname(path.resolve(programPath));
  const root = realPath(folder) ?? folder;
  const lists = new Map<string, DirRead>();
  return (dir) => {
    let list = lists.get(dir);
    if (list === undefined) {
      list = listInside(folder, root, dir);
      lists.set(dir, list);
    }
    return list;
  };
}

function listInside(folder: string, root: string, dir: string): DirRead {
  const asked = path.resolve(dir);
  if (!isInside(folder, asked) && !isInside(root, asked)) return { kind: 'outside', root };
  const real = realPath(asked);
  if (real === undefined) return { kind: 'missing' };
  if (!isInside(root, real)) return { kind: 'outside', root };
  try {
    return { kind: 'dir', entries: fs.readdirSync(real).sort() };
  } catch {
    return { kind: 'missing' };
  }
}

function readInside(folder: string, root: string, file: string): FileRead {
  const asked = path.resolve(file);
  if (!isInside(folder, asked) && !isInside(root, asked)) return { kind: 'outside', root };
  const real = realPath(asked);
  if (real === undefined) return { kind: 'missing' };
  // A link inside the folder that leads out of it is outside too.
  if (!isInside(root, real)) return { kind: 'outside', root };
  const read = readProgramSource(real);
  return read.ok ? { kind: 'file', source: read.source } : { kind: 'missing' };
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}
