// Show Tokens, Show AST and Show Bytecode: the editor's text (saved or not) goes to the
// pipeline process, and its answer to a document beside the editor or to the AST view.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PipelineStage } from '../../engine/pipeline/stages';
import type { PipelineAnswer } from '../../adapter/pipeline/protocol';
import { AstModel, type Place } from './astModel';
import { AstView } from './astView';
import { AST_VIEW_CONTEXT_KEY, PIPELINE_SCHEME, REVEAL_AST_NODE_COMMAND, SHOW_AST_COMMAND, SHOW_BYTECODE_COMMAND, SHOW_TOKENS_COMMAND } from './ids';
import { askPipeline } from './pipelineClient';
import { PipelineDocuments } from './pipelineDocuments';

interface Source {
  document: vscode.TextDocument;
  /** The cursor when the file's editor is the active one. */
  cursor: Place | undefined;
}

/** Registers the three commands and their views; `hostScript` is dist/pipelineHost.js. */
export function registerPipelineViews(hostScript: string): vscode.Disposable[] {
  const documents = new PipelineDocuments();
  const astView = new AstView();
  const show = async (stage: PipelineStage, resource: unknown): Promise<void> => {
    const source = await sourceFor(resource);
    if (source === undefined) {
      void vscode.window.showErrorMessage('Open a JavaScript file to see its tokens, syntax tree or bytecode.');
      return;
    }
    const { document, cursor } = source;
    const answer = await askPipeline(hostScript, { stage, source: document.getText(), fileName: document.fileName, cursor });
    const fileLabel = path.basename(document.fileName);
    if (answer.kind === 'tree') {
      await vscode.commands.executeCommand('setContext', AST_VIEW_CONTEXT_KEY, true);
      await astView.show(new AstModel(answer.nodes, document.uri.toString(), fileLabel), cursor);
    } else if (answer.kind === 'text') await documents.show(document.uri, stage === 'tokens' ? 'tokens' : answer.functionName ? `bytecode of ${answer.functionName}` : 'bytecode', answer.text);
    else void vscode.window.showErrorMessage(failureText(answer, fileLabel));
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(PIPELINE_SCHEME, documents),
    documents,
    astView,
    vscode.commands.registerCommand(SHOW_TOKENS_COMMAND, (resource?: unknown) => show('tokens', resource)),
    vscode.commands.registerCommand(SHOW_AST_COMMAND, (resource?: unknown) => show('ast', resource)),
    vscode.commands.registerCommand(SHOW_BYTECODE_COMMAND, (resource?: unknown) => show('bytecode', resource)),
    vscode.commands.registerCommand(REVEAL_AST_NODE_COMMAND, (id: number) => astView.revealNode(id)),
  ];
}

/** The file a menu gave (`resource`) or else the active editor's, with the cursor when its editor is active. */
async function sourceFor(resource: unknown): Promise<Source | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = resource instanceof vscode.Uri ? resource : editor?.document.uri;
  if (uri === undefined || uri.scheme === PIPELINE_SCHEME) return undefined;
  if (editor !== undefined && editor.document.uri.toString() === uri.toString()) {
    const at = editor.selection.active;
    return { document: editor.document, cursor: { line: at.line + 1, column: at.character + 1 } };
  }
  return { document: await vscode.workspace.openTextDocument(uri), cursor: undefined };
}

function failureText(answer: Exclude<PipelineAnswer, { kind: 'text' | 'tree' }>, fileLabel: string): string {
  if (answer.kind === 'syntaxError') return `${answer.name}: ${answer.message} (${fileLabel}:${answer.line}:${answer.column})`;
  return `Glassbox could not read ${fileLabel}: ${answer.message}`;
}
