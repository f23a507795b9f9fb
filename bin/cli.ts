// The `glassbox` command line: parses arguments and starts the command on the engine's own
// thread (cliThread.ts). Bundled by esbuild into dist/cli.js, kept free of the engine so
// it starts fast; bin/glassbox.js is the executable shim.
import * as path from 'node:path';
import { runOnEngineThread } from './engineThread';
import { ignoreBrokenPipes } from './outputBuffer';

const usage = `Usage: glassbox run <file>
       glassbox trace <file>

run:   runs a JavaScript file on the Glassbox engine and prints what Node would print.
trace: tells the run step by step: each statement, creation phases with their
       hoisted bindings, the call stack, console output and every queue change.
Exit code: the program's (0 when it ends normally), 1 on an uncaught exception,
a syntax error or an unreadable file, 2 on a usage error, 70 on a Glassbox bug.
`;

type Command = { kind: 'help' } | { kind: 'run' | 'trace'; file: string } | { kind: 'bad'; problem: string };

function parse(args: string[]): Command {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if ((command === 'run' || command === 'trace') && rest.length === 1 && !rest[0].startsWith('-')) return { kind: command, file: rest[0] };
  return { kind: 'bad', problem: command === undefined ? 'missing command' : command === 'run' || command === 'trace' ? `${command} takes one file` : `unknown command '${command}'` };
}

/** Returns the exit code, or starts the command; output may still be pending, so the caller must not exit. */
function main(args: string[]): number | 'on engine thread' {
  const command = parse(args);
  if (command.kind === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  if (command.kind === 'bad') {
    process.stderr.write(`glassbox: ${command.problem}\n\n${usage}`);
    return 2;
  }
  runOnEngineThread(path.join(__dirname, 'cliThread.js'), [command.kind, command.file]);
  return 'on engine thread';
}

ignoreBrokenPipes();
// exitCode rather than exit(): Node then flushes pending writes before it exits.
const code = main(process.argv.slice(2));
if (code !== 'on engine thread') process.exitCode = code;
