// An acorn plugin: a node works out its `loc` from its offsets when it is read, instead of
// acorn building a SourceLocation and two Positions for every node and token (locations:
// true). Parsing allocates far less, and the compiler reads loc only of code it compiles.
import type * as acorn from 'acorn';
import { lineStarts } from './lineStarts';
import type { AcornPosition } from './position';

/** acorn's position of a source offset. */
type PositionOf = (offset: number) => AcornPosition;

/** A node that knows its source's line starts (a plain field: walkers skip it, as it is no node). */
class LazyLocNode {
  type = '';
  end = 0;

  constructor(public start: number, readonly positionOf: PositionOf) {}

  get loc(): acorn.SourceLocation {
    return { start: this.positionOf(this.start), end: this.positionOf(this.end) };
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
    private readonly positionOf: PositionOf;

    constructor(options: acorn.Options, input: string, startPos?: number) {
      super({ ...options, locations: false }, input, startPos);
      this.positionOf = lineStarts(input);
    }

    startNode(): LazyLocNode {
      return new LazyLocNode(this.start, this.positionOf);
    }

    startNodeAt(pos: number): LazyLocNode {
      return new LazyLocNode(pos, this.positionOf);
    }

    copyNode(node: LazyLocNode): LazyLocNode {
      return Object.assign(new LazyLocNode(node.start, this.positionOf), node);
    }
  } as unknown as typeof acorn.Parser;
}
