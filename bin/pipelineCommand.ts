// `glassbox tokens|ast|bytecode <file>`: one stage of the engine's pipeline printed as text.
// The program is read, parsed and compiled, never run.
import { GlassboxSyntaxError, stageText, type PipelineStage } from '../engine';
import { OutputBuffer } from './outputBuffer';
import { describeHostError, internalErrorExitCode, readSource } from './runCommand';

/** Prints `stage` of `file` and returns the exit code: 1 for a syntax error or an unreadable file. */
export function pipelineCommand(stage: PipelineStage, file: string): number {
  const source = readSource(file);
  if (source === undefined) return 1;
  const out = new OutputBuffer();
  try {
    out.write('stdout', stageText(stage, source, { fileName: file }));
    return 0;
  } catch (err) {
    out.write('stderr', describeHostError(err, file) + '\n');
    return err instanceof GlassboxSyntaxError ? 1 : internalErrorExitCode;
  } finally {
    out.flush();
  }
}
