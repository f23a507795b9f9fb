// When a runner's next slice runs: at once after pending I/O (where a pause request can
// arrive), or after a delay (real-time timers). One pending turn at a time.
export class NextTurn {
  private scheduled: { kind: 'immediate'; handle: NodeJS.Immediate } | { kind: 'timeout'; handle: NodeJS.Timeout } | undefined;

  constructor(private readonly run: () => void) {}

  /** The next turn: at once after pending I/O, or after `delayMs`; replaces a pending one. */
  schedule(delayMs?: number): void {
    this.cancel();
    const go = () => { this.scheduled = undefined; this.run(); };
    this.scheduled = delayMs === undefined
      ? { kind: 'immediate', handle: setImmediate(go) }
      : { kind: 'timeout', handle: setTimeout(go, delayMs) };
  }

  cancel(): void {
    const s = this.scheduled;
    this.scheduled = undefined;
    // Each kind with its own clear: clearImmediate on a Timeout corrupts Node's immediate queue.
    if (s?.kind === 'immediate') clearImmediate(s.handle);
    else if (s?.kind === 'timeout') clearTimeout(s.handle);
  }
}
