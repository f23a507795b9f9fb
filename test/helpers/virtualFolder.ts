// A program's folder held in memory for engine tests: the host's readFile and readDir over
// a few files at `folder` (paths relative to it, `notes/a.md` making the folder `notes`).
import type { DirRead, FileRead } from '../../engine';

export interface VirtualFolder { readFile(path: string): FileRead; readDir(path: string): DirRead }

export function virtualFolder(folder: string, files: Readonly<Record<string, string>>): VirtualFolder {
  const inside = (p: string) => p === folder || p.startsWith(`${folder}/`);
  return {
    readFile(p) {
      if (!inside(p)) return { kind: 'outside', root: folder };
      const text = files[p.slice(folder.length + 1)];
      return text === undefined ? { kind: 'missing' } : { kind: 'file', source: text };
    },
    readDir(p) {
      if (!inside(p)) return { kind: 'outside', root: folder };
      const rel = p === folder ? '' : `${p.slice(folder.length + 1)}/`;
      const names = new Set<string>();
      for (const f of Object.keys(files)) if (f.startsWith(rel)) names.add(f.slice(rel.length).split('/')[0]);
      return names.size ? { kind: 'dir', entries: [...names].sort() } : { kind: 'missing' };
    },
  };
}
