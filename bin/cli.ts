// The `glassbox` command line: parses arguments and dispatches to a command.
// Bundled by esbuild into dist/cli.js; bin/glassbox.js is the executable shim.
import { ignoreBrokenPipes } from './outputBuffer';
import { runCommand } from './runCommand';
import { traceCommand } from './traceCommand';

const usage = `Usage: glassbox run <file>
       glassbox trace <file>

run:   runs a JavaScript file on the Glassbox engine and prints what Node would print.
trace: tells the run step by step: each statement, creation phases with their
       hoisted bindings, the call stack, console output and every queue change.
Exit code: the program's (0 when it ends normally), 1 on an uncaught exception,
a syntax error or an unreadable file, 2 on a usage error, 70 on a Glassbox bug.
`;

/** Returns the exit code; output may still be pending, so the caller must not exit. */
function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  if ((command === 'run' || command === 'trace') && rest.length === 1 && !rest[0].startsWith('-')) {
    return command === 'run' ? runCommand(rest[0]) : traceCommand(rest[0]);
  }
  const problem = command === undefined ? 'missing command' : command === 'run' || command === 'trace' ? `${command} takes one file` : `unknown command '${command}'`;
  process.stderr.write(`glassbox: ${problem}\n\n${usage}`);
  return 2;
}

ignoreBrokenPipes();
// exitCode rather than exit(): Node then flushes pending writes before it exits.
process.exitCode = main(process.argv.slice(2));
