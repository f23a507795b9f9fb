// POSIX path arithmetic on host strings, as Node's lib/path.js does it (path.posix). Pure:
// no realm, no file system; the current directory is passed in.

/** Node's normalizeString: resolves `.` and `..` segments of `path` (win32Path.ts passes its separators). */
export function normalizeString(path: string, allowAboveRoot: boolean, sep = '/', isSep = (c: string): boolean => c === '/'): string {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  for (let i = 0; i <= path.length; ++i) {
    const code = i < path.length ? path[i] : sep;
    if (isSep(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // an empty or `.` segment: nothing to add
      } else if (dots === 2) {
        if (res.length < 2 || lastSegmentLength !== 2 || !res.endsWith('..')) {
          if (res.length > 2) {
            const lastSlashIndex = res.lastIndexOf(sep);
            res = lastSlashIndex === -1 ? '' : res.slice(0, lastSlashIndex);
            lastSegmentLength = res.length - 1 - res.lastIndexOf(sep);
            lastSlash = i;
            dots = 0;
            continue;
          } else if (res.length !== 0) {
            res = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? `${sep}..` : '..';
          lastSegmentLength = 2;
        }
      } else {
        res += (res.length > 0 ? sep : '') + path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === '.' && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

export function resolve(cwd: string, paths: string[]): string {
  let resolved = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? paths[i] : cwd;
    if (p.length === 0) continue;
    resolved = `${p}/${resolved}`;
    absolute = p.startsWith('/');
  }
  resolved = normalizeString(resolved, !absolute);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

export function normalize(path: string): string {
  if (path.length === 0) return '.';
  const absolute = path.startsWith('/');
  const trailing = path.endsWith('/');
  let out = normalizeString(path, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

export function join(paths: string[]): string {
  const joined = paths.filter((p) => p.length > 0).join('/');
  return joined.length === 0 ? '.' : normalize(joined);
}

export function relative(cwd: string, from: string, to: string): string {
  if (from === to) return '';
  from = resolve(cwd, [from]);
  to = resolve(cwd, [to]);
  if (from === to) return '';
  const fromStart = 1;
  const fromLen = from.length - fromStart;
  const toStart = 1;
  const toLen = to.length - toStart;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const fromCode = from[fromStart + i];
    if (fromCode !== to[toStart + i]) break;
    else if (fromCode === '/') lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      if (to[toStart + i] === '/') return to.slice(toStart + i + 1);
      if (i === 0) return to.slice(toStart + i);
    } else if (fromLen > length) {
      if (from[fromStart + i] === '/') lastCommonSep = i;
      else if (i === 0) lastCommonSep = 0;
    }
  }
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= from.length; ++i) {
    if (i === from.length || from[i] === '/') out += out.length === 0 ? '..' : '/..';
  }
  return `${out}${to.slice(toStart + lastCommonSep)}`;
}

export function dirname(path: string): string {
  if (path.length === 0) return '.';
  const hasRoot = path.startsWith('/');
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path[i] === '/') {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

/** The last segment without trailing slashes (Node's basename without `suffix`). */
function lastSegment(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return path.slice(start, end);
}

export function basename(path: string, suffix?: string): string {
  const base = lastSegment(path);
  if (suffix !== undefined && suffix.length > 0 && suffix.length < base.length + 1 && base.endsWith(suffix) && base !== suffix) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

/** Node's extname: from the last dot of the last segment, unless the segment starts there or is `..`. */
export function extname(path: string): string {
  const { startDot, end, hasExt } = lastPart(path, 0);
  return hasExt ? path.slice(startDot, end) : '';
}

/** The last part of `p` from `from` on: where it starts, its extension's dot and its end (Node's scan; win32Path.ts passes its separators). */
export function lastPart(p: string, from: number, isSep = (c: string): boolean => c === '/'): { startPart: number; startDot: number; end: number; hasExt: boolean } {
  let startDot = -1;
  let startPart = from;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = p.length - 1; i >= from; --i) {
    const c = p[i];
    if (isSep(c)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (c === '.') {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  // No extension: no dot, a dot first in the part, or the part is `..`.
  const hasExt = !(startDot === -1 || end === -1 || preDotState === 0 || (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1));
  return { startPart, startDot, end, hasExt };
}

export interface ParsedPath { root: string; dir: string; base: string; ext: string; name: string }

export function parse(path: string): ParsedPath {
  const root = path.startsWith('/') ? '/' : '';
  if (path.length === 0) return { root, dir: '', base: '', ext: '', name: '' };
  const base = lastSegment(path);
  const ext = extname(path);
  const name = ext === '' ? base : base.slice(0, base.length - ext.length);
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const slash = path.lastIndexOf('/', end - 1);
  let dir = slash > 0 ? path.slice(0, slash) : root;
  if (base === '' && root === '/') dir = '/';
  return { root, dir, base, ext, name };
}

export function format(p: Partial<ParsedPath>): string {
  const dir = p.dir || p.root;
  const ext = p.ext ? (p.ext.startsWith('.') ? p.ext : `.${p.ext}`) : '';
  const base = p.base || `${p.name ?? ''}${ext}`;
  if (!dir) return base;
  return dir === p.root ? `${dir}${base}` : `${dir}/${base}`;
}
