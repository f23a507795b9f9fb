// The hook a scan replay installs on the controller: each stop a live evaluation would make
// (a conditional breakpoint, a data change) is reported with its moment and the run goes on.

/** While `Controller.recorder` is set, a 'breakpoint' or 'data' stop calls hit() instead of stopping. */
export interface ScanRecorder { hit(step: number, kind: 'breakpoint' | 'data', text?: string): void }

/** Keeps the last hit before `before` (the scan replays to it), for Reverse Continue. */
export class LastHit implements ScanRecorder {
  step = -1;
  kind: 'breakpoint' | 'data' | undefined;
  text: string | undefined;

  constructor(private readonly before: number) {}

  hit(step: number, kind: 'breakpoint' | 'data', text?: string): void {
    if (step >= this.before) return;
    this.step = step;
    this.kind = kind;
    this.text = text;
  }
}
