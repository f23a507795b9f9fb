// The engine's public API: everything the CLI and the debug adapter may use.
import { Agent } from './agent/agent';
import type { EngineOptions } from './agent/options';

export { Agent } from './agent/agent';
export { AgentGroup, type GroupHooks, type GroupMember, type GroupStep } from './agent/agentGroup';
export { DEFAULT_MAX_HEAP_MB } from './heap/defaults';
export type { AgentOptions, EngineOptions, RunOutcome, StepResult } from './agent/options';
export type { AgentEvent, AgentHandle, AgentMessage, AgentStart, ConsoleEvent, Host, ParentLink } from './agent/host';
export type { FileRead } from './realm/moduleResolve';
export type { DirRead } from './realm/node/fsVolume';
export { HandleSpace } from './debug/handleSpace';
export type { HeapStats } from './heap/heapLimit';
export { describeGc, type GcReport } from './heap/collector';
export { GlassboxSyntaxError, GlassboxInternalError } from './errors/internal';
export { disassemble, instructionText } from './bytecode/disassemble';
export { EngineDebugger } from './debug/engineDebugger';
export type { StopView, ExceptionBreakMode, EvaluationView, CodeDisassembly } from './debug/engineDebugger';
export type { InstructionRecord } from './bytecode/disassemble';
export type { InstructionPointer } from './debug/codeIndex';
export type { FrameView, ScopeView, ChildView, ChildCounts, ChildPage, ValueView, BindingState } from './debug/inspector';
export type { BreakpointLocation, BreakpointRequest, PendingChange, ShouldStop, StepGranularity } from './debug/controller';
export type { DataTargetView, DataWatchPlacement } from './debug/dataWatch/dataWatch';
export type { RowPlace } from './debug/dataWatch/cellNames';
export { anchoredStep } from './debug/dataWatch/dataId';
export type { LoopQueue, LoopSnapshot, EntryView } from './loop/snapshot';
export type { FunctionHotness } from './tier/hotness';
export type { TierEvent } from './tier/events';
export type { TierListener, TierThresholds } from './tier/tiering';
export { deoptReasonText, describeTierEvent } from './tier/events';
export { gcPhaseText, type GcPhase } from './debug/gcStory';
export { setRuleEnabled } from './tier/quicken';
export { tokens, type SourceToken, type TokenKind } from './pipeline/tokens';
export { ast, type AstNode } from './pipeline/ast';
export { bytecode, functionsAt, type FunctionListing, type PoolEntry } from './pipeline/bytecode';
export type { PipelineOptions } from './pipeline/options';
export { astNodeText, astText, bytecodeText, rangeText, stageText, tokensText } from './pipeline/text';
export { PIPELINE_STAGES, isPipelineStage, type PipelineStage } from './pipeline/stages';
export type { SourceRange } from './parse/position';

/** Compiles `source` and prepares an agent to run it, with `options` as its host; throws GlassboxSyntaxError for bad syntax. */
export function createAgent(source: string, options: EngineOptions): Agent {
  return new Agent(source, options, options);
}

export { TimelineLog, MomentKind, TIMELINE_CAPACITY, type TimelineMark } from './debug/timeline/log';
export { previousStop, lastAtPlace, lastAtLine, type LoggedPlace } from './debug/timeline/queries';
export { LastHit, type ScanRecorder } from './debug/timeline/scan';
