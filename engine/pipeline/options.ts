// What every pipeline view is asked with: the file's name (for syntax errors) and how the
// program is read, the same two ways `glassbox run` reads it.
import type { ParseOptions } from '../parse/parse';

export interface PipelineOptions {
  fileName: string;
  /** Read as a Script (`glassbox run --script`) instead of as Node's CommonJS file. */
  script?: boolean;
}

/** The parser options `glassbox run` uses for the same program. */
export function parseOptionsFor(opts: PipelineOptions): ParseOptions {
  return { fileName: opts.fileName, commonjs: !opts.script };
}
