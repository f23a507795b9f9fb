// Inline values while paused: for each name the stopped function declares or uses up to
// the stop, `name = value` from the frame's scope chain as the adapter shows it, so TDZ
// bindings read "<uninitialized (TDZ)>". Falls back to VS Code's own lookup if asking fails.
import * as vscode from 'vscode';
import { DEBUG_TYPE } from '../../adapter/protocol';
import { namesToShow, type NameSpot } from './namesToShow';
import { inlineTexts, stopHint, valueTable, type ScopeVariables } from './valueTable';

interface DapScope { variablesReference: number }

export class GlassboxInlineValues implements vscode.InlineValuesProvider {
  /** `stopText` gives the active session's last stop description (see GlassboxSessions). */
  constructor(private readonly stopText: (sessionId: string) => string | undefined = () => undefined) {}

  /** The last document parsed: VS Code asks once per visible range at every stop. */
  private parsed: { key: string; spots: NameSpot[] } | undefined;
  /** Values per frame for the current stop; emptied whenever the program moves. */
  private values = new Map<string, Promise<Map<string, string>>>();

  /** Forgets the values read at the last stop (the tracker calls this on stops and resumes). */
  invalidate(): void {
    this.values.clear();
  }

  async provideInlineValues(document: vscode.TextDocument, viewport: vscode.Range, context: vscode.InlineValueContext): Promise<vscode.InlineValue[]> {
    const spots = this.spots(document, context.stoppedLocation).filter((s) => s.line >= viewport.start.line && s.line <= viewport.end.line);
    const session = vscode.debug.activeDebugSession;
    const table = session?.type === DEBUG_TYPE ? await this.table(session, context.frameId).catch(() => undefined) : undefined;
    if (!table) {
      return spots.map((s) => new vscode.InlineValueVariableLookup(range(s), s.name, true));
    }
    const values = inlineTexts(spots, table).map((t) => new vscode.InlineValueText(range(t), t.text));
    const hint = stopHint(session && this.stopText(session.id));
    const line = context.stoppedLocation.start.line;
    if (!hint || line < viewport.start.line || line > viewport.end.line) return values;
    const end = document.lineAt(line).range.end.character;
    return [...values, new vscode.InlineValueText(new vscode.Range(line, end, line, end), hint)];
  }

  private spots(document: vscode.TextDocument, stop: vscode.Range): NameSpot[] {
    const key = `${document.uri.toString()}#${document.version}@${stop.start.line}:${stop.start.character}-${stop.end.line}`;
    if (this.parsed?.key === key) return this.parsed.spots;
    const spots = namesToShow(document.getText(), { line: stop.start.line, column: stop.start.character }, stop.end.line);
    this.parsed = { key, spots };
    return spots;
  }

  private table(session: vscode.DebugSession, frameId: number): Promise<Map<string, string>> {
    const key = `${session.id}/${frameId}`;
    let table = this.values.get(key);
    if (!table) {
      table = readScopes(session, frameId).then(valueTable);
      this.values.set(key, table);
      table.catch(() => this.values.delete(key));
    }
    return table;
  }
}

/** Every scope of the frame, inner to outer, with its variables (the Global scope too). */
async function readScopes(session: vscode.DebugSession, frameId: number): Promise<ScopeVariables[]> {
  const { scopes } = (await session.customRequest('scopes', { frameId })) as { scopes: DapScope[] };
  return Promise.all(scopes.map(async (s) => (await session.customRequest('variables', { variablesReference: s.variablesReference })) as ScopeVariables));
}

function range(s: NameSpot): vscode.Range {
  return new vscode.Range(s.line, s.column, s.line, s.column + s.name.length);
}
