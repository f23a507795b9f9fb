// Reading a program's source for the CLI and the adapter alike: only regular files of a
// sane size (a device such as /dev/zero never ends), with a byte order mark stripped.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/** Larger sources are refused before they are read. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** `bytes`: the file as on disk, byte order mark included (the program's fs reads them). */
export type SourceRead = { ok: true; source: string; bytes: Uint8Array } | { ok: false; reason: string };

export function readProgramSource(file: string): SourceRead {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'it is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'it is not a regular file (a device, pipe or socket)' };
    if (stat.size > MAX_SOURCE_BYTES) return { ok: false, reason: `it is ${Math.round(stat.size / 2 ** 20)} MB; Glassbox runs programs of up to ${MAX_SOURCE_BYTES / 2 ** 20} MB` };
    // Node strips a byte order mark before compiling a module; so do we.
    const bytes = readFileSync(fd);
    return { ok: true, source: bytes.toString('utf8').replace(/^\uFEFF/, ''), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** "ENOENT: no such file or directory, open 'x.js'" -> "no such file or directory". */
function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EISDIR') return 'it is a folder, not a file';
  const message = err instanceof Error ? err.message : String(err);
  return /^E[A-Z]+: (.*?)(, \w+( '.*')?)?$/.exec(message)?.[1] ?? message;
}
