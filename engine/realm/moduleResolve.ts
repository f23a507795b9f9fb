// Node's resolution of a file request (`require('./x')`) over the host's reads: the exact file,
// then `.js` and `.json`, then a folder's package.json "main", then its index.js / index.json.
// Pure: the host reads (and keeps the sandbox); nothing here touches a file system.

/** One read by the host: a regular file's text, nothing there (or a folder), or a path outside the program's folder tree. */
export type FileRead = { kind: 'file'; source: string } | { kind: 'missing' } | { kind: 'outside'; root: string };

export type Resolution =
  | { kind: 'file'; path: string; source: string }
  | { kind: 'missing' }
  | { kind: 'outside'; path: string; root: string };

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

/** The package's "main" string, when the package.json is valid JSON with one. */
function mainOf(source: string): string | undefined {
  try {
    const main: unknown = (JSON.parse(source) as { main?: unknown }).main;
    return typeof main === 'string' && main !== '' ? main : undefined;
  } catch {
    return undefined;
  }
}
