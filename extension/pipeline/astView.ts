// The AST view in the Explorer: the syntax tree of the file Show AST ran on, collapsible;
// a click on a node selects its source range in the editor.
import * as vscode from 'vscode';
import type { AstNode } from '../../engine/pipeline/ast';
import { AstModel, type Place } from './astModel';
import { AST_VIEW, REVEAL_AST_NODE_COMMAND } from './ids';

/** The tree's elements are the nodes themselves: VS Code takes a falsy element (node 0) for the root. */
export class AstView implements vscode.TreeDataProvider<AstNode>, vscode.Disposable {
  private model: AstModel | undefined;
  private readonly changes = new vscode.EventEmitter<AstNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  private readonly view = vscode.window.createTreeView(AST_VIEW, { treeDataProvider: this, showCollapseAll: true });

  getChildren(node?: AstNode): AstNode[] {
    const model = this.model;
    return model?.children(node?.id).map((id) => model.nodes[id]) ?? [];
  }

  getParent(node: AstNode): AstNode | undefined {
    const id = this.model?.parent(node.id);
    return id === undefined ? undefined : this.model!.nodes[id];
  }

  getTreeItem(node: AstNode): vscode.TreeItem {
    const model = this.model!;
    const id = node.id;
    const state = model.children(id).length === 0 ? vscode.TreeItemCollapsibleState.None
      : id === 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(model.label(id), state);
    item.id = model.path(id);
    item.description = model.where(id);
    item.tooltip = `${model.label(id)} (${model.fileLabel}:${model.where(id)})`;
    item.command = { command: REVEAL_AST_NODE_COMMAND, title: 'Select in Editor', arguments: [id] };
    return item;
  }

  /** Draws `model`'s tree; nodes keep their ids (field paths), so what was expanded stays so. */
  update(model: AstModel): void {
    this.model = model;
    this.view.description = model.fileLabel;
    this.changes.fire(undefined);
  }

  /** Brings the view forward, revealing and selecting the innermost node at `cursor`. */
  async reveal(cursor: Place | undefined): Promise<void> {
    const model = this.model;
    if (model === undefined) return;
    // A hidden or folded view has fetched no items yet, and reveal needs them: show it first.
    await vscode.commands.executeCommand(`${AST_VIEW}.focus`);
    await this.view.reveal(model.nodes[cursor ? model.nodeAt(cursor) : 0], { select: true, focus: true, expand: true });
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
