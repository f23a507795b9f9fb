// What the Glassbox adapter tells the client it can do, in answer to `initialize`.
import type { DebugProtocol } from '@vscode/debugprotocol';

/** The exception filters: uncaught exceptions stop by default, all exceptions on request. */
export const exceptionFilters: DebugProtocol.ExceptionBreakpointsFilter[] = [
  { filter: 'uncaught', label: 'Uncaught Exceptions', description: 'Stop where an exception is thrown that nothing catches.', default: true },
  { filter: 'all', label: 'All Exceptions', description: 'Stop at every throw, caught or not.', default: false },
];

export const capabilities: DebugProtocol.Capabilities = {
  supportsConfigurationDoneRequest: true,
  supportsConditionalBreakpoints: true,
  supportsHitConditionalBreakpoints: true,
  supportsLogPoints: true,
  supportsFunctionBreakpoints: true,
  exceptionBreakpointFilters: exceptionFilters,
  supportsExceptionInfoRequest: true,
  supportsEvaluateForHovers: true,
  supportsSetVariable: true,
  supportsCompletionsRequest: true,
  completionTriggerCharacters: ['.'],
  supportsRestartRequest: true,
  supportsTerminateRequest: true,
  supportsSteppingGranularity: true,
  supportsDisassembleRequest: true,
  supportsDelayedStackTraceLoading: false,
  supportsStepBack: true,
  supportsGotoTargetsRequest: true,
  supportsDataBreakpoints: true,
  supportsLoadedSourcesRequest: true,
};
