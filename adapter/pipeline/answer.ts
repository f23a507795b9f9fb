// What the pipeline process answers: one stage of the editor's text, parsed and compiled by
// the engine, never run; a syntax error becomes an answer with its place.
import { ast, bytecode, bytecodeText, functionsAt, GlassboxSyntaxError, tokens, tokensText } from '../../engine';
import type { PipelineAnswer, PipelineRequest } from './protocol';

/** The answer to one request, whatever goes wrong: the caller always gets one. */
export function answer(request: PipelineRequest): PipelineAnswer {
  const opts = { fileName: request.fileName };
  try {
    switch (request.stage) {
      case 'tokens': return { kind: 'text', text: tokensText(tokens(request.source, opts)) };
      case 'ast': return { kind: 'tree', nodes: ast(request.source, opts) };
      case 'bytecode': {
        const all = bytecode(request.source, opts);
        const picked = request.cursor ? functionsAt(all, request.cursor.line, request.cursor.column) : all;
        return { kind: 'text', text: bytecodeText(picked) };
      }
    }
  } catch (err) {
    if (err instanceof GlassboxSyntaxError) return { kind: 'syntaxError', name: err.name, message: err.message, line: err.line, column: err.column };
    return { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}
