// Tells the user, in a notification, when a session's engine process died (out of memory,
// a crash): the Debug Console has the same sentence, but the session is gone by then.
import * as vscode from 'vscode';
import { ENGINE_FAILED_EVENT } from './adapterFactory';
import { DEBUG_TYPE } from './debugConfig';

export function notifyEngineFailures(): vscode.Disposable {
  return vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
    if (e.session.type !== DEBUG_TYPE || e.event !== ENGINE_FAILED_EVENT) return;
    const message = (e.body as { summary?: unknown } | undefined)?.summary;
    void vscode.window.showErrorMessage(typeof message === 'string' ? message : "Glassbox's engine stopped unexpectedly.");
  });
}
