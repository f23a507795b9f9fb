// The `glassbox` command line: parses arguments and starts the command on the engine's own
// thread (cliThread.ts). Bundled by esbuild into dist/cli.js, kept free of the engine so
// it starts fast; bin/glassbox.js is the executable shim.
import * as path from 'node:path';
import { DEFAULT_MAX_HEAP_MB } from '../engine/heap/defaults';
import { isPipelineStage, type PipelineStage } from '../engine/pipeline/stages';
import { runOnEngineThread } from './engineThread';
import { ignoreBrokenPipes } from './outputBuffer';
import { parseStep, windowProblem, WINDOW_FLAGS, type TraceWindow } from './traceWindow';

const usage = `Usage: glassbox run <file>
       glassbox run --max-old-space-size=MB <file>
       glassbox run --script <file>
       glassbox run --expose-gc <file>
       glassbox run --io-delay <ms> <file>
       glassbox trace [--expose-gc] [--from N] [--to M] <file>
       glassbox tokens|ast|bytecode <file>

run:   runs a JavaScript file on the Glassbox engine and prints what Node would print.
       --max-old-space-size=MB: the heap limit, as Node's flag (default ${DEFAULT_MAX_HEAP_MB} MB
       of the engine's own accounting).
       --script: run the file as a Script (as test262 and vm.runInThisContext do) instead
       of as Node's CommonJS module: top-level var and function declarations become
       properties of the global object, \`this\` is globalThis, and there is no
       module, require, exports, __filename, __dirname or top-level arguments.
       --expose-gc: a global gc() that runs a full collection, as Node's flag.
       --io-delay <ms>: virtual milliseconds an fs request is in flight before its
       callback runs in the poll phase (default 1).
trace: tells the run step by step: each statement, creation phases with their
       hoisted bindings, the call stack, console output and every queue change. Each
       stop starts with its step number, the moment the debugger's timeline names too.
       --from N, --to M: tell only steps N to M (either alone too); the run still
       executes from its start, and only the window's console output is printed.
tokens, ast, bytecode: show one stage of the engine's pipeline without running the
       program: the tokens with their kinds and line:col, the syntax tree as an indented
       tree, or the bytecode of each function with its constant pool.
Exit code: the program's (0 when it ends normally), 1 on an uncaught exception,
a syntax error or an unreadable file, 2 on a usage error, 70 on a Glassbox bug,
134 when the program ran out of heap (Node's "FATAL ERROR").
`;

const HEAP_FLAG = '--max-old-space-size';

const GC_FLAG = '--expose-gc';

const IO_DELAY_FLAG = '--io-delay';

type Command = { kind: 'help' } | { kind: 'run' | 'trace' | PipelineStage; file: string; maxHeapMB?: number; script?: boolean; exposeGc?: boolean; ioDelay?: number; window?: TraceWindow } | { kind: 'bad'; problem: string };

/** `run`'s arguments: the file, the heap flag (`--flag=MB` or `--flag MB`), --script, --expose-gc and --io-delay, or a problem. */
function parseRunArgs(args: string[]): Command {
  let file: string | undefined;
  let maxHeapMB: number | undefined;
  let ioDelay: number | undefined;
  let script = false;
  let exposeGc = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--script') script = true;
    else if (a === GC_FLAG) exposeGc = true;
    else if (a === HEAP_FLAG || a.startsWith(HEAP_FLAG + '=')) {
      const text = a === HEAP_FLAG ? args[++i] : a.slice(HEAP_FLAG.length + 1);
      const mb = Number(text);
      if (text === undefined || text === '' || !Number.isFinite(mb) || mb <= 0) return { kind: 'bad', problem: `${HEAP_FLAG} takes a size in MB` };
      maxHeapMB = mb;
    } else if (a === IO_DELAY_FLAG || a.startsWith(IO_DELAY_FLAG + '=')) {
      const text = a === IO_DELAY_FLAG ? args[++i] : a.slice(IO_DELAY_FLAG.length + 1);
      const ms = Number(text);
      if (text === undefined || text === '' || !Number.isInteger(ms) || ms < 0) return { kind: 'bad', problem: `${IO_DELAY_FLAG} takes whole milliseconds (0 or more)` };
      ioDelay = ms;
    } else if (a.startsWith('-') || file !== undefined) return { kind: 'bad', problem: 'run takes one file' };
    else file = a;
  }
  return file === undefined ? { kind: 'bad', problem: 'run takes one file' } : { kind: 'run', file, maxHeapMB, script, exposeGc, ioDelay };
}

/** `trace`'s arguments: one file, optionally --expose-gc and a window (`--from N`, `--to=M`). */
function parseTraceArgs(args: string[]): Command {
  let file: string | undefined;
  let exposeGc = false;
  const window: TraceWindow = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const flag = WINDOW_FLAGS.find((f) => a === f || a.startsWith(f + '='));
    if (flag) {
      const text = a === flag ? args[++i] : a.slice(flag.length + 1);
      const step = parseStep(text);
      if (step === undefined) return { kind: 'bad', problem: `${flag} takes a step number (0 or more)${text === undefined ? '' : `, not '${text}'`}` };
      window[flag === '--from' ? 'from' : 'to'] = step;
    } else if (a === GC_FLAG) exposeGc = true;
    else if (a.startsWith('-') || file !== undefined) return { kind: 'bad', problem: 'trace takes one file' };
    else file = a;
  }
  const problem = windowProblem(window);
  if (problem) return { kind: 'bad', problem };
  return file === undefined ? { kind: 'bad', problem: 'trace takes one file' } : { kind: 'trace', file, exposeGc, window };
}

function parse(args: string[]): Command {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === 'run') return parseRunArgs(rest);
  if (command === 'trace') return parseTraceArgs(rest);
  const oneFile = command !== undefined && isPipelineStage(command);
  if (oneFile && rest.length === 1 && !rest[0].startsWith('-')) return { kind: command, file: rest[0] };
  return { kind: 'bad', problem: command === undefined ? 'missing command' : oneFile ? `${command} takes one file` : `unknown command '${command}'` };
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
  const maxHeapMB = command.maxHeapMB ?? DEFAULT_MAX_HEAP_MB;
  const mode = command.kind === 'run' && command.script ? 'script' : 'module';
  const window = [command.window?.from, command.window?.to].map((n) => (n === undefined ? '' : String(n)));
  runOnEngineThread(path.join(__dirname, 'cliThread.js'), [command.kind, command.file, String(maxHeapMB), mode, command.exposeGc ? GC_FLAG : '', ...window, command.ioDelay === undefined ? '' : String(command.ioDelay)], maxHeapMB);
  return 'on engine thread';
}

ignoreBrokenPipes();
// exitCode rather than exit(): Node then flushes pending writes before it exits.
const code = main(process.argv.slice(2));
if (code !== 'on engine thread') process.exitCode = code;
