// The Glassbox debug session: DAP requests in, engine calls out; the engine's stops and
// output go back as DAP events. Runs inline in the extension host or standalone (bin/dap.ts).
import * as path from 'node:path';
import { BreakpointEvent, ContinuedEvent, DebugSession, ErrorDestination, Event, ExitedEvent, InitializedEvent, Response, Source, TerminatedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { HandleSpace } from '../engine';
import { BreakpointTable, type BreakpointEntry } from './breakpoints';
import { capabilities } from './capabilities';
import { DataBreakpoints } from './dataBreakpoints';
import { codeOfRequest, disassembleBody } from './disassemble';
import * as inspect from './inspection';
import { loadProgram, programPathOf, type GlassboxLaunchArguments } from './launch';
import { LoadedSources } from './loadedSources';
import { MemoryReveal } from './memoryReveal';
import { consoleOutput, outputEvent, type OutputCategory } from './output';
import { SYNTAX_ERROR_EVENT, TIMELINE_CHANGED_EVENT, type SyntaxErrorBody, type TimelineBody } from './protocol';
import { answerViewRequest, type ViewRequestContext } from './viewRequests';
import { argumentsProblem } from './requestSpecs';
import { firstStopText, reportInternalError, type EventSink } from './runEvents';
import { GcReports } from './gcReports';
import type { ResumeCommand } from './runner';
import type { Place, ToClient } from './stackTrace';
import { AgentThreads, MAIN_THREAD_ID, type AgentThread } from './threads';
import { TierReports } from './tierReports';
import { ConsoleLedger } from './timeTravel/consoleLedger';
import { TimeTravel } from './timeTravel/timeTravel';
import { TravelControl } from './timeTravel/travelControl';
import type { StopText } from './stopDescriptions';

/** The library's error code for an exception thrown by a request handler. */
const HANDLER_FAILED = 1104;

/** How long launch waits for configurationDone before running anyway. */
const CONFIGURATION_TIMEOUT_MS = 2000;

export class GlassboxDebugSession extends DebugSession implements EventSink {
  // A replay's logpoints were printed when the run first passed them.
  private readonly breakpoints = new BreakpointTable((text, isError, place) => this.travel?.travel.replaying || this.output(text, isError ? 'stderr' : 'stdout', place, this.threads.main?.source));
  private readonly handles = new HandleSpace();
  /** The agents of the run, by DAP thread id. */
  private readonly threads = new AgentThreads(this.handles, this.breakpoints, this);
  /** Step Back and the other travels of the main thread. */
  private travel: TravelControl | undefined;
  private launchArgs: GlassboxLaunchArguments | undefined;
  /** The Memory view's revealed object, a scope of its own in the main thread's frames. */
  private readonly memoryReveal = new MemoryReveal();
  /** Whose heap the Memory view shows: the thread of the frame it last drew from. */
  private readonly memoryThread = { id: MAIN_THREAD_ID };
  /** Data breakpoints, watched in the main agent. */
  private readonly dataBreakpoints = new DataBreakpoints();
  /** The Loaded Scripts view's files. */
  private readonly loadedSources = new LoadedSources((file) => this.convertDebuggerPathToClient(file), (e) => this.sendEvent(e));
  /** How the main thread's collections are told (stepIntoGc's stops). */
  private gc: GcReports | undefined;
  private tier: TierReports | undefined;
  private configured!: () => void;
  private readonly configurationDone = new Promise<void>((resolve) => (this.configured = resolve));
  private readonly toClient: ToClient = (p) => ({ line: this.convertDebuggerLineToClient(p.line), column: this.convertDebuggerColumnToClient(p.column) });

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    // A required file loaded and its breakpoints were placed (a replay loading it again tells nothing new).
    this.breakpoints.changed = (entries, file) => {
      if (this.travel?.travel.replaying) return;
      const source = new Source(path.basename(file), this.convertDebuggerPathToClient(file));
      for (const e of entries) this.sendEvent(new BreakpointEvent('changed', this.toDapBreakpoint(e, source)));
    };
    this.breakpoints.fileLoaded = (file) => this.loadedSources.loaded(file);
  }

  /** Every request passes its argument check first; one that fails is answered with what is wrong. */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const problem = argumentsProblem(request.command, request.arguments);
    if (problem !== undefined) return this.fail(new Response(request), problem);
    // DAP's default pathFormat is 'path'; the library refuses a request that leaves it out.
    if (request.command === 'initialize') request.arguments = { pathFormat: 'path', ...request.arguments };
    super.dispatchRequest(request);
  }

  /** A host exception in a handler (a Glassbox bug) is answered in one line, never with its stack. */
  protected override sendErrorResponse(response: DebugProtocol.Response, codeOrMessage: number | DebugProtocol.Message, format?: string, variables?: unknown, dest?: ErrorDestination): void {
    if (codeOrMessage !== HANDLER_FAILED) return super.sendErrorResponse(response, codeOrMessage, format, variables, dest);
    const reason = String((variables as { _exception?: unknown } | undefined)?._exception ?? 'unknown error').split('\n')[0].slice(0, 200);
    this.fail(response, `Glassbox failed to handle '${response.command}': ${reason}. This is a bug in Glassbox; the session goes on.`);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = { ...response.body, ...capabilities };
    this.sendResponse(response);
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse, args: DebugProtocol.ConfigurationDoneArguments): void {
    super.configurationDoneRequest(response, args);
    this.configured();
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: DebugProtocol.LaunchRequestArguments | undefined): void {
    this.launchArgs = (args ?? {}) as GlassboxLaunchArguments;
    const main = this.prepare(this.launchArgs, response);
    if (!main) return;
    // Breakpoints come after `initialized`; the program is compiled by now, so they can be placed.
    this.sendEvent(new InitializedEvent());
    const timeout = new Promise((resolve) => setTimeout(resolve, CONFIGURATION_TIMEOUT_MS).unref());
    void Promise.race([this.configurationDone, timeout]).then(() => {
      this.sendResponse(response);
      main.runner.start();
    });
  }

  /** Loads the program as the main thread; on failure answers `response`, ends the session and returns undefined. */
  private prepare(args: GlassboxLaunchArguments, response: DebugProtocol.Response): AgentThread | undefined {
    const programPath = programPathOf(args) ?? '';
    const source = new Source(path.basename(programPath), this.convertDebuggerPathToClient(programPath));
    let loaded;
    const tier = new TierReports(this, args.stopOnDeopt === true);
    const gc = new GcReports(this, args.stepIntoGc === true);
    const ledger = new ConsoleLedger();
    // A replay tells nothing it told before: console events already printed, tier events and collections.
    const replaying = (): boolean => this.travel?.travel.replaying === true;
    try {
      loaded = loadProgram(args, {
        onConsole: (e) => { if (ledger.admit(e.text, e.threadId)) this.sendEvent(consoleOutput(e, source, this.toClient)); },
        onTierEvent: (e) => !replaying() && tier.onTierEvent(e),
        onGc: (report) => { if (!replaying()) gc.onGc(report); },
      });
    } catch (err) {
      this.sendResponse(response);
      reportInternalError(this, err);
      return undefined;
    }
    if (loaded.kind === 'unusable') {
      this.output(loaded.message, 'stderr');
      this.fail(response, loaded.message);
      this.sendEvent(new TerminatedEvent());
      return undefined;
    }
    if (loaded.kind === 'syntaxError') {
      this.sendResponse(response);
      // The extension turns this into a squiggle, a Problems entry and a notification.
      const body: SyntaxErrorBody = { path: this.convertDebuggerPathToClient(loaded.programPath), line: loaded.line, column: loaded.column, message: loaded.reason };
      this.sendEvent(new Event(SYNTAX_ERROR_EVENT, body));
      this.output(loaded.message, 'stderr', { line: loaded.line, column: loaded.column }, source);
      this.end(1);
      return undefined;
    }
    this.loadedSources.start(loaded.programPath);
    const specView = args.scopeView === 'spec';
    const main = this.threads.addGroup(loaded.group, {
      id: MAIN_THREAD_ID, name: 'main', agent: loaded.group.main.agent, programPath: loaded.programPath, stopOnEntry: args.stopOnEntry ?? true, source, specView, stopTexts: firstStopText(gc, tier, this.dataBreakpoints),
    }, (w) => ({ source: new Source(path.basename(w.fileName), path.isAbsolute(w.fileName) ? this.convertDebuggerPathToClient(w.fileName) : undefined), specView }));
    this.dataBreakpoints.attach(main.dbg);
    tier.attach(main.dbg, source);
    gc.attach(main.dbg, source);
    this.gc = gc;
    this.tier = tier;
    const travel = new TimeTravel(loaded.recipe, this.handles, ledger);
    travel.record(main.dbg);
    this.travel = new TravelControl(travel, this.threads, this.breakpoints);
    this.travel.scans.push(this.dataBreakpoints);
    this.travel.prepareReplay = (d) => this.dataBreakpoints.prepare(d);
    return main;
  }

  /** The run is over: the client is told the exit code, then that the session ended. */
  end(exitCode: number | undefined): void {
    this.threads.clear();
    if (exitCode !== undefined) this.sendEvent(new ExitedEvent(exitCode));
    this.sendEvent(new TerminatedEvent());
  }

  output(text: string, category: OutputCategory, place?: Place, source?: DebugProtocol.Source): void {
    this.sendEvent(outputEvent(text, category, source, place, this.toClient));
  }

  private fail(response: DebugProtocol.Response, message: string): void {
    response.success = false;
    response.message = message;
    this.sendResponse(response);
  }

  // ---- execution control ----

  /** Answers a control request and returns the thread it names; none when it names an unknown one, or nothing runs. */
  private controlled(response: DebugProtocol.Response, threadId: number): AgentThread | undefined {
    if (this.threads.isEmpty) return void this.sendResponse(response);
    const found = this.threads.named(threadId);
    if (!found.ok) return void this.fail(response, found.message);
    this.sendResponse(response);
    return found.body;
  }

  private resume(response: DebugProtocol.Response, threadId: number, command: ResumeCommand): void {
    const a = this.controlled(response, threadId);
    if (!a) return;
    if (a.postMortem) return a.events.finish(a.postMortem);
    if (!a.runner.isPaused) return;
    if (a.id === MAIN_THREAD_ID && this.gc?.stopAtSweep(a.events)) return;
    a.stop = undefined;
    a.variables.reset();
    a.runner.resume(command);
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse, args: DebugProtocol.ContinueArguments): void {
    response.body = { allThreadsContinued: true };
    this.resume(response, args.threadId, { kind: 'continue' });
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.resume(response, args.threadId, { kind: 'over', granularity: granularity(args.granularity) });
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.resume(response, args.threadId, { kind: 'in', granularity: granularity(args.granularity) });
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.resume(response, args.threadId, { kind: 'out', granularity: granularity(args.granularity) });
  }

  // ---- time travel ----

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.travelTo(response, args.threadId, (c, t) => c.stepBack(t, granularity(args.granularity)));
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse, args: DebugProtocol.ReverseContinueArguments): void {
    this.travelTo(response, args.threadId, (c, t) => c.reverseContinue(t));
  }

  protected override gotoTargetsRequest(response: DebugProtocol.GotoTargetsResponse, args: DebugProtocol.GotoTargetsArguments): void {
    const line = this.convertClientLineToDebugger(args.line);
    response.body = { targets: [{ id: line, label: `Line ${args.line}: the last time it ran`, line: args.line }] };
    this.sendResponse(response);
  }

  protected override gotoRequest(response: DebugProtocol.GotoResponse, args: DebugProtocol.GotoArguments): void {
    this.travelTo(response, args.threadId, (c, t) => c.goto(t, args.targetId));
  }

  /** Answers a travel request, then tells the stop: the replayed agent is the thread's now. */
  private travelTo(response: DebugProtocol.Response, threadId: number, go: (c: TravelControl, t: AgentThread) => inspect.Answer<StopText>): void {
    const found = this.threads.named(threadId);
    if (!found.ok) return this.fail(response, found.message);
    const t = found.body;
    const control = this.travel;
    const refusal = control ? control.refusal(t) : 'The program is not running.';
    if (refusal !== undefined || !control) return this.fail(response, refusal ?? '');
    // An anchored data watch is watched from its moment only: one replay past it learns a stable id first.
    const anchored = this.dataBreakpoints.stableAfter();
    if (anchored !== undefined) control.travel.scan(anchored, { hit: () => undefined }, (d) => this.dataBreakpoints.prepare(d), (d) => this.dataBreakpoints.cleanup(d));
    const r = go(control, t);
    if (!r.ok) return this.fail(response, r.message);
    this.dataBreakpoints.attach(t.dbg);
    this.sendResponse(response);
    // The thread moved: without a continued event VS Code keeps the old stop's description after a custom request (gotoMoment).
    this.sendEvent(new ContinuedEvent(t.id, true));
    this.tier?.attach(t.dbg, t.source);
    this.gc?.attach(t.dbg, t.source);
    t.events.restopped(r.body);
    this.threads.releaseThreadEvents();
    const later = control.laterOutputLine(t);
    if (later !== undefined) this.output(later, 'console');
  }

  /** The timeline changed with the stop: the Event Loop view redraws its strip. */
  stoppedAt(threadId: number): void {
    if (threadId !== MAIN_THREAD_ID) return;
    const body: TimelineBody = this.travel?.timelineBody(this.threads.main) ?? null;
    this.sendEvent(new Event(TIMELINE_CHANGED_EVENT, body));
  }

  /** A change the learner made at a stop (setVariable, a REPL side effect): replays make it again; before the frontier, a new future. */
  private noteChange(t: AgentThread, frameIndex: number, expression: string): void {
    this.toldChange(t, this.travel?.changed(t, frameIndex, expression));
  }

  /** Says a learner's change started a new future (`told`), once; the strip redraws. */
  private toldChange(t: AgentThread, told: string | undefined): void {
    if (told === undefined) return;
    this.output(told, 'console');
    this.stoppedAt(t.id);
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse, args: DebugProtocol.PauseArguments): void {
    this.controlled(response, args.threadId)?.runner.pause();
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): void {
    const newArgs = (args?.arguments as GlassboxLaunchArguments | undefined) ?? this.launchArgs;
    this.threads.clear();
    if (!newArgs) return this.fail(response, 'Nothing to restart: the session was never launched.');
    this.launchArgs = newArgs;
    const main = this.prepare(newArgs, response);
    if (!main) return;
    this.sendResponse(response);
    // The old run's stop is over: without this VS Code keeps showing its description.
    this.sendEvent(new ContinuedEvent(main.id, true));
    main.runner.start();
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.sendResponse(response);
    if (!this.threads.isEmpty) this.end(undefined);
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse, args: DebugProtocol.DisconnectArguments, request?: DebugProtocol.Request): void {
    this.threads.clear();
    super.disconnectRequest(response, args, request);
  }

  // ---- breakpoints ----

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    const field = args.breakpoints ? 'breakpoints' : 'lines';
    const asked: DebugProtocol.SourceBreakpoint[] = args.breakpoints ?? args.lines?.map((line) => ({ line })) ?? [];
    const requests = asked.map((b) => ({
      ...b, line: this.convertClientLineToDebugger(b.line), column: b.column === undefined ? undefined : this.convertClientColumnToDebugger(b.column),
    }));
    const bad = requests.findIndex((r) => r.line < 1 || (r.column !== undefined && r.column < 1));
    if (bad >= 0) {
      const what = requests[bad].line < 1 ? 'line' : 'column';
      const first = what === 'line' ? this.convertDebuggerLineToClient(1) : this.convertDebuggerColumnToClient(1);
      return this.fail(response, `setBreakpoints: '${field}[${bad}]${field === 'lines' ? '' : `.${what}`}' must be ${first} or more (this client's first ${what})`);
    }
    const sourcePath = this.convertClientPathToDebugger(args.source.path ?? '');
    const entries = this.breakpoints.setLineBreakpoints(sourcePath, requests);
    response.body = { breakpoints: entries.map((e) => this.toDapBreakpoint(e, args.source)) };
    this.sendResponse(response);
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    const entries = this.breakpoints.setFunctionBreakpoints(args.breakpoints);
    response.body = { breakpoints: entries.map((e) => this.toDapBreakpoint(e, this.threads.main?.source)) };
    this.sendResponse(response);
  }

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    const found = args.variablesReference === undefined ? undefined : this.threads.ofHandle(args.variablesReference);
    response.body = this.dataBreakpoints.info(found?.ok ? found.body : this.threads.main, args);
    this.sendResponse(response);
  }

  protected override setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    response.body = { breakpoints: this.dataBreakpoints.set(args.breakpoints) };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.breakpoints.setExceptionFilters([...args.filters, ...(args.filterOptions ?? []).map((o) => o.filterId)]);
    this.sendResponse(response);
  }

  private toDapBreakpoint(e: BreakpointEntry, source: DebugProtocol.Source | undefined): DebugProtocol.Breakpoint {
    const b: DebugProtocol.Breakpoint = { id: e.id, verified: e.verified, message: e.message };
    if (e.actualLine === undefined) return e.kind === 'line' ? { ...b, line: this.convertDebuggerLineToClient(e.line), source } : b;
    const at = this.toClient({ line: e.actualLine, column: e.actualColumn ?? 1 });
    return { ...b, source, line: at.line, column: at.column };
  }

  // ---- inspection ----

  protected override loadedSourcesRequest(response: DebugProtocol.LoadedSourcesResponse): void {
    response.body = this.loadedSources.body();
    this.sendResponse(response);
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: this.threads.list() };
    this.sendResponse(response);
  }

  /** Answers from the thread the request is about (`found`), or with why there is none. */
  private answer<T>(response: DebugProtocol.Response & { body?: T }, found: inspect.Answer<AgentThread>, compute: (p: AgentThread) => inspect.Answer<T>): void {
    if (!found.ok) return this.fail(response, found.message);
    const r = compute(found.body);
    if (!r.ok) return this.fail(response, r.message);
    response.body = r.body;
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    this.answer(response, this.threads.named(args.threadId), (p) => ({ ok: true, body: inspect.stackTraceBody(p, args, this.toClient) }));
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.answer(response, this.threads.ofFrame(args.frameId), (p) => {
      const r = inspect.scopesBody(p, args);
      return r.ok ? { ok: true, body: { scopes: this.memoryReveal.withRevealed(p.dbg, r.body.scopes) } } : r;
    });
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.answer(response, this.threads.ofHandle(args.variablesReference), (p) => inspect.variablesBody(p, args));
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    this.answer(response, this.threads.ofHandle(args.variablesReference), (p) => {
      const change = p.stop && p.dbg.has(args.variablesReference) ? p.variables.assignmentOf(args.variablesReference, args.name, args.value) : undefined;
      const r = inspect.setVariableBody(p, args);
      if (r.ok && change) this.noteChange(p, change.frameIndex, change.expression);
      return r;
    });
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.answer(response, this.threads.ofFrame(args.frameId), (p) => inspect.evaluateBody(p, args, (frameIndex) => this.noteChange(p, frameIndex, args.expression)));
  }

  protected override completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): void {
    const toLine = (line: number): number => this.convertClientLineToDebugger(line);
    const toOffset = (column: number): number => this.convertClientColumnToDebugger(column) - 1;
    const fromOffset = (offset: number): number => this.convertDebuggerColumnToClient(offset + 1);
    this.answer(response, this.threads.ofFrame(args.frameId), (p) => inspect.completionsBody(p, args, toLine, toOffset, fromOffset));
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse, args: DebugProtocol.ExceptionInfoArguments): void {
    this.answer(response, this.threads.named(args.threadId), (p) => inspect.exceptionInfoBody(p));
  }

  protected override disassembleRequest(response: DebugProtocol.DisassembleResponse, args: DebugProtocol.DisassembleArguments): void {
    this.answer(response, this.threads.ofCode(codeOfRequest(args)), (p) => disassembleBody(p.dbg, args, p.source, this.toClient));
  }

  protected override customRequest(command: string, response: DebugProtocol.Response, args: unknown, request?: DebugProtocol.Request): void {
    if (!answerViewRequest(command, response, args, this.viewContext())) super.customRequest(command, response, args, request);
  }

  /** The views' requests: each names its thread (the Event Loop view the stopped or selected one, the Memory view the selected frame's), else the main one. */
  private viewContext(): ViewRequestContext {
    return {
      main: this.threads.main,
      threadOfFrame: (frameId) => { const t = this.threads.ofFrame(frameId); return t.ok ? t.body : undefined; },
      thread: (id) => { const t = this.threads.named(id); return t.ok ? t.body : undefined; },
      threads: () => this.threads.all(),
      memory: this.memoryThread,
      travel: this.travel,
      gcShown: this.gc?.shown,
      memoryReveal: this.memoryReveal,
      respond: (response, body) => { response.body = body; this.sendResponse(response); },
      fail: (response, message) => this.fail(response, message),
      sendEvent: (event) => this.sendEvent(event),
      travelTo: (response, threadId, go) => this.travelTo(response, threadId, go),
      toldChange: (t, told) => this.toldChange(t, told),
    };
  }
}

/** DAP's 'instruction' steps by bytecode instruction (VS Code asks for it from the Disassembly view); 'line' and 'statement' by statement. */
function granularity(g: DebugProtocol.SteppingGranularity | undefined): 'statement' | 'instruction' {
  return g === 'instruction' ? 'instruction' : 'statement';
}
