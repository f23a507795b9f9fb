// A text picture of one debug stop as VS Code shows it, read over DAP: the stop's text, the
// call stack, the scopes with their variables (a collapsed scope by name only), the Event Loop
// view's columns, and the console output since the last stop.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { EVENT_LOOP_STATE_REQUEST, type EventLoopStateBody } from '../../adapter/protocol';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the golden shows what the view draws
import { loopModel, type Entry, type LoopModel } from '../../extension/loopView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the golden shows what the view draws
import { LOOP_COLUMNS } from '../../extension/loopView/render';
import type { Client } from '../adapter/support';

export async function dumpStop(dc: Client, threadId: number, stopped: DebugProtocol.StoppedEvent, program: string): Promise<string[]> {
  const { reason, description, text } = stopped.body;
  const frames = (await dc.stackTraceRequest({ threadId })).body.stackFrames;
  const lines = [`── stop (${reason}): ${description ?? text ?? ''}`, 'call stack:', ...frames.map(frameLine)];
  const top = frames.find((f) => f.presentationHint !== 'label');
  if (top) lines.push(`scopes of ${top.name}:`, ...(await scopeLines(dc, top.id)));
  const snapshot = (await dc.customRequest(EVENT_LOOP_STATE_REQUEST)).body as EventLoopStateBody;
  lines.push(...loopLines(loopModel(snapshot, frames, 'paused', program)));
  return lines;
}

function frameLine(f: DebugProtocol.StackFrame): string {
  if (f.presentationHint === 'label') return `  ── ${f.name}`;
  return `  ${f.name}  ${f.source?.name ?? '?'}:${f.line}:${f.column}`;
}

async function scopeLines(dc: Client, frameId: number): Promise<string[]> {
  const lines: string[] = [];
  for (const scope of (await dc.scopesRequest({ frameId })).body.scopes) {
    if (scope.expensive) {
      lines.push(`  ${scope.name} (collapsed)`);
      continue;
    }
    lines.push(`  ${scope.name}:`);
    const vars = (await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables;
    lines.push(...vars.map((v) => `    ${v.name} = ${v.value}`));
  }
  return lines;
}

/** The Event Loop view's header and its columns but the call stack (shown above, from DAP). */
function loopLines(model: LoopModel): string[] {
  const running = model.current ? `, running ${model.current}` : '';
  const lines = [`event loop: ${model.phaseText ?? '(no phase)'}, virtual time ${model.time ?? '?'} ms${running}`];
  for (const column of LOOP_COLUMNS) {
    if (column.key === 'stack') continue;
    const entries = model[column.key];
    lines.push(`  ${column.title}: ${entries.length === 0 ? column.empty : ''}`.trimEnd());
    lines.push(...entries.map((e) => `    ${entryText(e)}`));
  }
  return lines;
}

function entryText(e: Entry): string {
  return [e.label, e.detail, e.line === undefined ? undefined : `line ${e.line}`].filter(Boolean).join(' · ');
}
