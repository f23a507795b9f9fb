// The Tokens and Bytecode views: read-only virtual documents beside the editor, one per
// source file and stage (`hoisting.js (tokens)`), whose text the pipeline process computed.
import * as vscode from 'vscode';
import type { PipelineStage } from '../../engine/pipeline/stages';
import { PIPELINE_SCHEME } from './ids';

export class PipelineDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** `glassbox-pipeline:/hoisting.js (tokens)?<the source's URI>`: the tab reads `hoisting.js (tokens)`. */
  uriFor(source: vscode.Uri, stage: PipelineStage): vscode.Uri {
    const name = source.path.slice(source.path.lastIndexOf('/') + 1);
    return vscode.Uri.from({ scheme: PIPELINE_SCHEME, path: `/${name} (${stage})`, query: source.toString() });
  }

  /** Sets the text of `uri`; an open document redraws. */
  update(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changes.fire(uri);
  }

  /** Opens `uri` beside the active editor, keeping the focus there. */
  async show(uri: vscode.Uri): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  }

  /** Whether VS Code still holds `uri` open (a closed view is not redrawn). */
  isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
    if (!open) this.texts.delete(key);
    return open;
  }

  dispose(): void {
    this.changes.dispose();
  }
}
