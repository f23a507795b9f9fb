// The timeline log: what happened at each moment (Machine.steps) of a debugged run, kept in
// typed arrays indexed by the moment, so Step Back and Reverse Continue find their target
// without a replay. It keeps the last CAPACITY moments; older ones are dropped.
import type { FunctionCode } from '../../bytecode/code';
import { rangeAt } from '../location';
import { CodeIds } from './codeIds';

/** What a moment was: a step point of one of the StepKinds, or a task taken from a queue. */
export const MomentKind = { None: 0, Statement: 1, Expression: 2, Creation: 3, Task: 4 } as const;
/** StepKind (bytecode/opcodes.ts: Statement 0, Expression 1, Creation 2) to MomentKind. */
const FROM_STEP_KIND = [MomentKind.Statement, MomentKind.Expression, MomentKind.Creation];

/** The last moments kept (about 44 MB at most: 11 bytes a moment). */
export const TIMELINE_CAPACITY = 1 << 22;
/** Task marks kept for the Event Loop view's strip. */
export const MARKS_CAPACITY = 5000;
const FIRST_SIZE = 1 << 16;

export interface TimelineMark { step: number; kind: 'script' | 'task' | 'microtask' | 'tick'; label: string; line?: number }

export class TimelineLog {
  readonly codes = new CodeIds();
  private kinds = new Uint8Array(FIRST_SIZE);
  private codeOf = new Uint32Array(FIRST_SIZE);
  private pcs = new Uint32Array(FIRST_SIZE);
  private depths = new Uint16Array(FIRST_SIZE);
  /** The latest moment recorded: the frontier of the run (past it nothing has happened yet). */
  last = 0;
  private readonly markList: TimelineMark[] = [];

  constructor(readonly capacity = TIMELINE_CAPACITY) {}

  /** The first moment still kept. */
  get first(): number {
    return Math.max(1, this.last - this.kinds.length + 1);
  }

  /** Whether moment `step` is still in the log. */
  has(step: number): boolean {
    return step >= this.first && step <= this.last;
  }

  /** Notes step point `step` (of StepKind `stepKind`) at `code`/`pc` with `depth` frames; moments already logged are skipped. */
  recordStep(step: number, stepKind: number, code: FunctionCode, pc: number, depth: number): void {
    if (step <= this.last) return;
    const i = this.slot(step);
    this.kinds[i] = FROM_STEP_KIND[stepKind];
    this.codeOf[i] = this.codes.idOf(code);
    this.pcs[i] = pc;
    this.depths[i] = depth > 0xffff ? 0xffff : depth;
    if (this.markList.length === 0) this.addMark({ step, kind: 'script', label: 'script', line: rangeAt(code, pc)?.line });
  }

  /** Notes a task taken at moment `step`. */
  recordTask(step: number, mark: Omit<TimelineMark, 'step'>): void {
    if (step <= this.last) return;
    const i = this.slot(step);
    this.kinds[i] = MomentKind.Task;
    this.depths[i] = 0;
    this.addMark({ step, ...mark });
  }

  /** The run took another future at `step`: later moments and marks are forgotten. */
  truncate(step: number): void {
    if (step >= this.last) return;
    this.last = Math.max(step, 0);
    while (this.markList.length > 0 && this.markList[this.markList.length - 1].step > step) this.markList.pop();
  }

  kindAt(step: number): number { return this.has(step) ? this.kinds[step & (this.kinds.length - 1)] : MomentKind.None; }
  depthAt(step: number): number { return this.depths[step & (this.kinds.length - 1)]; }
  codeIdAt(step: number): number { return this.codeOf[step & (this.kinds.length - 1)]; }
  pcAt(step: number): number { return this.pcs[step & (this.kinds.length - 1)]; }

  /** The task marks kept, oldest first. */
  marks(): readonly TimelineMark[] {
    return this.markList;
  }

  private addMark(mark: TimelineMark): void {
    if (this.markList.length >= MARKS_CAPACITY) this.markList.shift();
    this.markList.push(mark);
  }

  /** The array index for `step`, growing the arrays (powers of two) up to the capacity; moments skipped are marked None. */
  private slot(step: number): number {
    while (step >= this.kinds.length && this.kinds.length < this.capacity) this.grow();
    const mask = this.kinds.length - 1;
    for (let s = this.last + 1; s < step && step - s < this.kinds.length; s++) this.kinds[s & mask] = MomentKind.None;
    this.last = step;
    return step & mask;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T, make: (n: number) => T): T => { const b = make(size); b.set(a); return b; };
    this.kinds = grown(this.kinds, (n) => new Uint8Array(n));
    this.codeOf = grown(this.codeOf, (n) => new Uint32Array(n));
    this.pcs = grown(this.pcs, (n) => new Uint32Array(n));
    this.depths = grown(this.depths, (n) => new Uint16Array(n));
  }
}
