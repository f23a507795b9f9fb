// Opens a source line in an editor, for clicks in the Event Loop view.
import * as vscode from 'vscode';
import type { SourceTarget } from './loopView/model';

/** Shows `target` (1-based line and column), in the editor column that already shows the file if any. */
export async function revealSource(target: SourceTarget): Promise<void> {
  if (!target.path) return;
  const uri = vscode.Uri.file(target.path);
  const line = Math.max(0, target.line - 1);
  const column = Math.max(0, target.column - 1);
  const selection = new vscode.Range(line, column, line, column);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  try {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { selection, viewColumn: visible?.viewColumn, preview: true });
  } catch (err) {
    void vscode.window.showErrorMessage(`Cannot open ${target.path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
