// A program that does not compile cannot be missed: a red squiggle where the error is, an
// entry in the Problems panel and an error notification naming file:line:col.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEBUG_TYPE, SYNTAX_ERROR_EVENT, type SyntaxErrorBody } from '../adapter/protocol';
import { squiggleSpan, syntaxErrorNotice } from './syntaxErrorText';

export class SyntaxErrorReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('Glassbox');
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
        if (e.session.type === DEBUG_TYPE && e.event === SYNTAX_ERROR_EVENT) void this.report(e.body as SyntaxErrorBody);
      }),
      // A new run or an edit makes the old report stale.
      vscode.debug.onDidStartDebugSession((s) => { if (s.type === DEBUG_TYPE) this.diagnostics.clear(); }),
      vscode.workspace.onDidChangeTextDocument((e) => this.diagnostics.delete(e.document.uri)),
    ];
  }

  private async report(body: SyntaxErrorBody): Promise<void> {
    const uri = vscode.Uri.file(body.path);
    let lineText = '';
    try {
      lineText = (await vscode.workspace.openTextDocument(uri)).lineAt(body.line - 1).text;
    } catch {
      // The file is gone or the line is past its end: the squiggle covers one character.
    }
    const span = squiggleSpan(lineText, body.column);
    const range = new vscode.Range(body.line - 1, span.start, body.line - 1, span.end);
    const diagnostic = new vscode.Diagnostic(range, body.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'Glassbox';
    this.diagnostics.set(uri, [diagnostic]);
    const open = 'Go to Error';
    const choice = await vscode.window.showErrorMessage(syntaxErrorNotice(path.basename(body.path), body), open);
    if (choice === open) await vscode.window.showTextDocument(uri, { selection: range });
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}
