// Windows path arithmetic on host strings, as Node's lib/path.js does it (path.win32): drive
// letters, UNC roots (\\server\share), both separators. Pure: the current directory (a POSIX
// path, as Node's process.cwd() on Linux) is passed in.
import { lastPart, normalizeString, type ParsedPath } from './posixPath';

const isSep = (c: string | undefined): boolean => c === '/' || c === '\\';
const isDriveLetter = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
const hasDrive = (p: string): boolean => isDriveLetter(p[0]) && p[1] === ':';
const normalizeTail = (tail: string, allowAboveRoot: boolean): string => normalizeString(tail, allowAboveRoot, '\\', isSep);

/** A UNC root at the start of `p` (`\\server\share`): its parts and where it ends; undefined when there is none. */
function uncRoot(p: string): { server: string; share: string; end: number } | undefined {
  if (!isSep(p[0]) || !isSep(p[1])) return undefined;
  const len = p.length;
  let j = 2;
  while (j < len && !isSep(p[j])) j++;
  if (j >= len || j === 2) return undefined;
  const server = p.slice(2, j);
  const afterServer = j;
  while (j < len && isSep(p[j])) j++;
  if (j >= len || j === afterServer) return undefined;
  const shareStart = j;
  while (j < len && !isSep(p[j])) j++;
  return { server, share: p.slice(shareStart, j), end: j };
}

