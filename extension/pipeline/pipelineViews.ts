// What the pipeline views show and keep showing: Show draws a stage of a file, and while
// its view is open every edit of the file (after a pause in typing) draws it again.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PipelineAnswer } from '../../adapter/pipeline/protocol';
import type { PipelineStage } from '../../engine/pipeline/stages';
import { AstModel, type Place } from './astModel';
import { AstView } from './astView';
import { AST_VIEW_CONTEXT_KEY } from './ids';
import { askPipeline } from './pipelineClient';
import { PipelineDocuments } from './pipelineDocuments';

/** Typing pauses this long before the views redraw. */
const REDRAW_DELAY_MS = 400;

export class PipelineViews implements vscode.Disposable {
  readonly documents = new PipelineDocuments();
  readonly astView = new AstView();
  /** By source URI: the stages on screen, each with the cursor Show was given. */
  private readonly shown = new Map<string, Map<PipelineStage, Place | undefined>>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly edits = vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document));

  constructor(private readonly hostScript: string) {}

  /** Draws `stage` of `document` and brings its view forward; a syntax error is a notification. */
  async show(stage: PipelineStage, document: vscode.TextDocument, cursor: Place | undefined): Promise<void> {
    const key = document.uri.toString();
    // The AST view shows one file: the one Show AST ran on last.
    if (stage === 'ast') for (const stages of this.shown.values()) stages.delete('ast');
    this.shown.set(key, (this.shown.get(key) ?? new Map()).set(stage, cursor));
    const answer = await this.draw(stage, document, cursor);
    if (answer.kind === 'tree') {
      await vscode.commands.executeCommand('setContext', AST_VIEW_CONTEXT_KEY, true);
      await this.astView.reveal(cursor);
    } else if (answer.kind === 'text') await this.documents.show(this.documents.uriFor(document.uri, stage));
    else void vscode.window.showErrorMessage(failureText(answer, path.basename(document.fileName)));
  }

  /** Asks the pipeline process and updates the stage's view; a failed answer leaves the view as it was. */
  private async draw(stage: PipelineStage, document: vscode.TextDocument, cursor: Place | undefined): Promise<PipelineAnswer> {
    const answer = await askPipeline(this.hostScript, { stage, source: document.getText(), fileName: document.fileName, cursor });
    if (answer.kind === 'tree') this.astView.update(new AstModel(answer.nodes, document.uri.toString(), path.basename(document.fileName)));
    if (answer.kind === 'text') this.documents.update(this.documents.uriFor(document.uri, stage), answer.text);
    return answer;
  }

  /** An edit of a file on screen: its views redraw after a pause, those still open. */
  private edited(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const stages = this.shown.get(key);
    if (stages === undefined) return;
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      for (const [stage, cursor] of stages) {
        if (stage !== 'ast' && !this.documents.isOpen(this.documents.uriFor(document.uri, stage))) stages.delete(stage);
        else void this.draw(stage, document, liveCursor(document) ?? cursor);
      }
    }, REDRAW_DELAY_MS));
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.edits.dispose();
    this.documents.dispose();
    this.astView.dispose();
  }
}

/** The cursor in `document` when its editor is the active one. */
export function liveCursor(document: vscode.TextDocument): Place | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.uri.toString() !== document.uri.toString()) return undefined;
  const at = editor.selection.active;
  return { line: at.line + 1, column: at.character + 1 };
}

function failureText(answer: Exclude<PipelineAnswer, { kind: 'text' | 'tree' }>, fileLabel: string): string {
  if (answer.kind === 'syntaxError') return `${answer.name}: ${answer.message} (${fileLabel}:${answer.line}:${answer.column})`;
  return `Glassbox could not read ${fileLabel}: ${answer.message}`;
}
