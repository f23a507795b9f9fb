// Tells the user, in a notification, when a session's engine process died (out of memory,
// a crash): the Debug Console has the same sentence, but the session is gone by then.
import * as vscode from 'vscode';
import { DEBUG_TYPE, ENGINE_FAILED_EVENT, type EngineFailedBody } from '../adapter/protocol';

export function notifyEngineFailures(): vscode.Disposable {
  return vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
    if (e.session.type !== DEBUG_TYPE || e.event !== ENGINE_FAILED_EVENT) return;
    const message: unknown = (e.body as Partial<EngineFailedBody> | undefined)?.summary;
    void vscode.window.showErrorMessage(typeof message === 'string' ? message : "Glassbox's engine stopped unexpectedly.");
  });
}
