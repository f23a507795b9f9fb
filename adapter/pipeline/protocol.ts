// The messages between the extension and its pipeline process (pipelineHost.ts): one
// request, one answer, over Node's IPC channel. Types only, so the extension's bundle
// stays free of the engine.
import type { AstNode } from '../../engine/pipeline/ast';
import type { PipelineStage } from '../../engine/pipeline/stages';

export interface PipelineRequest {
  stage: PipelineStage;
  /** The editor's text, saved or not. */
  source: string;
  /** The file's path, for syntax errors. */
  fileName: string;
  /** The cursor, lines and columns from 1: the Bytecode view shows the function around it. */
  cursor?: { line: number; column: number };
}

export type PipelineAnswer =
  /** Tokens and bytecode: the text to show. */
  | { kind: 'text'; text: string }
  | { kind: 'tree'; nodes: AstNode[] }
  /** The engine's syntax error, with its place (line and column from 1). */
  | { kind: 'syntaxError'; name: string; message: string; line: number; column: number }
  /** Anything else that went wrong: a Glassbox bug, said in words. */
  | { kind: 'failed'; message: string };
