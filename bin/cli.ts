// The `glassbox` command line: parses arguments and dispatches to a command.
// Bundled by esbuild into dist/cli.js; bin/glassbox.js is the executable shim.
import { ignoreBrokenPipes } from './outputBuffer';
import { runCommand } from './runCommand';
import { traceCommand } from './traceCommand';
import { DEFAULT_MAX_HEAP_MB } from '../engine';

const usage = `Usage: glassbox run <file>
       glassbox run --max-old-space-size=MB <file>
       glassbox trace <file>

run:   runs a JavaScript file on the Glassbox engine and prints what Node would print.
       --max-old-space-size=MB: the heap limit, as Node's flag (default ${DEFAULT_MAX_HEAP_MB} MB
       of the engine's accounted memory); past it the run ends as Node's does.
trace: tells the run step by step: each statement, creation phases with their
       hoisted bindings, the call stack, console output and every queue change.
Exit code: the program's (0 when it ends normally), 1 on an uncaught exception,
a syntax error or an unreadable file, 2 on a usage error, 70 on a Glassbox bug,
134 when the program ran out of heap (Node's "FATAL ERROR").
`;

const HEAP_FLAG = '--max-old-space-size';

/** `run`'s arguments: the file and the heap flag (`--flag=MB` or `--flag MB`), or a problem. */
function parseRunArgs(args: string[]): { file: string; maxHeapMB?: number } | string {
  let file: string | undefined;
  let maxHeapMB: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === HEAP_FLAG || a.startsWith(HEAP_FLAG + '=')) {
      const text = a === HEAP_FLAG ? args[++i] : a.slice(HEAP_FLAG.length + 1);
      const mb = Number(text);
      if (text === undefined || text === '' || !Number.isFinite(mb) || mb <= 0) return `${HEAP_FLAG} takes a size in MB`;
      maxHeapMB = mb;
    } else if (a.startsWith('-') || file !== undefined) return 'run takes one file';
    else file = a;
  }
  return file === undefined ? 'run takes one file' : { file, maxHeapMB };
}

/** Returns the exit code; output may still be pending, so the caller must not exit. */
function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  if (command === 'run') {
    const parsed = parseRunArgs(rest);
    if (typeof parsed !== 'string') return runCommand(parsed.file, { maxHeapMB: parsed.maxHeapMB });
    return usageError(parsed);
  }
  if (command === 'trace' && rest.length === 1 && !rest[0].startsWith('-')) return traceCommand(rest[0]);
  return usageError(command === undefined ? 'missing command' : command === 'trace' ? 'trace takes one file' : `unknown command '${command}'`);
}

function usageError(problem: string): number {
  process.stderr.write(`glassbox: ${problem}\n\n${usage}`);
  return 2;
}

ignoreBrokenPipes();
// exitCode rather than exit(): Node then flushes pending writes before it exits.
process.exitCode = main(process.argv.slice(2));
