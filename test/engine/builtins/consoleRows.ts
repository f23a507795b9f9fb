// Table-driven builtin tests: each row is a program and the console output Node prints
// for it (checked with node 20), run through the public engine API.
import assert from 'node:assert/strict';
import { createAgent } from '../../../engine';

export interface Row {
  /** A whole program, run as the file t.js. */
  src: string;
  /** Node's console output, lines joined with '\n'. */
  out: string;
}

/** One `it` per row, named after its source. */
export function describeRows(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.src, () => {
        const lines: string[] = [];
        const outcome = createAgent(row.src, { fileName: 't.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
        assert.equal(outcome.kind, 'completed', `the program did not complete: ${JSON.stringify(outcome)}\noutput so far:\n${lines.join('\n')}`);
        assert.equal(lines.join('\n'), row.out);
      });
    }
  });
}
