// Output events: the program's console.* with the line that printed it (log, info and
// debug on stdout; warn and error on stderr), and the adapter's own messages.
import * as path from 'node:path';
import { OutputEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ConsoleEvent } from '../engine';
import type { Place, ToClient } from './stackTrace';

export type OutputCategory = 'stdout' | 'stderr' | 'console' | 'important';

/** An output event, linked to `place` in `source` when both are given. */
export function outputEvent(text: string, category: OutputCategory, source?: DebugProtocol.Source, place?: Place, toClient?: ToClient, raw = false): DebugProtocol.OutputEvent {
  const event = new OutputEvent(raw || text.endsWith('\n') ? text : `${text}\n`, category) as DebugProtocol.OutputEvent;
  if (source && place && toClient) {
    const p = toClient(place);
    Object.assign(event.body, { source, line: p.line, column: p.column });
  }
  return event;
}

export function consoleOutput(e: ConsoleEvent, source: DebugProtocol.Source, toClient: ToClient): DebugProtocol.OutputEvent {
  const category = e.level === 'warn' || e.level === 'error' ? 'stderr' : 'stdout';
  const place = e.line === undefined ? undefined : { line: e.line, column: e.column ?? 1 };
  // A console call in a required file links to that file.
  const from = e.file !== undefined && path.isAbsolute(e.file) && e.file !== source.path ? { name: path.basename(e.file), path: e.file } : source;
  // process.stdout.write's text goes out as written, with no line end added.
  return outputEvent(e.text, category, from, place, toClient, e.raw === true);
}
