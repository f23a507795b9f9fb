// Node's resolution of a request over the host's reads: for a file (`require('./x')`) the exact
// file, then `.js` and `.json`, then a folder's package.json "main", then its index.js /
// index.json; for a package (`require('x')`) the same in each node_modules folder upward,
// through its package.json "exports" when it has one (packageExports.ts), and `#x` through the
// "imports" of the requester's package. Pure: the host reads (and keeps the sandbox); nothing
// here touches a file system. A package.json's error is thrown as a PackageError.
import { IMPORT_CONDITIONS, PackageError, REQUIRE_CONDITIONS, packageExportsResolve, packageImportsResolve, packageScope, parsePackageJson, splitPackageRequest } from './packageExports';

/** One read by the host: a regular file's text, nothing there (or a folder), or a path outside the program's folder tree. */
/** A file's text, and (when the host reads them) its bytes as on disk, which `fs` reads byte-exact. */
export type FileRead = { kind: 'file'; source: string; bytes?: Uint8Array } | { kind: 'missing' } | { kind: 'outside'; root: string };

export type Resolution =
  | { kind: 'file'; path: string; source: string }
  | { kind: 'missing' }
  | { kind: 'outside'; path: string; root: string }
  /** The file a package's "exports" or "imports" names, which is not there. */
  | { kind: 'missingTarget'; path: string };

/** Which of Node's resolvers: `require`'s (extensions and folders for every request) or `import`'s (exact paths below a package). */
export type ResolveMode = 'require' | 'import';

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
 * LOAD_NODE_MODULES for a package request (`name`, `@scope/name`, `name/sub`): the requester's
 * own package by its name (self-reference), then each node_modules folder from `parentDir`
 * up, as long as the folders are inside the program's. A package.json with "exports" decides
 * by it alone (with the `conditions` of `mode`).
 */
export function resolvePackage(read: (path: string) => FileRead, request: string, parentDir: string, mode: ResolveMode = 'require'): Resolution {
  const conditions = mode === 'import' ? IMPORT_CONDITIONS : REQUIRE_CONDITIONS;
  const parts = splitPackageRequest(request);
  if (!parts) return { kind: 'missing' };
  const scope = packageScope(parentDir, readText(read));
  if (scope && scope.json.name === parts.name && scope.json.exports !== undefined && scope.json.exports !== null) {
    return fileAt(read, packageExportsResolve(scope.dir, parts.subpath, scope.json.exports, conditions));
  }
  for (const dir of nodeModulePaths(parentDir)) {
    const pkgDir = `${dir}/${parts.name}`;
    const pkg = read(`${pkgDir}/package.json`);
    // The folders above are outside too: Glassbox does not look there.
    if (pkg.kind === 'outside') break;
    const json = pkg.kind === 'file' ? parsePackageJson(pkg.source) : undefined;
    if (json && json.exports !== undefined && json.exports !== null) return fileAt(read, packageExportsResolve(pkgDir, parts.subpath, json.exports, conditions));
    if (mode === 'import' && parts.subpath !== '.') {
      // import takes a subpath exactly; once the package is there, a missing file is an error of its own.
      const path = `${pkgDir}${parts.subpath.slice(1)}`;
      const found = exactFile(read, path);
      if (found.kind !== 'missing') return found;
      if (pkg.kind === 'file') return { kind: 'missingTarget', path };
      continue;
    }
    const found = resolveFile(read, `${dir}/${request}`, '/');
    if (found.kind !== 'missing') return found;
  }
  return { kind: 'missing' };
}

/** A `#name` request through the "imports" of the package scope of `parentDir` (ERR_PACKAGE_IMPORT_NOT_DEFINED when it has none). */
export function resolvePackageImport(read: (path: string) => FileRead, request: string, parentDir: string, mode: ResolveMode = 'require'): Resolution {
  const conditions = mode === 'import' ? IMPORT_CONDITIONS : REQUIRE_CONDITIONS;
  const scope = packageScope(parentDir, readText(read));
  if (!scope) throw new PackageError('ERR_PACKAGE_IMPORT_NOT_DEFINED', request, '');
  let bare: Resolution | undefined;
  const path = packageImportsResolve(request, scope.dir, scope.json.imports, conditions, (target, fromDir) => {
    bare = resolvePackage(read, target, fromDir, mode);
    return '';
  });
  return bare ?? fileAt(read, path);
}

/**
 * Node's hint for an import it could not find (decorateErrorWithCommonJSHints): the file `require`
 * would load, as `./x.js` from the importer's folder `fromDir`, or `pkg/sub.js` for a package.
 */
export function commonjsHint(read: (path: string) => FileRead, request: string, fromDir: string): { hint: string; path: string } | undefined {
  try {
    if (isFileRequest(request)) {
      const found = resolveFile(read, request, fromDir);
      if (found.kind !== 'file') return undefined;
      const relative = relativePath(fromDir, found.path);
      return { hint: relative.startsWith('../') ? relative : `./${relative}`, path: found.path };
    }
    const found = resolvePackage(read, request, fromDir, 'require');
    if (found.kind !== 'file') return undefined;
    const at = found.path.indexOf(request.split('/')[0]);
    return { hint: at < 0 ? found.path : found.path.slice(at), path: found.path };
  } catch (e) {
    if (e instanceof PackageError) return undefined;
    throw e;
  }
}

/** path.posix.relative for absolute paths. */
function relativePath(from: string, to: string): string {
  const a = from.split('/').filter((p) => p !== '');
  const b = to.split('/').filter((p) => p !== '');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function readText(read: (path: string) => FileRead): (path: string) => string | 'missing' | 'outside' {
  return (path) => {
    const got = read(path);
    return got.kind === 'file' ? got.source : got.kind;
  };
}

/** The file an "exports" or "imports" target names: there, or Node's not-found for that path. */
function fileAt(read: (path: string) => FileRead, path: string): Resolution {
  const found = exactFile(read, path);
  return found.kind === 'missing' ? { kind: 'missingTarget', path } : found;
}

function exactFile(read: (path: string) => FileRead, path: string): Resolution {
  const got = read(path);
  if (got.kind === 'file') return { kind: 'file', path, source: got.source };
  if (got.kind === 'outside') return { kind: 'outside', path, root: got.root };
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

/** The package's "main" string, when the package.json is valid JSON with one. */
function mainOf(source: string): string | undefined {
  try {
    const main: unknown = (JSON.parse(source) as { main?: unknown }).main;
    return typeof main === 'string' && main !== '' ? main : undefined;
  } catch {
    return undefined;
  }
}
