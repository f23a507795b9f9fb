// Node's JS errors for a package.json "exports"/"imports" that names no file (packageExports.ts
// finds them, pure): the same texts for require and import, which differ only in naming the
// importing file.
import { NodeMsg } from '../errors/nodeMessages';
import { throwNodeError } from './builtins/webSupport';
import { fileUrl } from './esm/moduleRecord';
import type { PackageError } from './packageExports';
import type { Realm } from './realm';

/**
 * Throws `e` as Node's error. `importer` is the importing file for `import` (named in every
 * message); for `require` it is null, and only "imports" errors name the requiring file (`requirer`).
 */
export function throwPackageError(realm: Realm, e: PackageError, importer: string | null, requirer: string): never {
  const from = importer === null ? '' : ` imported from ${importer}`;
  switch (e.code) {
    case 'ERR_PACKAGE_PATH_NOT_EXPORTED':
      if (e.subject === '.') throwNodeError(realm, NodeMsg.PackageMainNotExported, e.packageJson, from);
      return throwNodeError(realm, NodeMsg.PackagePathNotExported, e.subject, e.packageJson, from);
    case 'ERR_PACKAGE_IMPORT_NOT_DEFINED':
      return throwNodeError(realm, NodeMsg.PackageImportNotDefined, e.subject, e.packageJson === '' ? '' : ` in package ${e.packageJson}`, importer ?? requirer);
    case 'ERR_INVALID_PACKAGE_TARGET': {
      // Node's invalidPackageTarget: an object as JSON, anything else as its string, then quoted as JSON.
      const target = typeof e.target === 'object' && e.target !== null ? JSON.stringify(e.target, null, '') : String(e.target);
      const hint = !e.isImports && target.length > 0 && !target.startsWith('./') ? '; targets must start with "./"' : '';
      if (e.subject === '.' && !e.isImports) throwNodeError(realm, NodeMsg.InvalidPackageMainTarget, JSON.stringify(target), e.packageJson, from, hint);
      return throwNodeError(realm, NodeMsg.InvalidPackageTarget, e.isImports ? 'imports' : 'exports', JSON.stringify(target), e.subject, e.packageJson, from, hint);
    }
    case 'ERR_INVALID_PACKAGE_CONFIG':
      return throwNodeError(realm, NodeMsg.InvalidPackageConfig, e.packageJson, importer === null ? '' : ` while importing ${fileUrl(importer)}`);
  }
}
