// Node's package.json "exports" and "imports" (https://nodejs.org/api/esm.html#resolution-algorithm-specification:
// PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE, PACKAGE_TARGET_RESOLVE) over parsed JSON:
// conditions, subpath maps and `*` patterns. Pure: paths in, a path or a PackageError out; the
// callers (require and the ES module loader) read the files and make Node's JS errors.

/** The conditions `import` matches (Node 20's defaults; "default" always matches). */
export const IMPORT_CONDITIONS: readonly string[] = ['node', 'import', 'node-addons'];
/** The conditions `require` matches. */
export const REQUIRE_CONDITIONS: readonly string[] = ['require', 'node', 'node-addons'];

/** Why a package's "exports" or "imports" gave no file: Node's error code and what its message names. */
export class PackageError extends Error {
  constructor(
    readonly code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' | 'ERR_PACKAGE_IMPORT_NOT_DEFINED' | 'ERR_INVALID_PACKAGE_TARGET' | 'ERR_INVALID_PACKAGE_CONFIG',
    /** The subpath ('.' for the main export) or the `#` specifier. */
    readonly subject: string,
    /** The package.json the map came from. */
    readonly packageJson: string,
    /** An invalid target, for ERR_INVALID_PACKAGE_TARGET's message. */
    readonly target?: unknown,
    /** Whether the map was "imports". */
    readonly isImports = false,
  ) {
    super(code);
  }
}

/** A package.json's text parsed, or undefined when it is not a JSON object. */
export function parsePackageJson(source: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(source);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** PACKAGE_EXPORTS_RESOLVE: the file `subpath` ('.' or './x') of the package in `pkgDir` names through `exports`. */
export function packageExportsResolve(pkgDir: string, subpath: string, exports: unknown, conditions: readonly string[]): string {
  const pkgJson = `${pkgDir}/package.json`;
  const sugar = isConditionalSugar(exports, pkgJson);
  if (subpath === '.') {
    const main = sugar ? exports : (exports as Record<string, unknown>)['.'];
    if (main !== undefined) {
      const resolved = targetResolve(pkgDir, main, null, false, conditions, pkgJson, subpath);
      if (typeof resolved === 'string') return resolved;
    }
  } else if (!sugar) {
    const resolved = importsExportsResolve(subpath, exports as Record<string, unknown>, pkgDir, false, conditions, pkgJson);
    if (typeof resolved === 'string') return resolved;
  }
  throw new PackageError('ERR_PACKAGE_PATH_NOT_EXPORTED', subpath, pkgJson);
}

/**
 * PACKAGE_IMPORTS_RESOLVE: the `#specifier` in the package scope `scopeDir` with `imports`.
 * A target that is a bare name is a package request, resolved by `resolveBare`.
 */
export function packageImportsResolve(
  specifier: string, scopeDir: string, imports: unknown, conditions: readonly string[], resolveBare: (request: string, fromDir: string) => string,
): string {
  const pkgJson = `${scopeDir}/package.json`;
  if (typeof imports === 'object' && imports !== null && !Array.isArray(imports)) {
    const resolved = importsExportsResolve(specifier, imports as Record<string, unknown>, scopeDir, true, conditions, pkgJson);
    if (typeof resolved === 'string') return resolved;
    if (resolved instanceof BareTarget) return resolveBare(resolved.request, scopeDir);
  }
  throw new PackageError('ERR_PACKAGE_IMPORT_NOT_DEFINED', specifier, pkgJson);
}

/** An "imports" target that names a package, not a file of this one. */
class BareTarget {
  constructor(readonly request: string) {}
}

type Target = string | BareTarget | null | undefined;

/** Whether "exports" is the main export itself (a string, array, or conditions object) rather than a subpath map. */
function isConditionalSugar(exports: unknown, pkgJson: string): boolean {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  const dotted = keys.filter((k) => k.startsWith('.')).length;
  if (dotted !== 0 && dotted !== keys.length) throw new PackageError('ERR_INVALID_PACKAGE_CONFIG', '.', pkgJson);
  return dotted === 0;
}

/** PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key, else the most specific `*` pattern key. */
function importsExportsResolve(
  key: string, map: Record<string, unknown>, pkgDir: string, isImports: boolean, conditions: readonly string[], pkgJson: string,
): Target {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) return targetResolve(pkgDir, map[key], null, isImports, conditions, pkgJson, key);
  const patterns = Object.keys(map).filter((k) => k.indexOf('*') !== -1 && k.indexOf('*') === k.lastIndexOf('*')).sort(patternKeyCompare);
  for (const pattern of patterns) {
    const star = pattern.indexOf('*');
    const base = pattern.slice(0, star);
    const trailer = pattern.slice(star + 1);
    if (!key.startsWith(base) || key === base) continue;
    if (trailer !== '' && !(key.endsWith(trailer) && key.length >= pattern.length)) continue;
    const match = key.slice(base.length, key.length - trailer.length);
    return targetResolve(pkgDir, map[pattern], match, isImports, conditions, pkgJson, key);
  }
  return null;
}

