// Questions the timeline log answers without a replay: where Step Back, Reverse Continue and
// Run to Cursor backwards go. Each scans back from a moment; undefined when the log has no
// such moment (or no longer has it: the oldest moments are dropped).
import type { FunctionCode } from '../../bytecode/code';
import { MomentKind, type TimelineLog } from './log';

/** A place as the log names it: a code's number and the pc of a step point in it. */
export interface LoggedPlace { code: FunctionCode; pc: number }

function isStop(kind: number): boolean {
  return kind === MomentKind.Statement || kind === MomentKind.Creation;
}

/**
 * Reverse step over from moment `from`: the last statement or creation moment before it whose
 * frame depth is at most that of `from` (calls made in between are stepped over), or the task
 * moment before it. From a task moment: the previous task's last moment at its outermost depth.
 */
export function previousStop(log: TimelineLog, from: number): number | undefined {
  const first = log.first;
  if (log.kindAt(from) === MomentKind.Task) return lastOfTask(log, from, first);
  const depth = log.depthAt(from);
  for (let s = Math.min(from, log.last + 1) - 1; s >= first; s--) {
    const kind = log.kindAt(s);
    if (kind === MomentKind.Task || (isStop(kind) && log.depthAt(s) <= depth)) return s;
  }
  return undefined;
}

/** The latest statement moment of the segment before task moment `from` at the smallest depth of that segment. */
function lastOfTask(log: TimelineLog, from: number, first: number): number | undefined {
  let best: number | undefined;
  let bestDepth = Infinity;
  for (let s = from - 1; s >= first; s--) {
    const kind = log.kindAt(s);
    if (kind === MomentKind.Task) return best ?? s;
    if (isStop(kind) && log.depthAt(s) < bestDepth) { best = s; bestDepth = log.depthAt(s); }
  }
  return best;
}

/** The last moment before `before` at one of `places` (plain breakpoints: where they are placed). */
export function lastAtPlace(log: TimelineLog, places: readonly LoggedPlace[], before: number): number | undefined {
  const wanted = new Map<number, Set<number>>();
  for (const p of places) {
    const id = log.codes.peek(p.code);
    if (id === undefined) continue;
    let pcs = wanted.get(id);
    if (!pcs) wanted.set(id, (pcs = new Set()));
    pcs.add(p.pc);
  }
  if (wanted.size === 0) return undefined;
  for (let s = Math.min(before, log.last + 1) - 1; s >= log.first; s--) {
    if (!isStop(log.kindAt(s))) continue;
    if (wanted.get(log.codeIdAt(s))?.has(log.pcAt(s))) return s;
  }
  return undefined;
}

/** The last statement or creation moment before `before` on source line `line` (1-based) of file `fileName`. */
export function lastAtLine(log: TimelineLog, fileName: string, line: number, before: number): number | undefined {
  const onLine = new Map<number, boolean>();
  const isOnLine = (id: number, pc: number): boolean => {
    const key = id * 0x1000000 + pc;
    let yes = onLine.get(key);
    if (yes === undefined) {
      const code = log.codes.code(id);
      yes = code !== undefined && code.fileName === fileName && code.lineAt(pc) === line;
      onLine.set(key, yes);
    }
    return yes;
  };
  for (let s = Math.min(before, log.last + 1) - 1; s >= log.first; s--) {
    if (isStop(log.kindAt(s)) && isOnLine(log.codeIdAt(s), log.pcAt(s))) return s;
  }
  return undefined;
}
