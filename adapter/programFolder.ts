// The sandbox the CLI and the debugger give a program's `require` and `fs`: files are read and
// folders listed only inside the program's folder tree (the main file's folder and below,
// symbolic links followed), and each path is read once, so a replay of the run sees the same text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DirRead, FileRead } from '../engine';
import { readProgramSource } from './programFile';

/** Host.readFile for the program at `programPath`. */
export function programFolderReader(programPath: string): (file: string) => FileRead {
  return oncePerPath(programPath, readInside);
}

/** Host.readDir for the program at `programPath`: entry names sorted. */
export function programFolderLister(programPath: string): (dir: string) => DirRead {
  return oncePerPath(programPath, listInside);
}

/** `look` inside the program's folder, asked once per path: the same answer every time. */
function oncePerPath<T>(programPath: string, look: (folder: string, root: string, asked: string) => T): (asked: string) => T {
  const folder = path.dirname(path.resolve(programPath));
  // The folder as given (its path may pass through a link) and as it really is.
  const root = realPath(folder) ?? folder;
  const answers = new Map<string, T>();
  return (asked) => {
    let answer = answers.get(asked);
    if (answer === undefined) {
      answer = look(folder, root, asked);
      answers.set(asked, answer);
    }
    return answer;
  };
}

function listInside(folder: string, root: string, dir: string): DirRead {
  const real = realInside(folder, root, dir);
  if (typeof real !== 'string') return real;
  try {
    return { kind: 'dir', entries: fs.readdirSync(real).sort() };
  } catch {
    return { kind: 'missing' };
  }
}

function readInside(folder: string, root: string, file: string): FileRead {
  const real = realInside(folder, root, file);
  if (typeof real !== 'string') return real;
  const read = readProgramSource(real);
  return read.ok ? { kind: 'file', source: read.source, bytes: read.bytes } : { kind: 'missing' };
}

/** The real path of `asked` when it is inside the program's folder and exists; else why not. */
function realInside(folder: string, root: string, asked: string): string | { kind: 'outside'; root: string } | { kind: 'missing' } {
  const abs = path.resolve(asked);
  if (!isInside(folder, abs) && !isInside(root, abs)) return { kind: 'outside', root };
  const real = realPath(abs);
  if (real === undefined) return { kind: 'missing' };
  // A link inside the folder that leads out of it is outside too.
  if (!isInside(root, real)) return { kind: 'outside', root };
  return real;
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
