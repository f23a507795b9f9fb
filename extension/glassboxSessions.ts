// Tracks the Glassbox debug sessions of the window: sets the `glassbox.active` context key
// (which shows the Event Loop view) and provides inline values only while one is running,
// so debugging JavaScript with another debugger stays as it was.
import * as vscode from 'vscode';
import { DEBUG_TYPE } from './debugConfig';
import { GlassboxInlineValues } from './inlineValues/provider';

export const ACTIVE_CONTEXT_KEY = 'glassbox.active';

export class GlassboxSessions implements vscode.Disposable {
  private readonly live = new Set<string>();
  private inlineValues: vscode.Disposable | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.debug.onDidStartDebugSession((s) => this.changed(s, true)),
      vscode.debug.onDidTerminateDebugSession((s) => this.changed(s, false)),
    ];
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, false);
  }

  private changed(session: vscode.DebugSession, started: boolean): void {
    if (session.type !== DEBUG_TYPE) return;
    if (started) this.live.add(session.id);
    else this.live.delete(session.id);
    const active = this.live.size > 0;
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, active);
    if (active && !this.inlineValues) {
      this.inlineValues = vscode.languages.registerInlineValuesProvider({ language: 'javascript' }, new GlassboxInlineValues());
    } else if (!active && this.inlineValues) {
      this.inlineValues.dispose();
      this.inlineValues = undefined;
    }
  }

  dispose(): void {
    this.inlineValues?.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}
