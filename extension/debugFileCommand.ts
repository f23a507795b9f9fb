// "Debug with Glassbox": starts a session on a file, from the editor title, the explorer's
// context menu or the command palette, whatever launch.json says.
import * as vscode from 'vscode';
import { fileConfig } from './debugConfig';

/** Debugs `resource` (given by a menu) or else the active editor's file. */
export async function debugFile(resource?: vscode.Uri): Promise<boolean> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showErrorMessage('Open a JavaScript file to debug it with Glassbox.');
    return false;
  }
  if (uri.scheme !== 'file') {
    void vscode.window.showErrorMessage('Save the file first: Glassbox runs the program from disk.');
    return false;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) await open.save();
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const config = { ...fileConfig(uri.fsPath), ...(folder ? { cwd: folder.uri.fsPath } : {}) };
  return vscode.debug.startDebugging(folder, config);
}
