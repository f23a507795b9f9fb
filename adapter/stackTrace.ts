// The call stack over DAP: one frame per execution context, innermost first, "(global)"
// last; below a callback run from the event loop, a label frame says which task it was.
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Agent, FrameView, StopView } from '../engine';
import type { FrameIds } from './frameIds';
import { instructionReference } from './disassemble';

export interface Place { line: number; column: number }
export type ToClient = (p: Place) => Place;

export function stackFrames(frames: FrameView[], stop: StopView | null, agent: Agent, source: DebugProtocol.Source, toClient: ToClient, ids: FrameIds): DebugProtocol.StackFrame[] {
  const out: DebugProtocol.StackFrame[] = [];
  frames.forEach((f, i) => {
    if (i === 0 && stop?.phase === 'task') out.push(taskFrame(f, agent, source, toClient, ids.idOf(0)));
    else {
      const start = toClient({ line: f.line, column: f.column });
      const end = toClient({ line: f.endLine, column: f.endColumn });
      const place = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      out.push({ id: ids.idOf(i), name: f.name, ...frameSource(f, source), ...place, ...pointer(f) });
    }
    if (f.origin) out.push({ id: ids.idOf(i, true), name: f.origin, line: 0, column: 0, presentationHint: 'label' });
  });
  return out;
}

/**
 * Before a task's callback has run a step its frame has no position of its own: show the
 * callback's definition when the loop knows it, else where the frame is (an await resumption
 * goes on at its `await`), so the editor always moves to the stop.
 */
function taskFrame(f: FrameView, agent: Agent, source: DebugProtocol.Source, toClient: ToClient, id: number): DebugProtocol.StackFrame {
  const current = agent.eventLoopSnapshot(0).current;
  const at = current?.line === undefined ? toClient({ line: f.line, column: f.column }) : toClient({ line: current.line, column: current.column ?? 1 });
  return { id, name: f.name, source, line: at.line, column: at.column, ...pointer(f) };
}

/** Where the frame is in its bytecode, for the Disassembly view. */
function pointer(f: FrameView): Pick<DebugProtocol.StackFrame, 'instructionPointerReference'> {
  return f.instruction ? { instructionPointerReference: instructionReference(f.instruction) } : {};
}

/**
 * The program's file, a required file of the program (an absolute path the editor opens), or
 * other code (a core module's, `new Function`'s) with no file to open: named, de-emphasized.
 */
function frameSource(f: FrameView, program: DebugProtocol.Source): Pick<DebugProtocol.StackFrame, 'source' | 'presentationHint'> {
  if (f.file === undefined) return { source: program };
  if (path.isAbsolute(f.file)) return { source: { name: path.basename(f.file), path: f.file } };
  return { source: { name: f.file, presentationHint: 'deemphasize', origin: otherCodeOrigin(f.file) }, presentationHint: 'subtle' };
}

/** What a frame of code outside the program runs, for the Call Stack's hover. */
function otherCodeOrigin(file: string): string {
  if (file.startsWith('node:')) return 'a Node core module, as Glassbox writes it';
  return 'code made at run time (new Function or eval)';
}
