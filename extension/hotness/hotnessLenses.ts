// CodeLens over each function of the program being debugged: how often it was called, its
// loop iterations and its tier. Asked from the adapter (`hotness` request) at every stop,
// through a tracker that sees the stopped events; cleared when the session ends.
import * as vscode from 'vscode';
import { DEBUG_TYPE, HOTNESS_REQUEST, type HotnessBody } from '../../adapter/protocol';
import { lensText } from './lensText';

export class HotnessLenses implements vscode.CodeLensProvider, vscode.Disposable {
  /** The last answer of the session on show. */
  private latest: { sessionId: string; body: HotnessBody } | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.languages.registerCodeLensProvider({ language: 'javascript' }, this),
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, {
        createDebugAdapterTracker: (session) => ({
          onDidSendMessage: (m: { type?: string; event?: string }) => {
            if (m.type === 'event' && m.event === 'stopped') void this.refresh(session);
          },
        }),
      }),
      vscode.debug.onDidTerminateDebugSession((s) => {
        if (s.id !== this.latest?.sessionId) return;
        this.latest = undefined;
        this.changed.fire();
      }),
      this.changed,
    ];
  }

  private async refresh(session: vscode.DebugSession): Promise<void> {
    const body = (await Promise.resolve(session.customRequest(HOTNESS_REQUEST)).catch(() => undefined)) as HotnessBody | undefined;
    if (!body) return;
    this.latest = { sessionId: session.id, body };
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const body = this.latest?.body;
    if (!body || body.path !== document.uri.fsPath) return [];
    return body.functions
      .filter((f) => f.name !== '(program)' && f.line <= document.lineCount)
      .map((f) => new vscode.CodeLens(new vscode.Range(f.line - 1, 0, f.line - 1, 0), { title: lensText(f), command: '' }));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
