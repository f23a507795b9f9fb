// The benchmark's clock: this process's CPU time (user + system) by default, so that other
// work on a shared machine does not count; wall time with --wall.

export type ClockKind = 'cpu' | 'wall';

let kind: ClockKind = 'cpu';

export function useClock(k: ClockKind): void {
  kind = k;
}

export function clockKind(): ClockKind {
  return kind;
}

/** CPU time this process has used so far, in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The current reading of the chosen clock, in ms. */
export function now(): number {
  return kind === 'cpu' ? cpuMs() : performance.now();
}
