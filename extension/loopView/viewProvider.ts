// The Event Loop webview view: renders LoopModels (see render.ts) into the page and turns
// clicks on entries into "reveal this line" calls, "… N more" into onMore and a timeline
// mark into onGoto. Holds no debug logic.
import * as vscode from 'vscode';
import { LOOP_QUEUES, type LoopQueue } from '../../adapter/protocol';
import { emptyModel, type LoopModel, type SourceTarget } from './model';
import { setWebviewPage } from '../webviewPage';
import { renderLoop } from './render';

export class EventLoopViewProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private model: LoopModel = emptyModel();
  private targets: SourceTarget[] = [];
  /** Called when the user asks for more entries of a long queue ("… N more"). */
  onMore: ((queue: LoopQueue, threadId?: number) => void) | undefined;
  /** Called when the user chooses a mark of the timeline strip: go to that step. */
  onGoto: ((step: number) => void) | undefined;

  constructor(
    private readonly mediaRoot: vscode.Uri,
    private readonly reveal: (target: SourceTarget) => void,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    webview.options = { enableScripts: true, localResourceRoots: [this.mediaRoot] };
    const rendered = renderLoop(this.model);
    this.targets = rendered.targets;
    setWebviewPage(webview, vscode.Uri.joinPath(this.mediaRoot, 'loopView.css'), vscode.Uri.joinPath(this.mediaRoot, 'loopView.js'), rendered.html);
    webview.onDidReceiveMessage((message: unknown) => this.received(message));
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
  }

  /** Shows `model` now if the view is open, and whenever it opens later. */
  show(model: LoopModel): void {
    this.model = model;
    this.post();
  }

  get current(): LoopModel {
    return this.model;
  }

  private post(): void {
    if (!this.view) return;
    const rendered = renderLoop(this.model);
    this.targets = rendered.targets;
    void this.view.webview.postMessage({ type: 'render', html: rendered.html });
  }

  private received(message: unknown): void {
    const m = message as { type?: unknown; target?: unknown; queue?: unknown; step?: unknown; thread?: unknown } | null;
    if (m?.type === 'ready') this.post();
    if (m?.type === 'goto' && typeof m.step === 'number' && Number.isSafeInteger(m.step) && m.step >= 0) this.onGoto?.(m.step);
    if (m?.type === 'more' && LOOP_QUEUES.includes(m.queue as LoopQueue)) this.onMore?.(m.queue as LoopQueue, typeof m.thread === 'number' && Number.isSafeInteger(m.thread) ? m.thread : undefined);
    if (m?.type === 'reveal' && typeof m.target === 'number') {
      const target = this.targets[m.target];
      if (target) this.reveal(target);
    }
  }
}
