// The engine's thread of `glassbox run|trace|tokens|ast|bytecode`: runs the command that
// cli.ts parsed and ends with its exit code. Bundled by esbuild into dist/cliThread.js.
import { isPipelineStage } from '../engine';
import { pipelineCommand } from './pipelineCommand';
import { runCommand } from './runCommand';
import { traceCommand } from './traceCommand';

const [command, file, maxHeapMB, mode, gcFlag, from, to, ioDelay] = process.argv.slice(2);
const exposeGc = gcFlag === '--expose-gc';
/** A window end cli.ts checked: '' when not given. */
const step = (text: string | undefined) => (text ? Number(text) : undefined);
// exitCode rather than exit(): the thread's output is then all passed on before it ends.
process.exitCode = command === 'trace' ? traceCommand(file, { exposeGc, from: step(from), to: step(to) })
  : isPipelineStage(command) ? pipelineCommand(command, file)
  : runCommand(file, { maxHeapMB: Number(maxHeapMB), script: mode === 'script', exposeGc, ioDelay: step(ioDelay) });
