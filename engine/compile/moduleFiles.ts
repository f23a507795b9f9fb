// Which compiled code is an ES module's body, and which files were compiled as ES modules:
// a leaf with no imports but types, so stack lines and error reports (debug/location.ts,
// errors/unsupported.ts, which heap/object.ts needs) can ask without loading the compiler.
import type { FunctionCode } from '../bytecode/code';

const moduleBodies = new WeakSet<FunctionCode>();

/** Files compiled as ES modules, to their absolute paths (V8's stack lines give their URLs). */
const esModuleFiles = new Map<string, string>();

export function markModuleBody(code: FunctionCode): void {
  moduleBodies.add(code);
}

export function isModuleBody(code: FunctionCode): boolean {
  return moduleBodies.has(code);
}

export function markEsModuleFile(fileName: string, path: string): void {
  esModuleFiles.set(fileName, path);
}

/** The absolute path of the ES module compiled from `fileName`, if it is one. */
export function esModulePath(fileName: string): string | undefined {
  return esModuleFiles.get(fileName);
}