/** PATTERN_KEY_COMPARE: the longer part before `*` first, then the longer key. */
function patternKeyCompare(a: string, b: string): number {
  const baseA = a.indexOf('*') + 1;
  const baseB = b.indexOf('*') + 1;
  if (baseA !== baseB) return baseB - baseA;
  return b.length - a.length;
}

const INVALID_SEGMENT = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

/** PACKAGE_TARGET_RESOLVE: a string target, the first matching condition, or the first array entry that resolves. */
function targetResolve(
  pkgDir: string, target: unknown, match: string | null, isImports: boolean, conditions: readonly string[], pkgJson: string, subject: string,
): Target {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        return new BareTarget(match === null ? target : target.replace(/\*/g, match));
      }
      throw new PackageError('ERR_INVALID_PACKAGE_TARGET', subject, pkgJson, target, isImports);
    }
    if (INVALID_SEGMENT.test(target.slice(2))) throw new PackageError('ERR_INVALID_PACKAGE_TARGET', subject, pkgJson, target, isImports);
    const resolved = `${pkgDir}/${target.slice(2)}`;
    return match === null ? resolved : resolved.replace(/\*/g, match);
  }
  if (Array.isArray(target)) {
    let last: PackageError | null = null;
    for (const entry of target) {
      try {
        const resolved = targetResolve(pkgDir, entry, match, isImports, conditions, pkgJson, subject);
        if (resolved !== undefined && resolved !== null) return resolved;
      } catch (e) {
        if (!(e instanceof PackageError) || e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
        last = e;
      }
    }
    if (last) throw last;
    return null;
  }
  if (typeof target === 'object' && target !== null) {
    for (const [condition, value] of Object.entries(target)) {
      if (condition !== 'default' && !conditions.includes(condition)) continue;
      const resolved = targetResolve(pkgDir, value, match, isImports, conditions, pkgJson, subject);
      if (resolved !== undefined) return resolved;
    }
    return undefined;
  }
  if (target === null) return null;
  throw new PackageError('ERR_INVALID_PACKAGE_TARGET', subject, pkgJson, target, isImports);
}

/** The package name and the subpath ('.' or './rest') of a bare request, or undefined for an invalid name. */
export function splitPackageRequest(request: string): { name: string; subpath: string } | undefined {
  const segments = request.split('/');
  const count = request.startsWith('@') ? 2 : 1;
  if (segments.length < count || segments.slice(0, count).some((s) => s === '')) return undefined;
  const name = segments.slice(0, count).join('/');
  const rest = segments.slice(count).join('/');
  return { name, subpath: rest === '' && segments.length === count ? '.' : `./${rest}` };
}

/** LOOKUP_PACKAGE_SCOPE: the nearest folder from `dir` up with a package.json, not past a node_modules folder. */
export function packageScope(dir: string, readJson: (path: string) => string | 'missing' | 'outside'): { dir: string; json: Record<string, unknown> } | undefined {
  if (!dir.startsWith('/')) return undefined;
  for (let d = dir === '/' ? '' : dir; ; d = d.slice(0, d.lastIndexOf('/'))) {
    if (d.endsWith('/node_modules')) return undefined;
    const got = readJson(`${d}/package.json`);
    if (got === 'outside') return undefined;
    if (got !== 'missing') {
      const json = parsePackageJson(got);
      return json ? { dir: d, json } : undefined;
    }
    if (d === '') return undefined;
  }
}
