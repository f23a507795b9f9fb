// The extension's entry point: registers the Glassbox debugger (its engine in a process of
// its own, F5 without launch.json), the "Debug with Glassbox" command, the Event Loop view,
// inline values, the notice when an engine dies, syntax errors as Problems, the pipeline
// views (Show Tokens, Show AST, Show Bytecode), the hotness CodeLens over functions and the
// Memory view (the heap diagram).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { IsolatedAdapterFactory } from './adapterFactory';
import { dynamicConfigurations, GlassboxConfigurationProvider } from './configProvider';
import { DEBUG_TYPE } from '../adapter/protocol';
import { debugFile } from './debugFileCommand';
import { notifyEngineFailures } from './engineFailures';
import { GlassboxSessions } from './glassboxSessions';
import { HotnessLenses } from './hotness/hotnessLenses';
import { DEBUG_FILE_COMMAND, EVENT_LOOP_VIEW, MEDIA_FOLDER } from './ids';
import { LoopFeed } from './loopView/loopFeed';
import { COLLECT_GARBAGE_COMMAND, MEMORY_VIEW, REVEAL_BOX_COMMAND, WHY_ALIVE_COMMAND } from './memoryView/ids';
import { MemoryFeed } from './memoryView/memoryFeed';
import { MemoryViewProvider } from './memoryView/viewProvider';
import { registerPipelineViews } from './pipeline/pipelineCommands';
import { EventLoopViewProvider } from './loopView/viewProvider';
import { revealSource } from './reveal';
import { SyntaxErrorReporter } from './syntaxErrors';

export function activate(context: vscode.ExtensionContext): void {
  const view = new EventLoopViewProvider(vscode.Uri.joinPath(context.extensionUri, ...MEDIA_FOLDER), (t) => void revealSource(t));
  const memoryView = new MemoryViewProvider(context.extensionUri);
  const memoryFeed = new MemoryFeed(memoryView);
  context.subscriptions.push(
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new IsolatedAdapterFactory()),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new GlassboxConfigurationProvider()),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, dynamicConfigurations, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.commands.registerCommand(DEBUG_FILE_COMMAND, debugFile),
    vscode.window.registerWebviewViewProvider(EVENT_LOOP_VIEW, view),
    new LoopFeed(view),
    // Kept alive while hidden: the layout library stays compiled and warm between stops.
    vscode.window.registerWebviewViewProvider(MEMORY_VIEW, memoryView, { webviewOptions: { retainContextWhenHidden: true } }),
    memoryFeed,
    vscode.commands.registerCommand(COLLECT_GARBAGE_COMMAND, () => memoryFeed.collectGarbage()),
    vscode.commands.registerCommand(WHY_ALIVE_COMMAND, (c?: { heapId?: unknown }) => { if (typeof c?.heapId === 'number') memoryView.select(c.heapId); }),
    vscode.commands.registerCommand(REVEAL_BOX_COMMAND, (c?: { heapId?: unknown }) => { if (typeof c?.heapId === 'number') void memoryFeed.reveal(c.heapId); }),
    new GlassboxSessions(),
    notifyEngineFailures(),
    new SyntaxErrorReporter(),
    // The engine parses and compiles in a process of its own: this bundle carries none of it.
    ...registerPipelineViews(path.join(__dirname, 'pipelineHost.js')),
    new HotnessLenses(),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
