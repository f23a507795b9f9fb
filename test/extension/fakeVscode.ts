// A stand-in for the `vscode` module, just big enough to activate the extension in mocha
// and drive it: records what the extension registers, shows and sets, and lets a test fire
// the debug events VS Code would. Not a VS Code emulation: only what extension/ touches.

type Listener<T> = (e: T) => void;

export class Emitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => { this.listeners = this.listeners.filter((l) => l !== listener); } };
  };
  fire(e: T): void {
    this.listeners.slice().forEach((l) => l(e));
  }
  dispose(): void {
    this.listeners = [];
  }
}

/** vscode's name for an event source. */
export { Emitter as EventEmitter };

export class Uri {
  private constructor(readonly scheme: string, readonly fsPath: string) {}
  static file(p: string): Uri { return new Uri('file', p); }
  static joinPath(base: Uri, ...parts: string[]): Uri { return new Uri(base.scheme, [base.fsPath, ...parts].join('/')); }
  get path(): string { return this.fsPath; }
  toString(): string { return `${this.scheme}://${this.fsPath}`; }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export enum DiagnosticSeverity { Error = 0 }

export class Diagnostic {
  source?: string;
  constructor(readonly range: Range, readonly message: string, readonly severity: DiagnosticSeverity) {}
}

export class InlineValueVariableLookup {
  constructor(readonly range: Range, readonly variableName?: string, readonly caseSensitiveLookup = true) {}
}

export class InlineValueText {
  constructor(readonly range: Range, readonly text: string) {}
}

export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string }) {}
}

export class DebugAdapterInlineImplementation {
  constructor(readonly implementation: unknown) {}
}

export enum DebugConfigurationProviderTriggerKind { Initial = 1, Dynamic = 2 }

export enum ViewColumn { One = 1, Beside = -2 }

export enum TreeItemCollapsibleState { None = 0, Collapsed = 1, Expanded = 2 }

export class TreeItem {
  description?: string;
  tooltip?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(readonly label: string, readonly collapsibleState: TreeItemCollapsibleState) {}
}

const disposable = () => ({ dispose: () => undefined });

/** What the extension did, for the test to check. */
export const fake = {
  registered: [] as { kind: string; id: string; value: unknown; disposed: boolean }[],
  contextKeys: new Map<string, unknown>(),
  errors: [] as string[],
  shown: [] as { path: string; line: number; character: number }[],
  activeTextEditor: undefined as undefined | { document: { languageId: string; isUntitled: boolean; uri: Uri } },
  activeDebugSession: undefined as unknown,
  customEvents: new Emitter<unknown>(),
  activeSessionChanges: new Emitter<unknown>(),
  /** The Call Stack's selected frame or thread, and its changes. */
  activeStackItem: undefined as unknown,
  stackItemChanges: new Emitter<unknown>(),
  sessionStarts: new Emitter<{ type: string; id: string }>(),
  sessionEnds: new Emitter<{ type: string; id: string }>(),
  documentChanges: new Emitter<{ document: { uri: Uri } }>(),
  /** Diagnostics by file path, as the extension's collection holds them. */
  diagnostics: new Map<string, Diagnostic[]>(),
  /** Settings of the `glassbox` section by key. */
  settings: new Map<string, unknown>(),
  /** The latest registration of `kind` for `id`. */
  get(kind: string, id: string): unknown {
    return this.all(kind, id).pop();
  },
  /** Every live registration of `kind` for `id`, oldest first. */
  all(kind: string, id: string): unknown[] {
    return this.registered.filter((r) => r.kind === kind && r.id === id && !r.disposed).map((r) => r.value);
  },
};

function register(kind: string, id: string, value: unknown) {
  const entry = { kind, id, value, disposed: false };
  fake.registered.push(entry);
  return { dispose: () => { entry.disposed = true; } };
}

export const debug = {
  registerDebugAdapterDescriptorFactory: (type: string, f: unknown) => register('adapterFactory', type, f),
  registerDebugConfigurationProvider: (type: string, p: unknown, trigger = DebugConfigurationProviderTriggerKind.Initial) =>
    register(trigger === DebugConfigurationProviderTriggerKind.Dynamic ? 'dynamicConfigs' : 'configs', type, p),
  registerDebugAdapterTrackerFactory: (type: string, f: unknown) => register('trackerFactory', type, f),
  onDidReceiveDebugSessionCustomEvent: fake.customEvents.event,
  onDidChangeActiveDebugSession: fake.activeSessionChanges.event,
  onDidStartDebugSession: fake.sessionStarts.event,
  onDidTerminateDebugSession: fake.sessionEnds.event,
  get activeDebugSession() { return fake.activeDebugSession; },
  onDidChangeActiveStackItem: fake.stackItemChanges.event,
  get activeStackItem() { return fake.activeStackItem; },
  startDebugging: async () => true,
};

export const commands = {
  registerCommand: (id: string, f: unknown) => register('command', id, f),
  executeCommand: async (id: string, key: string, value: unknown) => {
    if (id === 'setContext') fake.contextKeys.set(key, value);
  },
};

export const languages = {
  createDiagnosticCollection: () => ({
    set: (uri: Uri, list: Diagnostic[]) => fake.diagnostics.set(uri.fsPath, list),
    delete: (uri: Uri) => fake.diagnostics.delete(uri.fsPath),
    clear: () => fake.diagnostics.clear(),
    dispose: () => fake.diagnostics.clear(),
  }),
  registerInlineValuesProvider: (selector: { language: string }, p: unknown) => register('inlineValues', selector.language, p),
  registerCodeLensProvider: (selector: { language: string }, p: unknown) => register('codeLens', selector.language, p),
};

export const window = {
  get activeTextEditor() { return fake.activeTextEditor; },
  visibleTextEditors: [] as unknown[],
  registerWebviewViewProvider: (id: string, p: unknown) => register('webviewView', id, p),
  createTreeView: (id: string, options: unknown) => ({ ...register('treeView', id, options), description: '', reveal: async () => undefined }),
  showErrorMessage: async (message: string) => { fake.errors.push(message); return undefined; },
  showTextDocument: async (document: { uri: Uri }, options: { selection: Range }) => {
    fake.shown.push({ path: document.uri.fsPath, line: options.selection.start.line, character: options.selection.start.character });
  },
};

export const workspace = {
  textDocuments: [] as unknown[],
  getWorkspaceFolder: () => undefined,
  registerTextDocumentContentProvider: (scheme: string, p: unknown) => register('contentProvider', scheme, p),
  openTextDocument: async (uri: Uri) => ({ uri }),
  onDidChangeTextDocument: fake.documentChanges.event,
  getConfiguration: () => ({ get: <T>(key: string, fallback: T): T => (fake.settings.get(key) as T | undefined) ?? fallback }),
};

export { disposable };
