// The debug adapter as the client sees it, with the engine in a process of its own: DAP
// messages pass through to that process (adapter/isolation/engineHost.ts), and whatever
// the debuggee does to it, this side answers Pause and Stop and ends the session cleanly.
import { fork, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ENGINE_FAILED_EVENT, type EngineFailedBody } from '../protocol';
import { describeExit, type HostReport } from './hostExit';
import { DEFAULT_DEBUG_HEAP_MB } from '../../engine/heap/defaults';
import { hostHeapMB } from './engineThread';

export interface SupervisorOptions {
  /** The engine host script (default: engineHost.js beside this bundle). */
  hostScript?: string;
  /** Pause gets an answer after this long even when the engine is inside one long call. */
  pauseAnswerMs?: number;
  /** Terminate, restart and disconnect wait this long for the engine before ending it. */
  stopGraceMs?: number;
}

type Message = DebugProtocol.ProtocolMessage & Record<string, unknown>;
type Listener = (message: DebugProtocol.ProtocolMessage) => void;

const STDERR_TAIL_CHARS = 8192;

/** Says so when Pause cannot stop the engine at once. */
export const BUSY_PAUSE_TEXT =
  'Pause: the engine is inside one long operation (a single built-in call such as a regular expression match or JSON.stringify) ' +
  'and can stop only between instructions. It pauses as soon as that call returns; Stop ends the session now.\n';

/** Has the shape of VS Code's DebugAdapter, so the extension can run it inline. */
export class SupervisedSession {
  private readonly child: ChildProcess;
  private readonly listeners = new Set<Listener>();
  /** Requests the engine has not answered yet, by seq. */
  private readonly pending = new Map<number, Message>();
  /** Requests answered here; the engine's late answers to them are dropped. */
  private readonly answeredHere = new Set<number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly options: Required<SupervisorOptions>;
  private outSeq = 1;
  private stderrTail = '';
  private report: HostReport | undefined;
  /** Set once this side ended the session: nothing more goes to the engine. */
  private over = false;
  /** The engine ended the session itself: its exit is then expected, not a failure. */
  private engineTerminated = false;

  constructor(options: SupervisorOptions = {}) {
    this.options = { hostScript: path.join(__dirname, 'engineHost.js'), pauseAnswerMs: 100, stopGraceMs: 300, ...options };
    // Sized for the default engine limit: the launch arguments come after the process starts.
    const heapMB = hostHeapMB(DEFAULT_DEBUG_HEAP_MB);
    this.child = fork(this.options.hostScript, [`--host-heap-mb=${heapMB}`], {
      execArgv: [],
      // In VS Code's desktop build the extension host is Electron; this makes it act as Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    // The engine never keeps its client's process alive: the client's own streams do that.
    this.child.unref();
    this.child.channel?.unref();
    (this.child.stderr as Socket | null)?.unref();
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (chunk: string) => (this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS)));
    this.child.on('message', (m) => this.fromEngine(m as Message));
    this.child.on('exit', (code, signal) => this.engineExited(code, signal));
    this.child.on('error', (err) => this.engineExited(null, null, err.message));
  }

  readonly onDidSendMessage = (listener: Listener): { dispose(): void } => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  /** The engine host's process id (for tests and diagnostics). */
  get enginePid(): number | undefined {
    return this.child.pid;
  }

  handleMessage(message: DebugProtocol.ProtocolMessage): void {
    const m = message as Message;
    if (m.type !== 'request') return;
    if (this.over || !this.child.connected) {
      const closing = m.command === 'disconnect' || m.command === 'terminate';
      return this.answer(m, closing, closing ? undefined : 'The Glassbox engine has ended; start a new session.');
    }
    if (m.command === 'launch') this.engineTerminated = false;
    this.pending.set(m.seq, m);
    this.child.send(m);
    const command = m.command as string;
    if (command === 'pause') this.after(this.options.pauseAnswerMs, m, () => this.busyPause(m));
    else if (command === 'terminate' || command === 'disconnect' || command === 'restart') this.after(this.options.stopGraceMs, m, () => this.endNow(m));
  }

  /** Answers a request that could not be read whole with an error response. */
  refuse(seq: number, command: string, message: string): void {
    this.send({ seq: 0, type: 'response', request_seq: seq, command, success: false, message });
  }

  dispose(): void {
    this.over = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private fromEngine(m: Message): void {
    if ((m as { type: string }).type === 'glassbox/hostReport') {
      this.report = m as unknown as HostReport;
      return;
    }
    if (m.type === 'response') {
      const seq = m.request_seq as number;
      const request = this.pending.get(seq);
      this.pending.delete(seq);
      if (this.answeredHere.delete(seq)) return;
      this.send(m);
      if (request?.command === 'disconnect') this.dispose();
      return;
    }
    if (m.type === 'event' && m.event === 'terminated') this.engineTerminated = true;
    this.send(m);
  }

  /** Runs `action` if the engine has not answered `request` within `ms`. */
  private after(ms: number, request: Message, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.pending.has(request.seq) && !this.answeredHere.has(request.seq)) action();
    }, ms);
    this.timers.add(timer);
  }

  private busyPause(request: Message): void {
    this.answer(request, true);
    this.sendEvent('output', { category: 'console', output: BUSY_PAUSE_TEXT });
  }

  /** The engine did not answer a Stop in time: end it and the session from here. */
  private endNow(request: Message): void {
    this.answer(request, true);
    const restart = request.command === 'restart';
    if (request.command === 'disconnect') return this.dispose();
    this.over = true;
    this.child.kill('SIGKILL');
    // With `restart` set, the client starts the session again with a new adapter and engine.
    this.sendEvent('terminated', restart ? { restart: true } : {});
  }

  private engineExited(code: number | null, signal: NodeJS.Signals | null, spawnError?: string): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const unanswered = [...this.pending.values()].filter((r) => !this.answeredHere.has(r.seq));
    this.pending.clear();
    for (const r of unanswered) this.answer(r, r.command === 'disconnect', 'The Glassbox engine has ended.');
    if (this.over || this.engineTerminated) return;
    this.over = true;
    const end = describeExit({ code, signal, stderr: this.stderrTail, report: this.report, spawnError });
    this.sendEvent('output', { category: 'stderr', output: `${end.message}\n` });
    const failed: EngineFailedBody = { cause: end.cause, message: end.message, summary: end.summary };
    this.sendEvent(ENGINE_FAILED_EVENT, failed);
    this.sendEvent('exited', { exitCode: end.exitCode });
    this.sendEvent('terminated', {});
  }

  private answer(request: Message, success: boolean, message?: string): void {
    if (this.pending.has(request.seq)) this.answeredHere.add(request.seq);
    this.send({ seq: 0, type: 'response', request_seq: request.seq, command: request.command as string, success, ...(message ? { message } : {}) });
  }

  private sendEvent(event: string, body: unknown): void {
    this.send({ seq: 0, type: 'event', event, body });
  }

  /** Every message to the client gets this side's next seq, so the client sees one numbering. */
  private send(m: Message): void {
    const out = { ...m, seq: this.outSeq++ };
    for (const l of this.listeners) l(out);
  }
}
