// The Event Loop view's timeline strip, as data: the adapter's `timeline` body (checked field
// by field) and the cells the strip draws, one per mark or, past MAX_CELLS marks, one per bin
// of neighbouring marks. Pure; render in strip.ts.
import type { TimelineMark } from '../../adapter/protocol';

export type MarkKind = TimelineMark['kind'];
export const MARK_KINDS: readonly MarkKind[] = ['script', 'task', 'microtask', 'tick'];

/** The run so far: its marks by step, the moment shown (`current`) and the latest reached (`frontier`). */
export interface Timeline { marks: TimelineMark[]; current: number; frontier: number }

/** Where a cell is: before the moment shown, holding it, or after it (the future: already run once, replayed on). */
export type CellState = 'past' | 'current' | 'future';

/** One mark of the strip, or a bin of neighbouring marks drawn as one. */
export interface StripCell {
  /** The mark's kind; for a bin, the biggest unit it holds (script, then task, tick, microtask). */
  kind: MarkKind;
  /** The step a click goes to: the mark's, or the bin's first. */
  step: number;
  lastStep: number;
  /** How many marks of each kind the cell holds. */
  counts: Record<MarkKind, number>;
  /** The mark's own label; undefined for a bin. */
  label?: string;
  line?: number;
  state: CellState;
}

/** A bin is drawn as the first of these it holds: a long stretch of microtasks stays apart from one with a task in it. */
const BIN_KIND_ORDER: readonly MarkKind[] = ['script', 'task', 'tick', 'microtask'];

/** Beyond this many marks the strip bins them: a long run never draws thousands of buttons. */
export const MAX_CELLS = 240;

/** The timeline in a `timeline` answer or `glassbox.timelineChanged` body; undefined when there is none. */
export function timelineFrom(body: unknown): Timeline | undefined {
  const b = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  if (!b || !Array.isArray(b.marks) || !isStep(b.current) || !isStep(b.frontier)) return undefined;
  const marks = b.marks.flatMap((m: unknown): TimelineMark[] => {
    const r = m !== null && typeof m === 'object' ? (m as Record<string, unknown>) : {};
    const kind = MARK_KINDS.find((k) => k === r.kind);
    if (!kind || !isStep(r.step) || typeof r.label !== 'string') return [];
    return [{ step: r.step, kind, label: r.label, line: isStep(r.line) ? r.line : undefined }];
  });
  marks.sort((a, c) => a.step - c.step);
  return { marks, current: b.current, frontier: Math.max(b.frontier, b.current) };
}

/** The strip's cells, left to right: every mark while they fit in `maxCells`, else equal bins. */
export function stripCells(t: Timeline, maxCells = MAX_CELLS): StripCell[] {
  const perCell = Math.max(1, Math.ceil(t.marks.length / maxCells));
  // The mark holding the moment shown: the last one at or before `current`.
  let holding = -1;
  t.marks.forEach((m, i) => { if (m.step <= t.current) holding = i; });
  const cells: StripCell[] = [];
  for (let at = 0; at < t.marks.length; at += perCell) {
    const marks = t.marks.slice(at, at + perCell);
    const counts = countKinds(marks);
    const state: CellState = holding >= at && holding < at + marks.length ? 'current' : at > holding ? 'future' : 'past';
    const kind = BIN_KIND_ORDER.find((k) => counts[k] > 0) ?? marks[0].kind;
    const one = marks.length === 1 ? marks[0] : undefined;
    cells.push({ kind, step: marks[0].step, lastStep: marks[marks.length - 1].step, counts, label: one?.label, line: one?.line, state });
  }
  return cells;
}

/** What hovering a cell says: "timer #2 -> later() · step 1234", or a bin's range and contents. */
export function cellTitle(c: StripCell): string {
  if (c.label !== undefined) return `${c.label} · step ${c.step}${c.line === undefined ? '' : ` · line ${c.line}`}`;
  const held = MARK_KINDS.filter((k) => c.counts[k] > 0).map((k) => `${c.counts[k]} ${KIND_NAMES[k][c.counts[k] === 1 ? 0 : 1]}`);
  const total = MARK_KINDS.reduce((n, k) => n + c.counts[k], 0);
  return `${total} marks, steps ${c.step}–${c.lastStep}: ${held.join(', ')} · goes to step ${c.step}`;
}

/** Each kind's name, singular and plural, for titles and the key. */
export const KIND_NAMES: Record<MarkKind, [string, string]> = {
  script: ['script', 'scripts'],
  task: ['task', 'tasks'],
  microtask: ['microtask', 'microtasks'],
  tick: ['tick', 'ticks'],
};

function countKinds(marks: TimelineMark[]): Record<MarkKind, number> {
  const counts: Record<MarkKind, number> = { script: 0, task: 0, microtask: 0, tick: 0 };
  for (const m of marks) counts[m.kind]++;
  return counts;
}

function isStep(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
