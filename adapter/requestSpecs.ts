// The arguments each DAP request Glassbox answers must carry, as declarative specs: a
// request whose arguments do not fit gets an error response naming the argument.
import { fieldsProblem, isRecord, type Fields, type Spec } from './argumentCheck';
import { EVENT_LOOP_ENTRIES_REQUEST, EVENT_LOOP_STATE_REQUEST, GOTO_MOMENT_REQUEST, HEAP_GRAPH_REQUEST, LOOP_QUEUES, REVEAL_HEAP_OBJECT_REQUEST } from './protocol';

const granularity: Spec = { oneOf: ['statement', 'line', 'instruction'] };
const step: Fields = { threadId: 'integer', 'singleThread?': 'boolean', 'granularity?': granularity };
const sourceBreakpoint: Spec = { fields: { line: 'integer', 'column?': 'integer', 'condition?': 'string', 'hitCondition?': 'string', 'logMessage?': 'string' } };

/** Requests absent here take any (or no) arguments; `required` means the arguments object itself must be there. */
const SPECS: Readonly<Record<string, { required: boolean; fields: Fields }>> = {
  initialize: { required: true, fields: { 'adapterID?': 'string', 'linesStartAt1?': 'boolean', 'columnsStartAt1?': 'boolean', 'pathFormat?': { oneOf: ['path'] } } },
  launch: { required: false, fields: {} },
  restart: { required: false, fields: { 'arguments?': 'object' } },
  setBreakpoints: { required: true, fields: { source: { fields: { path: 'string' } }, 'breakpoints?': { array: sourceBreakpoint }, 'lines?': { array: 'integer' } } },
  setFunctionBreakpoints: { required: true, fields: { breakpoints: { array: { fields: { name: 'string', 'condition?': 'string', 'hitCondition?': 'string' } } } } },
  setExceptionBreakpoints: { required: true, fields: { filters: { array: { oneOf: ['uncaught', 'all'] } }, 'filterOptions?': { array: { fields: { filterId: { oneOf: ['uncaught', 'all'] } } } } } },
  continue: { required: true, fields: { threadId: 'integer' } },
  next: { required: true, fields: step },
  stepIn: { required: true, fields: step },
  stepOut: { required: true, fields: step },
  pause: { required: true, fields: { threadId: 'integer' } },
  stackTrace: { required: true, fields: { threadId: 'integer', 'startFrame?': 'count', 'levels?': 'count' } },
  scopes: { required: true, fields: { frameId: 'integer' } },
  variables: { required: true, fields: { variablesReference: 'integer', 'filter?': { oneOf: ['indexed', 'named'] }, 'start?': 'count', 'count?': 'count' } },
  setVariable: { required: true, fields: { variablesReference: 'integer', name: 'string', value: 'string' } },
  evaluate: { required: true, fields: { expression: 'string', 'frameId?': 'integer', 'context?': 'string' } },
  completions: { required: true, fields: { text: 'string', column: 'integer', 'line?': 'integer', 'frameId?': 'integer' } },
  exceptionInfo: { required: true, fields: { threadId: 'integer' } },
  disassemble: { required: true, fields: { memoryReference: 'string', 'offset?': 'integer', 'instructionOffset?': 'integer', instructionCount: 'count', 'resolveSymbols?': 'boolean' } },
  dataBreakpointInfo: { required: true, fields: { 'variablesReference?': 'integer', name: 'string', 'frameId?': 'integer' } },
  setDataBreakpoints: { required: true, fields: { breakpoints: { array: { fields: { dataId: 'string', 'accessType?': { oneOf: ['read', 'write', 'readWrite'] }, 'condition?': 'string', 'hitCondition?': 'string' } } } } },
  [EVENT_LOOP_ENTRIES_REQUEST]: { required: true, fields: { queue: { oneOf: LOOP_QUEUES }, start: 'count', count: 'count', 'threadId?': 'integer' } },
  [REVEAL_HEAP_OBJECT_REQUEST]: { required: true, fields: { id: 'integer' } },
  [HEAP_GRAPH_REQUEST]: { required: false, fields: { 'frameId?': 'integer' } },
  [EVENT_LOOP_STATE_REQUEST]: { required: false, fields: { 'threadId?': 'integer' } },
  stepBack: { required: true, fields: step },
  reverseContinue: { required: true, fields: { threadId: 'integer', 'singleThread?': 'boolean' } },
  gotoTargets: { required: true, fields: { source: 'object', line: 'integer', 'column?': 'integer' } },
  goto: { required: true, fields: { threadId: 'integer', targetId: 'integer' } },
  [GOTO_MOMENT_REQUEST]: { required: true, fields: { step: 'count' } },
};

/** What is wrong with a request's arguments, as one line naming the request and the argument. */
export function argumentsProblem(command: string, args: unknown): string | undefined {
  const spec = SPECS[command];
  if (!spec) return undefined;
  if (args === undefined || args === null) return spec.required ? `${command}: the request needs an 'arguments' object` : undefined;
  if (!isRecord(args)) return `${command}: 'arguments' must be an object`;
  const problem = fieldsProblem(args, spec.fields);
  return problem === undefined ? undefined : `${command}: ${problem}`;
}
