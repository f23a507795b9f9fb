// The Debug Console does not un-print: each thread's console events are numbered in their
// order (the same in every replay of the group), a replay prints only those past the last
// one printed, and going back tells how many printed lines have not happened yet at the
// moment shown. Threads are counted apart: how two threads' lines interleave depends on
// how their turns were sliced, each thread's own order does not.

/** One thread's output: the lines of each event printed so far in this future, and the events its current agent produced. */
interface ThreadOutput { lines: number[]; seen: number }

export class ConsoleLedger {
  /** By Node threadId (0: the main thread). */
  private readonly threads = new Map<number, ThreadOutput>();

  /** A new group of agents (a replay) starts from every thread's first event. */
  beginRun(): void {
    for (const t of this.threads.values()) t.seen = 0;
  }

  /** Thread `threadId` produced an event of `text`: true when it is to be printed (not printed before). */
  admit(text: string, threadId = 0): boolean {
    let t = this.threads.get(threadId);
    if (!t) this.threads.set(threadId, (t = { lines: [], seen: 0 }));
    t.seen++;
    if (t.seen <= t.lines.length) return false;
    t.lines.push(text.replace(/\n$/, '').split('\n').length);
    return true;
  }

  /** Lines printed that the current agents have not produced yet (output of the later moments). */
  get linesAhead(): number {
    let n = 0;
    for (const t of this.threads.values()) for (let i = t.seen; i < t.lines.length; i++) n += t.lines[i];
    return n;
  }

  /** A new future: output printed past the current moment belongs to the old one and is forgotten. */
  fork(): void {
    for (const t of this.threads.values()) t.lines.length = Math.min(t.lines.length, t.seen);
  }
}

/** The separator printed after going back when later output is already on the console. */
export function laterOutputText(lines: number, step: number): string {
  const what = lines === 1 ? 'the line above has' : `the ${lines} lines above have`;
  return `— later output: ${what} not happened yet at step ${step} —`;
}
