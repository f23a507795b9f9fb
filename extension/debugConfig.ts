// Launch configurations for Glassbox: what F5 without a launch.json means, what the
// "Debug with Glassbox" command starts, where a session's program lives. Pure: no vscode.
import * as path from 'node:path';
import { DEBUG_TYPE, type GlassboxLaunchArguments } from '../adapter/protocol';

/** A launch configuration: VS Code's fields and the launch arguments (adapter/protocol.ts), as package.json declares them. */
export interface GlassboxLaunch extends GlassboxLaunchArguments {
  type: string;
  request: string;
  name: string;
  [key: string]: unknown;
}

/** The active editor as far as a launch cares. */
export interface EditorFacts { languageId: string; isUntitled: boolean }

export type Resolution = { kind: 'launch'; config: GlassboxLaunch } | { kind: 'error'; message: string };

const NO_PROGRAM = 'Glassbox needs a program to run: open a JavaScript file and press F5, or set "program" in launch.json.';
const UNTITLED = 'Save the file first: Glassbox runs the program from disk.';

/**
 * Fills in a launch configuration before VS Code substitutes variables. An empty one (no
 * launch.json, or one without configurations) becomes "debug the active JavaScript file".
 * `folder` (the workspace folder) becomes the default `cwd`, which a relative program needs.
 */
export function resolveLaunchConfig(config: Record<string, unknown>, editor: EditorFacts | undefined, folder?: string): Resolution {
  const isEmpty = !config.type && !config.request && !config.name;
  const isJavaScript = editor?.languageId === 'javascript';
  const filled: Record<string, unknown> = isEmpty && isJavaScript ? { ...currentFileConfig(), ...config } : { ...config };
  if (filled.request !== undefined && filled.request !== 'launch') {
    return { kind: 'error', message: `Glassbox can only launch a program (request "launch"), not "${String(filled.request)}".` };
  }
  const program = filled.program;
  if (typeof program !== 'string' || program.trim() === '') return { kind: 'error', message: NO_PROGRAM };
  if (program.includes('${file}') && editor?.isUntitled) return { kind: 'error', message: UNTITLED };
  return {
    kind: 'launch',
    config: {
      ...filled,
      type: DEBUG_TYPE,
      request: 'launch',
      name: typeof filled.name === 'string' && filled.name ? filled.name : 'Glassbox: debug program',
      program,
      stopOnEntry: typeof filled.stopOnEntry === 'boolean' ? filled.stopOnEntry : true,
      ...(filled.cwd === undefined && folder !== undefined ? { cwd: folder } : {}),
    },
  };
}

/** The launch.json Glassbox offers to write after F5: one configuration, the one F5 just used. */
export function launchJsonText(): string {
  return `${JSON.stringify({ version: '0.2.0', configurations: [currentFileConfig()] }, null, 2)}\n`;
}

/** The configuration F5 uses without a launch.json, and the one offered in the Run view. */
export function currentFileConfig(): GlassboxLaunch {
  return { type: DEBUG_TYPE, request: 'launch', name: 'Glassbox: debug current file', program: '${file}', stopOnEntry: true };
}

/** What "Debug with Glassbox" starts for one file. */
export function fileConfig(file: string): GlassboxLaunch {
  return { type: DEBUG_TYPE, request: 'launch', name: `Glassbox: ${path.basename(file)}`, program: file, stopOnEntry: true };
}

/** The absolute path of a session's program, for links from the Event Loop view. */
export function programPath(config: Record<string, unknown>, folder: string | undefined): string | undefined {
  const program = config.program;
  if (typeof program !== 'string' || program === '' || program.includes('${')) return undefined;
  if (path.isAbsolute(program)) return program;
  const cwd = typeof config.cwd === 'string' && path.isAbsolute(config.cwd) ? config.cwd : folder;
  return cwd ? path.resolve(cwd, program) : undefined;
}
