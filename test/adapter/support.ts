// Helpers for the adapter tests: a DebugClient talking to the built standalone adapter
// (`node bin/glassbox-dap.js`), launching a program from programs/ and reading its state.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DEBUG_TYPE, type HeapGraphBody } from '../../adapter/protocol';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const ADAPTER = path.join(REPO_ROOT, 'bin', 'glassbox-dap.js');

export function program(name: string): string {
  return path.join(__dirname, 'programs', name);
}

/** A client with every output event it has received. */
export interface Client extends DebugClient {
  outputs: DebugProtocol.OutputEvent[];
}

export async function startClient(): Promise<Client> {
  const dc = new DebugClient('node', ADAPTER, DEBUG_TYPE) as Client;
  dc.defaultTimeout = 5000;
  dc.outputs = [];
  dc.on('output', (e) => dc.outputs.push(e as DebugProtocol.OutputEvent));
  await dc.start();
  return dc;
}

/** Output of one category, joined. */
export function outputText(dc: Client, category: string): string {
  return dc.outputs.filter((e) => e.body.category === category).map((e) => e.body.output).join('');
}

/**
 * Launches `name` (with extra launch arguments) and waits for the first stop. `configure`
 * runs between the `initialized` event and configurationDone, e.g. to set breakpoints.
 */
export async function launch(dc: Client, name: string, args: Record<string, unknown> = {}, configure?: () => Promise<unknown>): Promise<DebugProtocol.StoppedEvent> {
  const [stopped] = await Promise.all([
    dc.waitForEvent('stopped'),
    dc.waitForEvent('initialized').then(async () => {
      await configure?.();
      await dc.configurationDoneRequest();
    }),
    dc.launch({ type: DEBUG_TYPE, request: 'launch', program: program(name), ...args }),
  ]);
  return stopped as DebugProtocol.StoppedEvent;
}

/** Sends a request that resumes the run and waits for the next stop. */
/** The heapGraph request's body at the current stop (there is one while paused). */
export async function heapGraph(dc: Client): Promise<NonNullable<HeapGraphBody>> {
  const body = (await dc.customRequest('heapGraph')).body as HeapGraphBody;
  assert.ok(body, 'a graph while paused');
  return body;
}

export async function resumeTo(dc: Client, request: () => Promise<unknown>): Promise<DebugProtocol.StoppedEvent> {
  const [stopped] = await Promise.all([dc.waitForEvent('stopped'), request()]);
  return stopped as DebugProtocol.StoppedEvent;
}

export async function topFrame(dc: Client): Promise<DebugProtocol.StackFrame> {
  const r = await dc.stackTraceRequest({ threadId: 1 });
  return r.body.stackFrames[0];
}

export async function frames(dc: Client): Promise<DebugProtocol.StackFrame[]> {
  return (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
}

/** The scopes of a frame with their variables, by scope name. */
export async function scopeVariables(dc: Client, frameId: number): Promise<Map<string, { scope: DebugProtocol.Scope; vars: DebugProtocol.Variable[] }>> {
  const out = new Map<string, { scope: DebugProtocol.Scope; vars: DebugProtocol.Variable[] }>();
  for (const scope of (await dc.scopesRequest({ frameId })).body.scopes) {
    out.set(scope.name, { scope, vars: (await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables });
  }
  return out;
}

export function variable(vars: DebugProtocol.Variable[], name: string): DebugProtocol.Variable {
  const v = vars.find((x) => x.name === name);
  assert.ok(v, `no variable '${name}' among ${vars.map((x) => x.name).join(', ')}`);
  return v;
}

export async function children(dc: Client, reference: number): Promise<DebugProtocol.Variable[]> {
  return (await dc.variablesRequest({ variablesReference: reference })).body.variables;
}

export async function evaluate(dc: Client, expression: string, context = 'repl', frameId?: number): Promise<DebugProtocol.EvaluateResponse> {
  return dc.evaluateRequest({ expression, context, frameId: frameId ?? (await topFrame(dc)).id });
}

/** Waits for the session to end (and the adapter's `terminated` event). */
export function terminated(dc: Client): Promise<DebugProtocol.Event> {
  return dc.waitForEvent('terminated');
}

/** An expression's value at the current stop, as a watch shows it. */
export async function watchValue(dc: Client, expression: string): Promise<string> {
  return (await evaluate(dc, expression, 'watch')).body.result;
}
