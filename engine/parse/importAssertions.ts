// An acorn plugin for Node 20's older form of import attributes: `import d from './d.json'
// assert { type: 'json' }` (V8 still parses it when no line break comes before `assert`; Node
// warns on stderr that it is deprecated). It is read as the `with` clause it stands for.
import * as acorn from 'acorn';

/** The parser internals this plugin reads or overrides (not in acorn's typings). */
interface Internals {
  input: string;
  type: acorn.TokenType;
  value: unknown;
  start: number;
  lastTokEnd: number;
  parseWithClause(): unknown[];
}
type InternalsClass = new (...args: never[]) => Internals;

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** acorn's Parser, taking `assert { ... }` after an import's or re-export's specifier as `with { ... }`. */
export function importAssertions(Base: typeof acorn.Parser): typeof acorn.Parser {
  const B = Base as unknown as InternalsClass;
  return class extends B {
    override parseWithClause(): unknown[] {
      const sameLine = !LINE_BREAK.test(this.input.slice(this.lastTokEnd, this.start));
      if (this.type === acorn.tokTypes.name && this.value === 'assert' && sameLine) this.type = acorn.tokTypes._with;
      return super.parseWithClause();
    }
  } as unknown as typeof acorn.Parser;
}
