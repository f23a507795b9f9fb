// The Memory webview view: sends MemoryModels to the page's script (which lays them out and
// draws them) and turns its messages into calls: a box clicked (reveal it in Variables).
// Holds no debug logic.
import * as vscode from 'vscode';
import { MEMORY_SCRIPT, MEMORY_STYLE } from './ids';
import { emptyMemoryModel, type MemoryModel } from './model';
import { setWebviewPage } from '../webviewPage';

export class MemoryViewProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private model: MemoryModel = emptyMemoryModel();
  /** Called when the user clicks a box: its heapGraph id. */
  onReveal: ((id: number) => void) | undefined;

  constructor(private readonly extensionRoot: vscode.Uri) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    const script = vscode.Uri.joinPath(this.extensionRoot, ...MEMORY_SCRIPT);
    const style = vscode.Uri.joinPath(this.extensionRoot, ...MEMORY_STYLE);
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(script, '..'), vscode.Uri.joinPath(style, '..')] };
    // The Event Loop view's page (strict CSP, nonce): an empty root the script draws into.
    setWebviewPage(webview, style, script, '', 'Memory');
    webview.onDidReceiveMessage((message: unknown) => this.received(message));
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
  }

  /** Shows `model` now if the view is open, and whenever it opens later. */
  show(model: MemoryModel): void {
    this.model = model;
    this.post();
  }

  /** Selects a box: the view shows why it is alive. */
  select(id: number): void {
    if (this.view) void this.view.webview.postMessage({ type: 'select', id });
  }

  get current(): MemoryModel {
    return this.model;
  }

  private post(): void {
    if (this.view) void this.view.webview.postMessage({ type: 'render', model: this.model });
  }

  private received(message: unknown): void {
    const m = message as { type?: unknown; id?: unknown } | null;
    if (m?.type === 'ready') this.post();
    if (m?.type === 'reveal' && typeof m.id === 'number' && this.model.boxes.some((b) => b.id === m.id)) this.onReveal?.(m.id);
  }
}
