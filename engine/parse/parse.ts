// The acorn wrapper: source text to an ESTree Program with locations, and acorn's
// errors turned into Glassbox syntax errors with file:line:col.
import * as acorn from 'acorn';
import { GlassboxSyntaxError } from '../errors/internal';

// ESTree nodes are walked generically by the compiler; their fields are checked where used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = acorn.Node & { [key: string]: any };

export interface ParseOptions {
  fileName: string;
  /** Parse as the body of a function (Function constructor / eval). */
  allowReturnOutsideFunction?: boolean;
}

export function parseProgram(source: string, opts: ParseOptions): Node {
  try {
    return acorn.parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      locations: true,
      allowHashBang: true,
      allowReturnOutsideFunction: opts.allowReturnOutsideFunction ?? false,
    }) as Node;
  } catch (e) {
    const err = e as SyntaxError & { loc?: { line: number; column: number } };
    if (err instanceof SyntaxError && err.loc) {
      const message = err.message.replace(/ \(\d+:\d+\)$/, '');
      throw new GlassboxSyntaxError(message, opts.fileName, err.loc.line, err.loc.column + 1);
    }
    throw e;
  }
}
