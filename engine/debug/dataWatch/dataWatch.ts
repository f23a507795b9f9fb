// Data breakpoints: watched bindings and properties, compared at each step point with the
// value last seen (SameValue); a change names old and new values and the statement that
// made it. Knows no protocol: dataIds are plain strings (dataId.ts).
import type { Env } from '../../env/env';
import type { HeapAccount, HeapCell } from '../../heap/account';
import { JSObject } from '../../heap/object';
import { Msg, formatMessage } from '../../errors/messages';
import type { Frame } from '../../vm/frame';
import type { Machine } from '../../vm/machine';
import { rangeAt } from '../location';
import { CellNumbering } from './cellNumbering';
import { nameCell, resolveAnchored, type RowPlace } from './cellNames';
import { formatDataId, isAnchored, parseDataId, type DataName } from './dataId';
import { ABSENT, watchedOf, locate, read, readingText, sameReading, holderLabel, type Reading, type Watched } from './watchedValue';
import type { Target } from '../inspector';


/** What dataBreakpointInfo answers: a dataId and how the learner reads it, or null and why not. */
export interface DataTargetView { dataId: string | null; description: string }
/** One data watch after setDataWatches: whether this run can find its cell, and if not why. */
export interface DataWatchPlacement { dataId: string; verified: boolean; message?: string }
/** A change seen at a step point: `total: 10 → NaN (line 14)`. */
export interface DataChange { dataId: string; text: string }

interface Watch {
  dataId: string;
  name: DataName;
  watched: Watched | null;
  last: Reading;
  /** Whether `last` holds a reading yet (set at the first step point after the cell is known). */
  seen: boolean;
}

/** One per debugger, made on first use; the controller asks `check` at each step point while `active`. */
export class DataWatches {
  private watches: Watch[] = [];
  /** What dataTarget handed out in this run, by dataId: the cells themselves. */
  private readonly offered = new Map<string, Watched>();
  /**
   * The step point each frame on the stack passed last (the statement that made a change),
   * by the frame's index in the machine's frames: arrays, not a map, as this is kept at every
   * step point. `frameNow`/`pcNow`: the last step point of all (for a change seen between tasks).
   */
  private readonly frameAt: (Frame | undefined)[] = [];
  private readonly pcAt: number[] = [];
  private frameNow: Frame | null = null;
  private pcNow = 0;
  /** Set when watches were installed before the run took its first step (a replay): cells are numbered. */
  private numbering: CellNumbering | null = null;
  private readonly stable = new Map<string, string>();

  /** `initial`: the program frame's records when the debugger was attached (initialChain). */
  constructor(private readonly m: Machine, private readonly initial: Env[], private readonly account: () => HeapAccount) {}

  get active(): boolean {
    return this.watches.length > 0;
  }

  /** The dataId for row `name` of a handle's target (`place`: where an object row was reached), or why there is none. */
  target(t: Target | undefined, name: string, userGlobals: Set<string>, place?: RowPlace): DataTargetView {
    const w = locate(t, name, userGlobals);
    if ('refused' in w) return { dataId: null, description: w.refused };
    const cell = nameCell(this.m, w.cell, this.initial, this.numbering?.ordinalOf(w.cell), place);
    if (!cell) return { dataId: null, description: w.cell instanceof JSObject ? Msg.DataNoPath : Msg.DataNotOnStack };
    const dataId = formatDataId({ cell, what: w.what, name });
    this.offered.set(dataId, w);
    return { dataId, description: formatMessage(Msg.DataDescription, name, holderLabel(w)) };
  }

  /** Replaces all watches. Before the run's first step (a replay) cells are numbered, so made and anchored names resolve. */
  set(ids: string[]): DataWatchPlacement[] {
    const names = ids.map(parseDataId);
    if (this.numbering === null && this.m.steps === 0 && names.some((n) => n?.cell.kind === 'made' || (n && isAnchored(n.cell)))) {
      this.numbering = new CellNumbering(this.account());
    }
    // A watch set again keeps the cell it found (a replayed debugger gets the session's watches again at its moment).
    const known = new Map(this.watches.map((w) => [w.dataId, w.watched]));
    this.watches = [];
    // Paused frames passed their last step point before any watch did: where each one is now.
    this.m.frames.forEach((f, i) => {
      if (!f.isNative && f.pc > 0 && this.frameAt[i] !== f) this.passed(i, f, f.pc - 1);
    });
    const placed = ids.map((dataId, i): DataWatchPlacement => {
      const name = names[i];
      if (!name) return { dataId, verified: false, message: Msg.DataUnknownRow };
      const w: Watch = { dataId, name, watched: this.offered.get(dataId) ?? known.get(dataId) ?? null, last: ABSENT, seen: false };
      if (!w.watched && !this.findLater(w)) return { dataId, verified: false, message: Msg.DataUnresolved };
      // Known now: what it holds now is the value a change is a change from.
      if (w.watched && !w.seen) { w.last = read(w.watched); w.seen = true; }
      this.watches.push(w);
      return { dataId, verified: true };
    });
    this.rememberWhileAnchored();
    return placed;
  }

