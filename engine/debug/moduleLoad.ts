// A required file's module function (or an imported ES module's body) is not the global execution
// context: its frame and its creation-phase stop say which file is loading, as the program wrote it
// relative to itself.
import type { FunctionCode } from '../bytecode/code';
import { esModulePath, isModuleBody } from '../compile/moduleCode';
import { dirname, relative } from '../realm/node/posixPath';

/**
 * `./lib/text.js` for a file the program loads (`programFile` as the engine names the program,
 * `programPath` its absolute path); undefined for the CommonJS program's own code and for code that is
 * no file's body (an ES module program's body is `./main.mjs`).
 */
export function loadingLabel(code: FunctionCode, programFile: string, programPath: string): string | undefined {
  const esModule = isModuleBody(code);
  const isFileBody = (code.isProgram && code.kind === 'module') || esModule;
  // The main program's ES module body is named too: it runs from a module job, not as the global context.
  if (!isFileBody || (code.fileName === programFile && !esModule) || code.fileName.startsWith('node:')) return undefined;
  const rel = relative('/', dirname(programPath), esModulePath(code.fileName) ?? code.fileName);
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** The Call Stack's name for a loading file's frame. */
export function moduleFrameName(label: string): string {
  return `(module ${label})`;
}
