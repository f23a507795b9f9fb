// Show Tokens, Show AST and Show Bytecode: the commands, their views, and the file and
// cursor each command is for.
import * as vscode from 'vscode';
import type { PipelineStage } from '../../engine/pipeline/stages';
import type { Place } from './astModel';
import { PIPELINE_SCHEME, REVEAL_AST_NODE_COMMAND, SHOW_AST_COMMAND, SHOW_BYTECODE_COMMAND, SHOW_TOKENS_COMMAND } from './ids';
import { liveCursor, PipelineViews } from './pipelineViews';

/** Registers the three commands and their views; `hostScript` is dist/pipelineHost.js. */
export function registerPipelineViews(hostScript: string): vscode.Disposable[] {
  const views = new PipelineViews(hostScript);
  const show = async (stage: PipelineStage, resource: unknown): Promise<void> => {
    const source = await sourceFor(resource);
    if (source === undefined) void vscode.window.showErrorMessage('Open a JavaScript file to see its tokens, syntax tree or bytecode.');
    else await views.show(stage, source.document, source.cursor);
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(PIPELINE_SCHEME, views.documents),
    views,
    vscode.commands.registerCommand(SHOW_TOKENS_COMMAND, (resource?: unknown) => show('tokens', resource)),
    vscode.commands.registerCommand(SHOW_AST_COMMAND, (resource?: unknown) => show('ast', resource)),
    vscode.commands.registerCommand(SHOW_BYTECODE_COMMAND, (resource?: unknown) => show('bytecode', resource)),
    vscode.commands.registerCommand(REVEAL_AST_NODE_COMMAND, (id: number) => views.astView.revealNode(id)),
  ];
}

/** The file a menu gave (`resource`) or else the active editor's, with the cursor when its editor is active. */
async function sourceFor(resource: unknown): Promise<{ document: vscode.TextDocument; cursor: Place | undefined } | undefined> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (uri === undefined || uri.scheme === PIPELINE_SCHEME) return undefined;
  const document = await vscode.workspace.openTextDocument(uri);
  return { document, cursor: liveCursor(document) };
}
