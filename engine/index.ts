// The engine's public API: everything the CLI and the debug adapter may use.
import { EngineOptions, Run } from './run';

export { Run } from './run';
export { DEFAULT_MAX_HEAP_MB } from './run';
export type { ConsoleEvent, EngineOptions, RunOutcome, StepResult } from './run';
export type { HeapStats } from './heap/heapLimit';
export { GlassboxSyntaxError, GlassboxInternalError } from './errors/internal';
export { disassemble } from './bytecode/disassemble';
export { EngineDebugger } from './debug/engineDebugger';
export type { StopView, ExceptionBreakMode, EvaluationView } from './debug/engineDebugger';
export type { FrameView, ScopeView, ChildView, ChildCounts, ChildPage, ValueView, BindingState } from './debug/inspector';
export type { BreakpointLocation, BreakpointRequest, ShouldStop, StepGranularity } from './debug/controller';
export type { LoopQueue, LoopSnapshot, EntryView } from './loop/snapshot';

/** Compiles `source` and prepares a run; throws GlassboxSyntaxError for bad syntax. */
export function createRun(source: string, options: EngineOptions): Run {
  return new Run(source, options);
}
