// A host exception inside a request handler (a Glassbox bug) is answered in one line without
// a stack, and the session keeps serving; literal `null` arguments are refused by name.
// Runs the session in process, as the extension does, to reach what DebugClient cannot send.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { GlassboxDebugSession } from '../../adapter';
import { DEBUG_TYPE } from '../../adapter/protocol';

function inlineSession(): { session: GlassboxDebugSession; request(command: string, args?: unknown): DebugProtocol.Response } {
  const session = new GlassboxDebugSession();
  const responses: DebugProtocol.Response[] = [];
  session.onDidSendMessage((m) => {
    const message = m as DebugProtocol.ProtocolMessage;
    if (message.type === 'response') responses.push(message as DebugProtocol.Response);
  });
  let seq = 1;
  return {
    session,
    request(command, args) {
      const request = { seq: seq++, type: 'request', command, arguments: args } as DebugProtocol.Request;
      session.handleMessage(request);
      const response = responses.find((r) => r.request_seq === request.seq);
      assert.ok(response, `no synchronous answer to ${command}`);
      return response;
    },
  };
}

describe('adapter: failures inside a handler', () => {
  it('refuses initialize with null arguments and goes on', () => {
    const { session, request } = inlineSession();
    const refused = request('initialize', null);
    assert.equal(refused.success, false);
    assert.equal(refused.message, "initialize: the request needs an 'arguments' object");
    assert.equal(request('initialize', { adapterID: DEBUG_TYPE }).success, true);
    session.dispose();
  });

  it('answers a host exception in one line, without its stack, and keeps serving', () => {
    const { session, request } = inlineSession();
    request('initialize', { adapterID: DEBUG_TYPE });
    const original = (session as unknown as { threadsRequest: unknown }).threadsRequest;
    Object.assign(session, { threadsRequest: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at GlassboxDebugSession.threadsRequest (adapter/session.ts:1:2)"); } });
    const failed = request('threads');
    assert.equal(failed.success, false);
    assert.equal(failed.message, "Glassbox failed to handle 'threads': Cannot read properties of undefined (reading 'x'). This is a bug in Glassbox; the session goes on.");
    assert.doesNotMatch(JSON.stringify(failed), /session\.ts|\bat /);
    Object.assign(session, { threadsRequest: original });
    assert.equal(request('threads').success, true);
    session.dispose();
  });
});
