// An acorn plugin: a node works out its `loc` from its offsets when it is read, instead of
// acorn building a SourceLocation and two Positions for every node and token (locations:
// true). Parsing allocates far less, and the compiler reads loc only of code it compiles.
import * as acorn from 'acorn';

/** Where each line starts, by acorn's line breaks (\n, \r\n, \r, U+2028, U+2029). */
export class LineStarts {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    const lineBreak = /\r\n?|[\n\u2028\u2029]/g;
    for (let m = lineBreak.exec(source); m !== null; m = lineBreak.exec(source)) this.starts.push(m.index + m[0].length);
  }

  /** acorn's Position of `offset`: line from 1, column from 0. */
  position(offset: number): acorn.Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] };
  }
}

/** A node that knows its source's line starts (a plain field: walkers skip it, as it is no node). */
class LazyLocNode {
  type = '';
  end = 0;

  constructor(public start: number, readonly lines: LineStarts) {}

  get loc(): acorn.SourceLocation {
    return { start: this.lines.position(this.start), end: this.lines.position(this.end) };
  }
}

interface Internals {
  input: string;
  start: number;
}
type InternalsClass = new (options: acorn.Options, input: string, startPos?: number) => Internals;

export function lazyLocations(Base: typeof acorn.Parser): typeof acorn.Parser {
  const B = Base as unknown as InternalsClass;
  return class extends B {
    private readonly lines: LineStarts;

    constructor(options: acorn.Options, input: string, startPos?: number) {
      super({ ...options, locations: false }, input, startPos);
      this.lines = new LineStarts(input);
    }

    startNode(): LazyLocNode {
      return new LazyLocNode(this.start, this.lines);
    }

    startNodeAt(pos: number): LazyLocNode {
      return new LazyLocNode(pos, this.lines);
    }

    copyNode(node: LazyLocNode): LazyLocNode {
      return Object.assign(new LazyLocNode(node.start, this.lines), node);
    }
  } as unknown as typeof acorn.Parser;
}
