// acorn's line and column of a source offset, for tokens and nodes (lazyLocations.ts): they
// are placed from their offsets, which acorn gives whether or not it tracks locations itself.
import type { AcornPosition } from './position';

/** Where each line starts, by acorn's line breaks (\n, \r\n, \r, U+2028, U+2029); binary search per offset. */
export function lineStarts(source: string): (offset: number) => AcornPosition {
  const starts = [0];
  const lineBreak = /\r\n?|[\n\u2028\u2029]/g;
  for (let m = lineBreak.exec(source); m !== null; m = lineBreak.exec(source)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] };
  };
}
