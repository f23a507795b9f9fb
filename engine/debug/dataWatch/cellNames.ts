// From a watched cell to a CellName every replay understands, and back from an anchored name
// to the cell at its moment. Reads only: no evaluation, no allocation, so a replay that
// resolves a name makes the same cells as one that does not.
import type { Env } from '../../env/env';
import type { HeapCell } from '../../heap/account';
import { JSObject } from '../../heap/object';
import { isProxy } from '../../heap/proxy';
import type { Value } from '../../heap/values';
import type { Frame } from '../../vm/frame';
import type { Machine } from '../../vm/machine';
import type { CellName } from './dataId';

/** JS frames, bottom (the program) first: a frame's index from the bottom is the same at the same moment of every replay. */
export function framesFromBottom(m: Machine): Frame[] {
  return m.frames.filter((f): f is Frame => !f.isNative);
}

/** The program frame's chain at attach: the records made before the run, named by their hop. */
export function initialChain(m: Machine): Env[] {
  const out: Env[] = [];
  for (let e: Env | null = framesFromBottom(m)[0]?.env ?? null; e !== null; e = e.outer) out.push(e);
  return out;
}

/** Where an object row was reached from: its frame (0 = innermost, as the adapter counts) and its evaluateName. */
export interface RowPlace { frameIndex: number; path?: string }

/**
 * A name for `cell` that a replay resolves: global, initial, made (when this run numbers
 * cells) or anchored to this moment; undefined when none holds (then it cannot be watched).
 */
export function nameCell(m: Machine, cell: HeapCell, initial: Env[], ordinal: number | undefined, place?: RowPlace): CellName | undefined {
  if (cell === m.realm.global) return { kind: 'global' };
  const hop = initial.indexOf(cell as Env);
  if (hop >= 0) return { kind: 'initial', hop };
  if (ordinal !== undefined) return { kind: 'made', ordinal };
  const frames = framesFromBottom(m);
  if (!(cell instanceof JSObject)) {
    for (let frame = 0; frame < frames.length; frame++) {
      const hop = chainOf(frames[frame]).indexOf(cell);
      if (hop >= 0) return { kind: 'atScope', step: m.steps, frame, code: codeAt(frames[frame]), hop };
    }
    return undefined;
  }
  if (place?.path === undefined) return undefined;
  const frame = frames.length - 1 - place.frameIndex;
  if (frame < 0 || followPath(m, frames[frame], place.path) !== cell) return undefined;
  return { kind: 'atPath', step: m.steps, frame, code: codeAt(frames[frame]), path: place.path };
}

/** The cell an anchored name names, read now (the caller checks it is the name's moment); undefined when the frame runs another function. */
export function resolveAnchored(m: Machine, cell: Extract<CellName, { kind: 'atScope' | 'atPath' }>): HeapCell | undefined {
  const f = framesFromBottom(m)[cell.frame];
  if (!f || codeAt(f) !== cell.code) return undefined;
  if (cell.kind === 'atScope') return chainOf(f)[cell.hop];
  const found = followPath(m, f, cell.path);
  return found instanceof JSObject ? found : undefined;
}

/** Which function a frame runs, by where its source starts: a check that a moment is the one named. */
function codeAt(f: Frame): string {
  return `${f.code.range.line}:${f.code.range.column}`;
}

function chainOf(f: Frame): Env[] {
  const out: Env[] = [];
  for (let e: Env | null = f.env; e !== null; e = e.outer) out.push(e);
  return out;
}

/** `a`, `a.b`, `a[0]`, `a["odd key"]`: the only paths the Variables pane gives (see adapter/variables.ts memberPath). */
const PATH_START = /^[A-Za-z_$][\w$]*/;
const PATH_STEP = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** Follows a member path through bindings and data properties only: never a getter, a proxy or a call. */
function followPath(m: Machine, f: Frame, path: string): Value | undefined {
  const start = PATH_START.exec(path);
  if (!start) return undefined;
  let v = lookupName(m, f, start[0]);
  let rest = path.slice(start[0].length);
  while (rest !== '') {
    const step = PATH_STEP.exec(rest);
    if (!step || !(v instanceof JSObject)) return undefined;
    const key = step[1] ?? step[2] ?? (JSON.parse(step[3]) as string);
    v = dataProperty(v, key);
    rest = rest.slice(step[0].length);
  }
  return v;
}

function lookupName(m: Machine, f: Frame, name: string): Value | undefined {
  for (let e: Env | null = f.env; e !== null; e = e.outer) {
    if (e.object !== null) {
      if (e.object.getOwn(name)) return dataProperty(e.object, name);
      continue;
    }
    const slot = e.scope.indexOf(name);
    if (slot >= 0) return e.slots[slot] as Value;
    if (e.dynamic?.has(name)) return e.dynamic.get(name) as Value;
  }
  return dataProperty(m.realm.global, name);
}

function dataProperty(obj: JSObject, key: string): Value | undefined {
  for (let o: JSObject | null = obj; o !== null && !isProxy(o); o = o.proto) {
    const p = o.getOwn(key);
    if (p) return p.isAccessor ? undefined : p.value;
  }
  return undefined;
}
