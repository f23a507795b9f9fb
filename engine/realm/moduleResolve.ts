// Node's resolution of a request over the host's reads: for a file (`require('./x')`) the exact
// file, then `.js` and `.json`, then a folder's package.json "main", then its index.js /
// index.json; for a package (`require('x')`) the same in each node_modules folder upward.
// Pure: the host reads (and keeps the sandbox); nothing here touches a file system.

/** One read by the host: a regular file's text, nothing there (or a folder), or a path outside the program's folder tree. */
/** A file's text, and (when the host reads them) its bytes as on disk, which `fs` reads byte-exact. */
export type FileRead = { kind: 'file'; source: string; bytes?: Uint8Array } | { kind: 'missing' } | { kind: 'outside'; root: string };

export type Resolution =
  | { kind: 'file'; path: string; source: string }
  | { kind: 'missing' }
  | { kind: 'outside'; path: string; root: string }
  /** A package whose package.json has "exports", which Glassbox does not read yet. */
  | { kind: 'exports'; path: string };

/** A request Node resolves as a path (`./x`, `../y`, `/abs`, `.`, `..`) rather than a package name. */
export function isFileRequest(id: string): boolean {
  return id === '.' || id === '..' || id.startsWith('./') || id.startsWith('../') || id.startsWith('/');
}

/** path.posix.resolve(dir, request) for an absolute `dir`. */
export function resolvePath(dir: string, request: string): string {
  const parts: string[] = [];
  const start = request.startsWith('/') ? request : `${dir}/${request}`;
  for (const seg of start.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** Module._findPath for a file request from a module in `parentDir`. */
export function resolveFile(read: (path: string) => FileRead, request: string, parentDir: string): Resolution {
  const base = resolvePath(parentDir, request);
  // A trailing slash, or a last segment of `.`/`..`, names a folder only.
  const folderOnly = request.endsWith('/') || /(^|\/)\.\.?$/.test(request);
  const tried = new Map<string, FileRead>();
  const attempt = (path: string): Resolution | undefined => {
    const got = tried.get(path) ?? read(path);
    tried.set(path, got);
    if (got.kind === 'file') return { kind: 'file', path, source: got.source };
    if (got.kind === 'outside') return { kind: 'outside', path, root: got.root };
    return undefined;
  };
  return (folderOnly ? undefined : asFile(attempt, base)) ?? asFolder(attempt, base) ?? { kind: 'missing' };
}

/** Module._nodeModulePaths: `node_modules` in the folder and each folder above it. */
export function nodeModulePaths(dir: string): string[] {
  if (!dir.startsWith('/')) return [];
  const parts = dir.split('/').filter((p) => p !== '');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    out.push(`/${parts.slice(0, i).join('/')}/node_modules`);
  }
  out.push('/node_modules');
  return out;
}

/**
 * LOAD_NODE_MODULES for a package request (`name`, `@scope/name`, `name/sub`): each
 * node_modules folder from `parentDir` up, as long as the folders are inside the program's.
 */
export function resolvePackage(read: (path: string) => FileRead, request: string, parentDir: string): Resolution {
  const segments = request.split('/');
  const name = segments.slice(0, request.startsWith('@') ? 2 : 1).join('/');
  for (const dir of nodeModulePaths(parentDir)) {
    const pkg = read(`${dir}/${name}/package.json`);
    // The folders above are outside too: Glassbox does not look there.
    if (pkg.kind === 'outside') break;
    if (pkg.kind === 'file' && hasExports(pkg.source)) return { kind: 'exports', path: `${dir}/${name}/package.json` };
    const found = resolveFile(read, `${dir}/${request}`, '/');
    if (found.kind !== 'missing') return found;
  }
  return { kind: 'missing' };
}

type Attempt = (path: string) => Resolution | undefined;

/** LOAD_AS_FILE: X, X.js, X.json. */
function asFile(attempt: Attempt, x: string): Resolution | undefined {
  return attempt(x) ?? attempt(`${x}.js`) ?? attempt(`${x}.json`);
}

/** LOAD_INDEX: X/index.js, X/index.json. */
function asIndex(attempt: Attempt, x: string): Resolution | undefined {
  return attempt(`${x}/index.js`) ?? attempt(`${x}/index.json`);
}

/** LOAD_AS_DIRECTORY: package.json "main" (as a file, then as a folder's index), else the folder's index. */
function asFolder(attempt: Attempt, x: string): Resolution | undefined {
  const pkg = attempt(`${x}/package.json`);
  if (pkg?.kind === 'outside') return pkg;
  const main = pkg?.kind === 'file' ? mainOf(pkg.source) : undefined;
  if (main !== undefined) {
    const m = resolvePath(x, main);
    const found = asFile(attempt, m) ?? asIndex(attempt, m);
    if (found) return found;
  }
  return asIndex(attempt, x);
}

function hasExports(source: string): boolean {
  try {
    return (JSON.parse(source) as { exports?: unknown }).exports !== undefined;
  } catch {
    return false;
  }
}

/** The package's "main" string, when the package.json is valid JSON with one. */
function mainOf(source: string): string | undefined {
  try {
    const main: unknown = (JSON.parse(source) as { main?: unknown }).main;
    return typeof main === 'string' && main !== '' ? main : undefined;
  } catch {
    return undefined;
  }
}
