// Names of watched bindings and properties that survive a replay: a fresh agent running the
// same program makes the same cells in the same order and reaches the same moments, so a
// cell is named by where it came from, never by host identity.

/** Which environment record or object holds the watched value, in terms every replay shares. */
export type CellName =
  /** The realm's global object (the Global scope's user variables are its properties). */
  | { kind: 'global' }
  /** The `hop`-th record of the program frame's chain when the debugger was attached (made before the run). */
  | { kind: 'initial'; hop: number }
  /** The `ordinal`-th environment or object made after attaching (1 is the first), counted by a numbering run. */
  | { kind: 'made'; ordinal: number }
  /** What a paused moment showed: at step `step`, JS frame `frame` (0 = bottom, running the function at `code`), `hop` records out from its environment. */
  | { kind: 'atScope'; step: number; frame: number; code: string; hop: number }
  /** What a paused moment showed: at step `step`, the object `path` reaches in JS frame `frame` (0 = bottom, running the function at `code`). */
  | { kind: 'atPath'; step: number; frame: number; code: string; path: string };

/** A watched value: a binding of an environment record, or an own property of an object. */
export interface DataName { cell: CellName; what: 'binding' | 'property'; name: string }

/** An anchored name holds only at its moment; a numbering run turns it into a stable one. */
export function isAnchored(cell: CellName): cell is Extract<CellName, { kind: 'atScope' | 'atPath' }> {
  return cell.kind === 'atScope' || cell.kind === 'atPath';
}

/**
 * The moment a replay must pass to learn a stable name for `dataId` (it is anchored there);
 * undefined when it is stable already (a replay watches it from the start of the run).
 */
export function anchoredStep(dataId: string): number | undefined {
  const cell = parseDataId(dataId)?.cell;
  return cell && isAnchored(cell) ? cell.step : undefined;
}

/** The dataId string: opaque to the client, plain JSON to read in a log. */
export function formatDataId(d: DataName): string {
  return JSON.stringify(d);
}

/** The name a dataId string stands for, or undefined when it is not one of ours. */
export function parseDataId(id: string): DataName | undefined {
  let d: unknown;
  try {
    d = JSON.parse(id);
  } catch {
    return undefined;
  }
  if (typeof d !== 'object' || d === null) return undefined;
  const { cell, what, name } = d as Partial<DataName>;
  if ((what !== 'binding' && what !== 'property') || typeof name !== 'string' || !validCell(cell)) return undefined;
  return { cell, what, name };
}

function validCell(c: unknown): c is CellName {
  if (typeof c !== 'object' || c === null) return false;
  const x = c as Record<string, unknown>;
  const n = (k: string): boolean => Number.isInteger(x[k]) && (x[k] as number) >= 0;
  switch (x.kind) {
    case 'global': return true;
    case 'initial': return n('hop');
    case 'made': return n('ordinal');
    case 'atScope': return n('step') && n('frame') && typeof x.code === 'string' && n('hop');
    case 'atPath': return n('step') && n('frame') && typeof x.code === 'string' && typeof x.path === 'string';
    default: return false;
  }
}
