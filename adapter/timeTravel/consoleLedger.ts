// The Debug Console does not un-print: console events are numbered in their order (the
// same in every replay), a replay prints only those past the last one printed, and going
// back tells how many printed lines have not happened yet at the moment shown.

export class ConsoleLedger {
  /** Lines of each event printed so far in this future, in order. */
  private readonly lines: number[] = [];
  /** Events the current agent has produced. */
  private seen = 0;

  /** A new agent (a replay) starts from its first event. */
  beginRun(): void {
    this.seen = 0;
  }

  /** The current agent produced an event of `text`: true when it is to be printed (not printed before). */
  admit(text: string): boolean {
    this.seen++;
    if (this.seen <= this.lines.length) return false;
    this.lines.push(text.replace(/\n$/, '').split('\n').length);
    return true;
  }

  /** Lines printed that the current agent has not produced yet (output of the later moments). */
  get linesAhead(): number {
    let n = 0;
    for (let i = this.seen; i < this.lines.length; i++) n += this.lines[i];
    return n;
  }

  /** A new future: output printed past the current moment belongs to the old one and is forgotten. */
  fork(): void {
    this.lines.length = Math.min(this.lines.length, this.seen);
  }
}

/** The separator printed after going back when later output is already on the console. */
export function laterOutputText(lines: number, step: number): string {
  const what = lines === 1 ? 'the line above has' : `the ${lines} lines above have`;
  return `— later output: ${what} not happened yet at step ${step} —`;
}
