// A required file's module function is not the global execution context: its frame and its
// creation-phase stop say which file is loading, as the program wrote it relative to itself.
import type { FunctionCode } from '../bytecode/code';
import { dirname, relative } from '../realm/node/posixPath';

/**
 * `./lib/text.js` for a file the program loads (`programFile` as the engine names the program,
 * `programPath` its absolute path); undefined for the program's own code and for code that is no file's body.
 */
export function loadingLabel(code: FunctionCode, programFile: string, programPath: string): string | undefined {
  if (!code.isProgram || code.kind !== 'module' || code.fileName === programFile || code.fileName.startsWith('node:')) return undefined;
  const rel = relative('/', dirname(programPath), code.fileName);
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** The Call Stack's name for a loading file's frame. */
export function moduleFrameName(label: string): string {
  return `(module ${label})`;
}
