// F5 twice without a question: after F5 ran Glassbox with no launch.json (VS Code may have
// asked which debugger to use), offer to write a small launch.json so the next F5 just runs.
import * as vscode from 'vscode';
import { launchJsonText } from './debugConfig';

export const WRITE_LAUNCH_JSON = 'Use Glassbox for F5 here';

/** Asks once per window and folder; writes `.vscode/launch.json` only if there is none. */
export class LaunchJsonOffer {
  private readonly asked = new Set<string>();

  async offer(folder: vscode.WorkspaceFolder | undefined): Promise<void> {
    const root = folder ?? vscode.workspace.workspaceFolders?.[0];
    if (!root || root.uri.scheme !== 'file' || this.asked.has(root.uri.toString())) return;
    this.asked.add(root.uri.toString());
    const file = vscode.Uri.joinPath(root.uri, '.vscode', 'launch.json');
    if (await exists(file)) return;
    const choice = await vscode.window.showInformationMessage(
      'F5 in this folder may ask which debugger to use, since VS Code\'s JavaScript debugger also runs .js files. Write a launch.json so F5 runs Glassbox?',
      WRITE_LAUNCH_JSON, 'Not now');
    if (choice !== WRITE_LAUNCH_JSON || (await exists(file))) return;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(launchJsonText()));
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
