// Feeds the Memory view from Glassbox debug sessions: at every stop (and after an
// `invalidated` event, as a collection sends) it asks the adapter for `heapGraph` and the
// Call Stack's frame names; a box clicked becomes `revealHeapObject`, then the Variables
// pane is focused; "Collect garbage" sends `collectGarbage`.
import * as vscode from 'vscode';
import { DEBUG_TYPE, HEAP_GRAPH_REQUEST, REVEAL_HEAP_OBJECT_REQUEST, type HeapGraphArguments, type RevealHeapObjectArguments } from '../../adapter/protocol';
import { request, stackFrames } from '../loopView/loopFeed';
import { SPARK_STOPS } from './sparkline';
import { memoryModel, type MemoryStatus } from './model';
import type { MemoryViewProvider } from './viewProvider';
import { COLLECT_GARBAGE_REQUEST, type WireGraph } from './wire';

const RESUMING = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'goto', 'restartFrame']);

export class MemoryFeed implements vscode.Disposable {
  private shown: vscode.DebugSession | undefined;
  /** Each session's `heap.usedBytes` at its stops, for the sparkline. */
  private readonly history = new Map<string, number[]>();
  private readonly stopTexts = new Map<string, string>();
  /** Bumped per refresh, so a slow answer never overwrites a newer stop. */
  private generation = 0;
  /** The Call Stack frame the drawing starts from. */
  private drawnFrameId: number | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly view: MemoryViewProvider) {
    view.onReveal = (id) => void this.reveal(id);
    this.subscriptions = [
      vscode.debug.onDidChangeActiveDebugSession((s) => {
        if (s?.type === DEBUG_TYPE && s.id !== this.shown?.id) void this.refresh(s, false);
      }),
      vscode.debug.onDidTerminateDebugSession((s) => this.ended(s)),
      // Another frame selected in the Call Stack: draw from it (a new stop selects the top frame, drawn already).
      vscode.debug.onDidChangeActiveStackItem((item) => {
        const frame = stackFrameOf(item);
        if (frame && frame.session.type === DEBUG_TYPE && frame.frameId !== this.drawnFrameId) void this.refresh(frame.session, false);
      }),
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.tracker(s) }),
    ];
  }

  /** Asks the session for its heap and frames and shows them; `newStop` adds the heap size to the sparkline. */
  async refresh(session: vscode.DebugSession, newStop: boolean): Promise<void> {
    const active = vscode.debug.activeDebugSession;
    if (active && active.type === DEBUG_TYPE && active.id !== session.id) return;
    const generation = ++this.generation;
    // The frame selected in the Call Stack, when it is one of this stop's; else the innermost. Its thread's heap is drawn (each thread has its own).
    const item = stackFrameOf(vscode.debug.activeStackItem);
    const frames = await engineFrames(session, item?.session.id === session.id ? item.threadId : undefined);
    const chosen = item?.session.id === session.id ? frames.findIndex((f) => f.id === item.frameId) : -1;
    const selected = Math.max(0, chosen);
    const args: HeapGraphArguments = { frameId: frames[selected]?.id };
    const graph = await request<WireGraph | null>(session, HEAP_GRAPH_REQUEST, args);
    if (generation !== this.generation) return;
    this.drawnFrameId = args.frameId;
    const names = frames.map((f) => f.name);
    this.shown = session;
    // A sparkline per thread: each heap grows on its own.
    const historyKey = `${session.id}:${graph?.thread ?? 'main'}`;
    const history = this.history.get(historyKey) ?? [];
    this.history.set(historyKey, history);
    if (graph?.heap && (newStop || history.length === 0)) {
      history.push(graph.heap.usedBytes);
      if (history.length > SPARK_STOPS) history.shift();
    }
    const status: MemoryStatus = graph ? 'paused' : 'running';
    this.view.show(memoryModel(graph, names, history, status, graph ? this.stopTexts.get(session.id) : undefined, selected));
  }

  /** Lists the box's object as a scope of its own in Variables (see adapter/memoryReveal.ts) and shows the pane. */
  async reveal(id: number): Promise<void> {
    const session = this.shown;
    if (!session) return;
    const args: RevealHeapObjectArguments = { id };
    try {
      await session.customRequest(REVEAL_HEAP_OBJECT_REQUEST, args);
      await vscode.commands.executeCommand('workbench.debug.action.focusVariablesView');
    } catch (err) {
      void vscode.window.showWarningMessage(`Glassbox: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** A collection now; the adapter's `invalidated` event then redraws the view. */
  async collectGarbage(): Promise<void> {
    const session = this.shown ?? vscode.debug.activeDebugSession;
    if (session?.type !== DEBUG_TYPE) {
      void vscode.window.showInformationMessage('Glassbox: start debugging a program to collect its garbage.');
      return;
    }
    try {
      await session.customRequest(COLLECT_GARBAGE_REQUEST);
      await this.refresh(session, true);
    } catch (err) {
      void vscode.window.showWarningMessage(`Glassbox: collecting garbage failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private ended(session: vscode.DebugSession): void {
    for (const key of [...this.history.keys()]) if (key.startsWith(`${session.id}:`)) this.history.delete(key);
    this.stopTexts.delete(session.id);
    if (session.id !== this.shown?.id) return;
    this.generation++;
    this.view.show({ ...this.view.current, status: 'ended' });
  }

  private tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    const running = () => {
      if (session.id === this.shown?.id && this.view.current.status === 'paused') {
        this.generation++;
        this.view.show({ ...this.view.current, status: 'running' satisfies MemoryStatus, stopText: undefined });
      }
    };
    return {
      onWillReceiveMessage: (m: { type?: string; command?: string }) => {
        if (m.type === 'request' && m.command && RESUMING.has(m.command)) running();
      },
      onDidSendMessage: (m: { type?: string; event?: string; body?: { description?: unknown } }) => {
        if (m.type !== 'event') return;
        if (m.event === 'stopped') {
          if (typeof m.body?.description === 'string') this.stopTexts.set(session.id, m.body.description);
          void this.refresh(session, true);
        } else if (m.event === 'invalidated') void this.refresh(session, false);
        else if (m.event === 'continued') running();
      },
    };
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}

/**
 * The Call Stack's engine frames (innermost first: heapGraph's frame indexes), with their ids
 * and names, without the task labels between them.
 */
async function engineFrames(session: vscode.DebugSession, threadId: number | undefined): Promise<{ id: number; name: string }[]> {
  const trace = (await stackFrames(session, threadId)) as { stackFrames?: { id?: unknown; name?: unknown; presentationHint?: unknown }[] } | undefined;
  return (trace?.stackFrames ?? []).filter((f) => f.presentationHint !== 'label').map((f) => ({ id: Number(f.id), name: String(f.name ?? '') }));
}

/** The Call Stack's selected item when it is a frame (not a thread). */
function stackFrameOf(item: vscode.DebugThread | vscode.DebugStackFrame | undefined): vscode.DebugStackFrame | undefined {
  return item !== undefined && 'frameId' in item ? item : undefined;
}
