// The collector's debug mode (AgentOptions.gcPoison): a swept cell is made unusable, so any
// later touch by the engine throws a host TypeError, which the tests report as an engine bug.

/** Nulls every field of each cell and cuts it from its host class: no method, no slot is left. */
export function poisonCells(cells: readonly object[]): void {
  for (const c of cells) {
    const fields = c as Record<string, unknown>;
    for (const key of Object.keys(c)) fields[key] = null;
    Object.setPrototypeOf(c, null);
  }
}
