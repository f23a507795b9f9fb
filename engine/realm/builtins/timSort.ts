// V8's TimSort shape as a state machine that asks for one comparison at a time, so the
// caller can run a user comparator as a VM call with no generator per level of the sort.
import type { Value } from '../../heap/values';

const enum Phase { StartRun, RunFirst, RunScan, Insert, NextMerge, Merge, Done }

/**
 * Runs are found and extended by binary insertion exactly as V8 does (third_party/v8/
 * builtins/array-sort.tq), so a comparator that logs sees V8's calls for arrays under 64
 * elements; longer arrays merge runs pairwise with a plain stable merge.
 * Use: `while (s.advance(order)) order = compare(s.x, s.y)`; `order` < 0 means x before y.
 */
export class TimSort {
  /** The pair to compare next (valid after advance returned true). */
  x: Value = undefined;
  y: Value = undefined;
  private phase = Phase.StartRun;
  private readonly n: number;
  private readonly minRun: number;
  private runs: number[] = [];
  private nextRuns: number[] = [];
  // Run building: the run at `low` of `runLen`, scanned up to `i`.
  private low = 0;
  private runLen = 0;
  private i = 0;
  private descending = false;
  // Binary insertion of a[start] into a[insLow, start), up to insHigh.
  private insLow = 0;
  private insHigh = 0;
  private start = 0;
  private left = 0;
  private right = 0;
  private mid = 0;
  // Merging a[lo, mid) (copied to `head`) with a[mid, hi) into a[lo, hi).
  private r = 0;
  private head: Value[] = [];
  private hi = 0;
  private k = 0;

  constructor(private readonly a: Value[]) {
    this.n = a.length;
    this.minRun = minRunLength(a.length);
    if (a.length < 2) this.phase = Phase.Done;
  }

  /** Takes the last comparison's result (ignored on the first call); false once sorted. */
  advance(order: number): boolean {
    const a = this.a;
    for (;;) {
      switch (this.phase) {
        case Phase.StartRun:
          if (this.low >= this.n) { this.phase = Phase.NextMerge; continue; }
          if (this.low + 1 === this.n) { this.runLen = 1; if (this.finishRun()) return true; continue; }
          this.phase = Phase.RunFirst;
          return this.ask(a[this.low + 1], a[this.low]);
        case Phase.RunFirst:
          this.descending = order < 0;
          this.runLen = 2;
          this.i = this.low + 2;
          if (this.i < this.n) { this.phase = Phase.RunScan; return this.ask(a[this.i], a[this.i - 1]); }
          if (this.finishRun()) return true;
          continue;
        case Phase.RunScan:
          if (this.descending ? order < 0 : order >= 0) {
            this.runLen++;
            this.i++;
            if (this.i < this.n) return this.ask(a[this.i], a[this.i - 1]);
          }
          if (this.finishRun()) return true;
          continue;
        case Phase.Insert:
          if (order < 0) this.right = this.mid;
          else this.left = this.mid + 1;
          if (this.left < this.right) return this.askInsert();
          this.placePivot();
          if (++this.start < this.insHigh) return this.beginInsert();
          this.pushRun();
          continue;
        case Phase.NextMerge:
          if (this.nextPair()) return this.ask(a[this.mid], this.head[0]);
          continue;
        case Phase.Merge:
          if (order < 0) a[this.k++] = a[this.mid++];
          else a[this.k++] = this.head[this.i++];
          if (this.i < this.head.length && this.mid < this.hi) return this.ask(a[this.mid], this.head[this.i]);
          while (this.i < this.head.length) a[this.k++] = this.head[this.i++];
          this.phase = Phase.NextMerge;
          continue;
        case Phase.Done:
          return false;
      }
    }
  }

  private ask(x: Value, y: Value): true {
    this.x = x;
    this.y = y;
    return true;
  }

  /** A run was found: reversed if strictly descending, extended by insertion to minRun (true: it asks). */
  private finishRun(): boolean {
    if (this.descending) reverseRange(this.a, this.low, this.low + this.runLen);
    this.descending = false;
    if (this.runLen >= this.minRun) { this.pushRun(); return false; }
    const forced = Math.min(this.minRun, this.n - this.low);
    this.insLow = this.low;
    this.start = this.low + this.runLen;
    this.insHigh = this.low + forced;
    this.runLen = forced;
    if (this.start < this.insHigh) return this.beginInsert();
    this.pushRun();
    return false;
  }

  private pushRun(): void {
    this.runs.push(this.low, this.runLen);
    this.low += this.runLen;
    this.phase = Phase.StartRun;
  }

  /** Starts inserting a[start] (stable: equal pivots go right). */
  private beginInsert(): true {
    this.left = this.insLow;
    this.right = this.start;
    this.phase = Phase.Insert;
    return this.askInsert();
  }

  private askInsert(): true {
    this.mid = this.left + ((this.right - this.left) >> 1);
    return this.ask(this.a[this.start], this.a[this.mid]);
  }

  private placePivot(): void {
    const a = this.a;
    const pivot = a[this.start];
    for (let p = this.start; p > this.left; p--) a[p] = a[p - 1];
    a[this.left] = pivot;
  }

  /** Sets up the next merge of a pass (true), carrying an odd run over; Done after the last pass. */
  private nextPair(): boolean {
    const runs = this.runs;
    for (;;) {
      if (this.r >= runs.length) {
        if (this.nextRuns.length <= 2) { this.phase = Phase.Done; return false; }
        this.runs = this.nextRuns;
        this.nextRuns = [];
        this.r = 0;
        return this.nextPair();
      }
      const lo = runs[this.r], len = runs[this.r + 1];
      if (this.r + 2 === runs.length) {
        this.nextRuns.push(lo, len);
        this.r += 2;
        continue;
      }
      const len2 = runs[this.r + 3];
      this.r += 4;
      this.nextRuns.push(lo, len + len2);
      this.head = this.a.slice(lo, lo + len);
      this.i = 0;
      this.mid = lo + len;
      this.hi = lo + len + len2;
      this.k = lo;
      this.phase = Phase.Merge;
      return true;
    }
  }
}

function minRunLength(size: number): number {
  let n = size;
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function reverseRange(a: Value[], from: number, to: number): void {
  for (let lo = from, hi = to - 1; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}
