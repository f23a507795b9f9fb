// Tracks the Glassbox debug sessions of the window: sets the context keys (the Event Loop
// view shows from the first session on) and provides inline values only while one is running,
// so debugging JavaScript with another debugger stays as it was.
import * as vscode from 'vscode';
import { DEBUG_TYPE } from '../adapter/protocol';
import { ACTIVE_CONTEXT_KEY, LOOP_VIEW_CONTEXT_KEY } from './ids';
import { GlassboxInlineValues } from './inlineValues/provider';

export class GlassboxSessions implements vscode.Disposable {
  private readonly live = new Set<string>();
  /** Each session's last stop description, for the hint at the stopped line. */
  private readonly stopTexts = new Map<string, string>();
  private readonly inlineValues = new GlassboxInlineValues((id) => this.stopTexts.get(id));
  private inlineRegistration: vscode.Disposable | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.debug.onDidStartDebugSession((s) => this.changed(s, true)),
      vscode.debug.onDidTerminateDebugSession((s) => this.changed(s, false)),
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.tracker(s) }),
    ];
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, false);
  }

  private changed(session: vscode.DebugSession, started: boolean): void {
    if (session.type !== DEBUG_TYPE) return;
    if (started) this.live.add(session.id);
    if (started) void vscode.commands.executeCommand('setContext', LOOP_VIEW_CONTEXT_KEY, true);
    else this.live.delete(session.id);
    if (!started) this.inlineValues.invalidate();
    if (!started) this.stopTexts.delete(session.id);
    const active = this.live.size > 0;
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, active);
    if (active && !this.inlineRegistration) {
      this.inlineRegistration = vscode.languages.registerInlineValuesProvider({ language: 'javascript' }, this.inlineValues);
    } else if (!active && this.inlineRegistration) {
      this.inlineRegistration.dispose();
      this.inlineRegistration = undefined;
    }
  }

  /** Values read at one stop are stale once the program moves: the tracker sees every stop first. */
  private tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    const invalidate = () => this.inlineValues.invalidate();
    return {
      onDidSendMessage: (m: { type?: string; event?: string; body?: { description?: unknown } }) => {
        if (m.type === 'event' && m.event === 'stopped' && typeof m.body?.description === 'string') this.stopTexts.set(session.id, m.body.description);
        if (m.type === 'event' && (m.event === 'stopped' || m.event === 'continued' || m.event === 'invalidated')) invalidate();
      },
      onWillReceiveMessage: (m: { type?: string; command?: string }) => {
        if (m.type === 'request' && (m.command === 'setVariable' || m.command === 'setExpression')) invalidate();
      },
    };
  }

  dispose(): void {
    this.inlineRegistration?.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}
