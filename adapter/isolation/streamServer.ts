// Serves one supervised session over a byte stream pair (stdio or a TCP socket) in DAP's
// wire format. A malformed message gets an error response when its seq can be read, else a
// logged protocol error, and reading goes on.
import type { Readable, Writable } from 'node:stream';
import { frame, MessageReader, type ReadResult } from './framing';
import { SupervisedSession, type SupervisorOptions } from './supervisor';

export function serveStreams(input: Readable, output: Writable, log: (line: string) => void, options?: SupervisorOptions): SupervisedSession {
  const session = new SupervisedSession(options);
  const write = (m: unknown): void => {
    if (output.writable) output.write(frame(m));
  };
  session.onDidSendMessage(write);
  const answered = new Set<number>();
  const reader = new MessageReader((r: ReadResult) => {
    if (r.kind === 'message') return session.handleMessage(r.message as never);
    log(`glassbox-dap: protocol error: ${r.problem}`);
    // One error response per request seq, even when a bad message is read in two pieces.
    if (r.seq === undefined || answered.has(r.seq)) return;
    answered.add(r.seq);
    session.refuse(r.seq, r.command ?? 'unknown', `Malformed message: ${r.problem}`);
  });
  input.on('data', (chunk: Buffer) => reader.feed(chunk));
  input.on('end', () => session.dispose());
  input.on('close', () => session.dispose());
  return session;
}
