// Inline values while paused: asks VS Code to look up, in the stopped frame's scopes, each
// name the frame declares or uses up to the stop. The adapter's values say "TDZ" for
// bindings in the Temporal Dead Zone, so those show as such in the editor.
import * as vscode from 'vscode';
import { namesToShow, type NameSpot } from './namesToShow';

export class GlassboxInlineValues implements vscode.InlineValuesProvider {
  /** The last document parsed: VS Code asks once per visible range at every stop. */
  private cache: { uri: string; version: number; line: number; column: number; lastLine: number; spots: NameSpot[] } | undefined;

  provideInlineValues(document: vscode.TextDocument, viewport: vscode.Range, context: vscode.InlineValueContext): vscode.InlineValue[] {
    const start = context.stoppedLocation.start;
    const lastLine = context.stoppedLocation.end.line;
    return this.spots(document, start, lastLine)
      .filter((s) => s.line >= viewport.start.line && s.line <= viewport.end.line)
      .map((s) => new vscode.InlineValueVariableLookup(new vscode.Range(s.line, s.column, s.line, s.column + s.name.length), s.name, true));
  }

  private spots(document: vscode.TextDocument, start: vscode.Position, lastLine: number): NameSpot[] {
    const c = this.cache;
    const uri = document.uri.toString();
    if (c && c.uri === uri && c.version === document.version && c.line === start.line && c.column === start.character && c.lastLine === lastLine) return c.spots;
    const spots = namesToShow(document.getText(), { line: start.line, column: start.character }, lastLine);
    this.cache = { uri, version: document.version, line: start.line, column: start.character, lastLine, spots };
    return spots;
  }
}
