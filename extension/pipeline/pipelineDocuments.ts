// The Tokens and Bytecode views: read-only virtual documents beside the editor, one per
// source file and stage, whose text the last Show command computed.
import * as vscode from 'vscode';
import { PIPELINE_SCHEME } from './ids';

export class PipelineDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Shows `text` as `<file> (<what>)` beside `source`'s editor, keeping the focus there. */
  async show(source: vscode.Uri, what: string, text: string): Promise<void> {
    const name = source.path.slice(source.path.lastIndexOf('/') + 1);
    const uri = vscode.Uri.from({ scheme: PIPELINE_SCHEME, path: `/${name} (${what})`, query: source.toString() });
    this.texts.set(uri.toString(), text);
    this.changes.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  }

  dispose(): void {
    this.changes.dispose();
  }
}