/** The root of `p`: its device (`C:`, `\\server\share`), where the root ends, and whether it is absolute. */
function rootOf(p: string): { device: string; rootEnd: number; absolute: boolean } {
  if (p.length === 0) return { device: '', rootEnd: 0, absolute: false };
  if (p.length === 1) return isSep(p[0]) ? { device: '', rootEnd: 1, absolute: true } : { device: '', rootEnd: 0, absolute: false };
  if (isSep(p[0])) {
    const unc = uncRoot(p);
    if (unc) return { device: `\\\\${unc.server}\\${unc.share}`, rootEnd: unc.end, absolute: true };
    return { device: '', rootEnd: isSep(p[1]) ? 0 : 1, absolute: true };
  }
  if (hasDrive(p)) {
    const absolute = p.length > 2 && isSep(p[2]);
    return { device: p.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

export function resolve(cwd: string, paths: string[]): string {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = paths.length - 1; i >= -1; i--) {
    let p: string;
    if (i >= 0) {
      p = paths[i];
      if (p.length === 0) continue;
    } else {
      // Node reads the drive's own cwd from the environment (`=C:`), empty here: the cwd serves.
      p = cwd;
      if (resolvedDevice.length > 0 && p.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && p[2] === '\\') p = `${resolvedDevice}\\`;
    }
    const { device, rootEnd, absolute } = rootOf(p);
    if (device.length > 0) {
      if (resolvedDevice.length > 0) {
        // A path on another device does not apply.
        if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
      } else {
        resolvedDevice = device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
    } else {
      resolvedTail = `${p.slice(rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = absolute;
      if (absolute && resolvedDevice.length > 0) break;
    }
  }
  resolvedTail = normalizeTail(resolvedTail, !resolvedAbsolute);
  return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` : `${resolvedDevice}${resolvedTail}` || '.';
}

export function normalize(p: string): string {
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return p === '/' ? '\\' : p;
  const unc = uncRoot(p);
  // A UNC root with nothing after it comes back whole, with its trailing separator.
  if (unc && unc.end === len) return `\\\\${unc.server}\\${unc.share}\\`;
  const { device, rootEnd, absolute } = rootOf(p);
  let tail = rootEnd < len ? normalizeTail(p.slice(rootEnd), !absolute) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(p[len - 1])) tail += '\\';
  if (device === '') return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

export function isAbsolute(p: string): boolean {
  if (p.length === 0) return false;
  return isSep(p[0]) || (p.length > 2 && hasDrive(p) && isSep(p[2]));
}

export function join(paths: string[]): string {
  const parts = paths.filter((p) => p.length > 0);
  if (parts.length === 0) return '.';
  let joined = parts.join('\\');
  const first = parts[0];
  // Leading separators that are no UNC root of the first part are made one, so normalize sees no UNC path.
  let needsReplace = true;
  let slashCount = 0;
  if (isSep(first[0])) {
    ++slashCount;
    if (first.length > 1 && isSep(first[1])) {
      ++slashCount;
      if (first.length > 2) {
        if (isSep(first[2])) ++slashCount;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSep(joined[slashCount])) slashCount++;
    if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
  }
  return normalize(joined);
}

/** Where `s` starts and ends without its leading and trailing backslashes. */
function trimmed(s: string): { start: number; end: number } {
  let start = 0;
  while (start < s.length && s[start] === '\\') start++;
  let end = s.length;
  while (end - 1 > start && s[end - 1] === '\\') end--;
  return { start, end };
}

export function relative(cwd: string, fromPath: string, toPath: string): string {
  if (fromPath === toPath) return '';
  const fromOrig = resolve(cwd, [fromPath]);
  const toOrig = resolve(cwd, [toPath]);
  if (fromOrig === toOrig) return '';
  const from = fromOrig.toLowerCase();
  const to = toOrig.toLowerCase();
  if (from === to) return '';
  const { start: fromStart, end: fromEnd } = trimmed(from);
  const fromLen = fromEnd - fromStart;
  const { end: toEnd } = trimmed(to);
  let { start: toStart } = trimmed(to);
  const toLen = toEnd - toStart;
  const length = Math.min(fromLen, toLen);
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = from[fromStart + i];
    if (c !== to[toStart + i]) break;
    if (c === '\\') lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      // `from` is the base of `to`, or its device root.
      if (to[toStart + i] === '\\') return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > length) {
      if (from[fromStart + i] === '\\') lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || from[i] === '\\') out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig[toStart] === '\\') ++toStart;
  return toOrig.slice(toStart, toEnd);
}

export function toNamespacedPath(cwd: string, p: string): string {
  if (p.length === 0) return p;
  const resolved = resolve(cwd, [p]);
  if (resolved.length <= 2) return p;
  if (resolved[0] === '\\') {
    if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
  } else if (hasDrive(resolved) && resolved[2] === '\\') {
    return `\\\\?\\${resolved}`;
  }
  return p;
}

/** Where the root of `p` ends for dirname and parse: after a UNC root's separator, after `C:` or `C:\`. */
function pathRootEnd(p: string): { rootEnd: number; uncOnly: boolean } {
  const unc = uncRoot(p);
  if (unc) return unc.end === p.length ? { rootEnd: unc.end, uncOnly: true } : { rootEnd: unc.end + 1, uncOnly: false };
  if (isSep(p[0])) return { rootEnd: 1, uncOnly: false };
  if (hasDrive(p)) return { rootEnd: p.length > 2 && isSep(p[2]) ? 3 : 2, uncOnly: false };
  return { rootEnd: -1, uncOnly: false };
}

export function dirname(p: string): string {
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(p[0]) ? p : '.';
  const { rootEnd, uncOnly } = pathRootEnd(p);
  if (uncOnly) return p;
  const offset = Math.max(rootEnd, 0);
  let end = -1;
  let matchedSlash = true;
  for (let i = len - 1; i >= offset; --i) {
    if (isSep(p[i])) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) {
    if (rootEnd === -1) return '.';
    end = rootEnd;
  }
  return p.slice(0, end);
}

export function basename(p: string, suffix?: string): string {
  let start = p.length >= 2 && hasDrive(p) ? 2 : 0;
  let end = -1;
  let matchedSlash = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= p.length) {
    if (suffix === p) return '';
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = p.length - 1; i >= start; --i) {
      const c = p[i];
      if (isSep(c)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (c === suffix[extIdx]) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = p.length;
    return p.slice(start, end);
  }
  for (let i = p.length - 1; i >= start; --i) {
    if (isSep(p[i])) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : p.slice(start, end);
}

export function extname(p: string): string {
  const { startDot, end, hasExt } = lastPart(p, p.length >= 2 && p[1] === ':' && isDriveLetter(p[0]) ? 2 : 0, isSep);
  return hasExt ? p.slice(startDot, end) : '';
}

export function parse(p: string): ParsedPath {
  const ret: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = p.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isSep(p[0])) ret.root = ret.dir = p;
    else ret.base = ret.name = p;
    return ret;
  }
  // A drive alone (`C:`, `C:\`) is root and dir.
  if (hasDrive(p) && (len === 2 || (len === 3 && isSep(p[2])))) {
    ret.root = ret.dir = p;
    return ret;
  }
  const rootEnd = Math.max(pathRootEnd(p).rootEnd, 0);
  if (rootEnd > 0) ret.root = p.slice(0, rootEnd);
  const { startPart, startDot, end, hasExt } = lastPart(p, rootEnd, isSep);
  if (end !== -1) {
    ret.base = p.slice(startPart, end);
    if (hasExt) {
      ret.name = p.slice(startPart, startDot);
      ret.ext = p.slice(startDot, end);
    } else {
      ret.name = ret.base;
    }
  }
  // The root keeps its trailing separator as dir (`C:\abc` -> `C:\`); any other dir drops it.
  ret.dir = startPart > 0 && startPart !== rootEnd ? p.slice(0, startPart - 1) : ret.root;
  return ret;
}

export function format(o: Partial<ParsedPath>): string {
  const dir = o.dir || o.root;
  const ext = o.ext ? `${o.ext[0] === '.' ? '' : '.'}${o.ext}` : '';
  const base = o.base || `${o.name || ''}${ext}`;
  if (!dir) return base;
  return dir === o.root ? `${dir}${base}` : `${dir}\\${base}`;
}
