// Puts the views' strict-CSP page (loopView/page.ts) into a webview, under a fresh nonce.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { renderPage } from './loopView/page';

/** Sets `webview`'s page: its stylesheet and script (extension files), the body shown before the script runs, and the title. */
export function setWebviewPage(webview: vscode.Webview, style: vscode.Uri, script: vscode.Uri, body: string, title?: string): void {
  webview.html = renderPage({
    cspSource: webview.cspSource,
    nonce: randomBytes(16).toString('base64'),
    styleUri: webview.asWebviewUri(style).toString(),
    scriptUri: webview.asWebviewUri(script).toString(),
    body,
    title,
  });
}