  /** Cell ordinals are kept (a WeakMap entry per cell made) only while an anchored watch has yet to learn its cell's. */
  private rememberWhileAnchored(): void {
    this.numbering?.remember(this.watches.some((w) => !w.watched && isAnchored(w.name.cell)));
  }

  private passed(index: number, f: Frame, pc: number): void {
    this.frameAt[index] = f;
    this.pcAt[index] = pc;
  }

  /** Anchored dataIds this run resolved to stable ones (made, initial, global): pass those to later replays. */
  stableIds(): Map<string, string> {
    return new Map(this.stable);
  }

  /** Resolves a name now or arranges to as the run makes its cell; false when this run never can. */
  private findLater(w: Watch): boolean {
    const { cell } = w.name;
    const watch = (c: HeapCell | undefined): boolean => {
      if (c === undefined) return false;
      w.watched = watchedOf(c, w.name.what, w.name.name);
      return true;
    };
    if (cell.kind === 'global') return watch(this.m.realm.global);
    if (cell.kind === 'initial') return watch(this.initial[cell.hop]);
    if (cell.kind === 'made') {
      if (!this.numbering || this.numbering.count >= cell.ordinal) return false;
      this.numbering.await(cell.ordinal, (c) => {
        watch(c);
        // A new environment holds its first values already; a new object has no properties yet.
        w.last = c instanceof JSObject ? ABSENT : read(w.watched!);
        w.seen = true;
      });
      return true;
    }
    return cell.step >= this.m.steps;
  }

  /**
   * At each step point of frame `f` (at `pc`), and before each task (no frame): the first
   * watched value that changed since the last one, if any, with the line of the step point
   * `f` passed before this one (between tasks: the last step point of the task that ended).
   */
  check(f: Frame | null, pc: number): DataChange | undefined {
    const code = f ? f.code : this.frameNow?.code;
    let before = this.pcNow;
    if (f) {
      const frames = this.m.frames;
      const index = frames[frames.length - 1] === f ? frames.length - 1 : frames.lastIndexOf(f);
      before = this.frameAt[index] === f ? this.pcAt[index] : pc;
      this.passed(index, f, pc);
      // Frames that returned are forgotten: held here, their scopes would look alive to the collector.
      if (this.frameAt.length > frames.length) this.frameAt.length = frames.length;
      this.frameNow = f;
      this.pcNow = pc;
    }
    let change: DataChange | undefined;
    for (const w of this.watches) {
      if (!w.watched && isAnchored(w.name.cell) && w.name.cell.step === this.m.steps) this.resolve(w);
      if (!w.watched) continue;
      const now = read(w.watched);
      if (w.seen && !sameReading(now, w.last)) {
        const line = (code && rangeAt(code, before)?.line) ?? 0;
        change ??= { dataId: w.dataId, text: formatMessage(Msg.DataChange, w.name.name, readingText(w.last), readingText(now), line) };
      }
      w.last = now;
      w.seen = true;
    }
    return change;
  }

  /** The name's moment has come: find its cell and, when cells are numbered, its stable name. */
  private resolve(w: Watch): void {
    if (!isAnchored(w.name.cell)) return;
    const cell = resolveAnchored(this.m, w.name.cell);
    if (cell === undefined) return;
    w.watched = watchedOf(cell, w.name.what, w.name.name);
    const stableCell = nameCell(this.m, cell, this.initial, this.numbering?.ordinalOf(cell));
    if (stableCell && !isAnchored(stableCell)) this.stable.set(w.dataId, formatDataId({ ...w.name, cell: stableCell }));
    this.rememberWhileAnchored();
  }
}
