// The AST view in the Explorer: the syntax tree of the file Show AST ran on, collapsible;
// a click on a node selects its source range in the editor.
import * as vscode from 'vscode';
import { AstModel, type Place } from './astModel';
import { AST_VIEW, REVEAL_AST_NODE_COMMAND } from './ids';

export class AstView implements vscode.TreeDataProvider<number>, vscode.Disposable {
  private model: AstModel | undefined;
  private readonly changes = new vscode.EventEmitter<number | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  private readonly view = vscode.window.createTreeView(AST_VIEW, { treeDataProvider: this, showCollapseAll: true });

  getChildren(id?: number): number[] {
    return this.model?.children(id) ?? [];
  }

  getParent(id: number): number | undefined {
    return this.model?.parent(id);
  }

  getTreeItem(id: number): vscode.TreeItem {
    const model = this.model!;
    const state = model.children(id).length === 0 ? vscode.TreeItemCollapsibleState.None
      : id === 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(model.label(id), state);
    item.description = model.where(id);
    item.tooltip = `${model.label(id)} (${model.fileLabel}:${model.where(id)})`;
    item.command = { command: REVEAL_AST_NODE_COMMAND, title: 'Select in Editor', arguments: [id] };
    return item;
  }

  /** Shows `model`'s tree, revealing and selecting the innermost node at `cursor`. */
  async show(model: AstModel, cursor: Place | undefined): Promise<void> {
    this.model = model;
    this.view.description = model.fileLabel;
    this.changes.fire(undefined);
    await this.view.reveal(cursor ? model.nodeAt(cursor) : 0, { select: true, focus: true, expand: true });
  }

  /** Selects node `id`'s source range in the editor showing its file, keeping the focus in the tree. */
  async revealNode(id: number): Promise<void> {
    const model = this.model;
    if (model === undefined) return;
    const r = model.nodes[id].range;
    const uri = vscode.Uri.parse(model.sourceUri);
    const selection = new vscode.Range(r.line - 1, r.column - 1, r.endLine - 1, r.endColumn - 1);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === model.sourceUri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { selection, viewColumn: visible?.viewColumn, preserveFocus: true, preview: true });
  }

  dispose(): void {
    this.view.dispose();
    this.changes.dispose();
  }
}
