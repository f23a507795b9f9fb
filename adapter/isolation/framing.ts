// DAP's wire format on a byte stream (stdio or TCP): `Content-Length: N\r\n\r\n` and N bytes
// of JSON. Reads defensively: a malformed header or body is reported and skipped, and
// reading goes on with the next message. Knows no session.

const HEADER_END = Buffer.from('\r\n\r\n');
const HEADER_START = Buffer.from('Content-Length:');
/** A header longer than this without its blank line is garbage, not a header still arriving. */
const MAX_HEADER_BYTES = 1024;
/** A body this large is refused: no DAP request is anywhere near it. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** What the reader hands on: a parsed message, or what was wrong (with the request's seq when it could be read). */
export type ReadResult =
  | { kind: 'message'; message: Record<string, unknown> }
  | { kind: 'malformed'; problem: string; seq?: number; command?: string };

/** Splits a byte stream into DAP messages; feed it chunks as they arrive. */
export class MessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  private bodyLength: number | undefined;

  constructor(private readonly onResult: (r: ReadResult) => void) {}

  feed(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (this.next()) { /* one message or one problem per turn */ }
  }

  /** Takes one header or one body off the buffer; false when more bytes are needed. */
  private next(): boolean {
    if (this.bodyLength === undefined) return this.readHeader();
    if (this.buffer.length < this.bodyLength) return this.cutAtNextHeader();
    const body = this.buffer.subarray(0, this.bodyLength);
    this.buffer = this.buffer.subarray(this.bodyLength);
    this.bodyLength = undefined;
    this.onResult(parseBody(body));
    return true;
  }

  private readHeader(): boolean {
    const start = this.buffer.indexOf(HEADER_START);
    // Bytes before a header that do not end a header line are left over from a bad message.
    if (start > 0 && !this.buffer.subarray(0, start).toString('latin1').endsWith('\r\n')) {
      this.skipGarbage('bytes outside any message');
      return true;
    }
    const end = this.buffer.indexOf(HEADER_END);
    if (end < 0) {
      if (this.buffer.length > MAX_HEADER_BYTES) this.skipGarbage(`a header without its blank line (${this.buffer.length} bytes)`);
      return false;
    }
    const header = this.buffer.subarray(0, end).toString('utf8');
    this.buffer = this.buffer.subarray(end + HEADER_END.length);
    const match = /(?:^|\r\n)Content-Length:[ \t]*([^\r\n]*)/i.exec(header);
    const text = match?.[1].trim();
    const length = text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(length) || length > MAX_BODY_BYTES) {
      this.onResult({ kind: 'malformed', problem: match ? `bad Content-Length '${text}'` : `a header without Content-Length: ${JSON.stringify(header.slice(0, 80))}` });
      return true;
    }
    this.bodyLength = length;
    return true;
  }

  /**
   * A Content-Length larger than its body would swallow the messages after it: when a
   * new header begins inside the awaited bytes, the body ends there and is reported.
   */
  private cutAtNextHeader(): boolean {
    const at = this.buffer.indexOf(HEADER_START, 1);
    if (at < 0 || this.buffer.indexOf(HEADER_END, at) < 0) return false;
    const body = this.buffer.subarray(0, at);
    this.buffer = this.buffer.subarray(at);
    this.bodyLength = undefined;
    const parsed = parseBody(body);
    this.onResult(parsed.kind === 'malformed' ? parsed : { kind: 'malformed', problem: 'Content-Length larger than the message', ...requestIds(parsed.message) });
    return true;
  }

  /** Drops bytes up to the next `Content-Length:` (or all of them) and reports it, with the seq they show. */
  private skipGarbage(what: string): void {
    const at = this.buffer.indexOf(HEADER_START, 1);
    const garbage = this.buffer.subarray(0, at < 0 ? this.buffer.length : at);
    this.buffer = at < 0 ? Buffer.alloc(0) : this.buffer.subarray(at);
    this.onResult({ kind: 'malformed', problem: what, ...idsFromText(garbage.toString('utf8')) });
  }
}

function parseBody(body: Buffer): ReadResult {
  const text = body.toString('utf8');
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch (err) {
    // A body cut short by a too-small Content-Length still often shows its seq and command.
    return { kind: 'malformed', problem: `invalid JSON (${(err as Error).message})`, ...idsFromText(text) };
  }
  if (message === null || typeof message !== 'object' || Array.isArray(message)) {
    return { kind: 'malformed', problem: `a message must be a JSON object, not ${message === null ? 'null' : Array.isArray(message) ? 'an array' : typeof message}` };
  }
  const m = message as Record<string, unknown>;
  if (m.type !== 'request' || typeof m.command !== 'string' || typeof m.seq !== 'number') {
    return { kind: 'malformed', problem: 'a message from the client must be a request with a number "seq" and a string "command"', ...requestIds(m) };
  }
  return { kind: 'message', message: m };
}

function requestIds(m: Record<string, unknown>): { seq?: number; command?: string } {
  return { seq: typeof m.seq === 'number' ? m.seq : undefined, command: typeof m.command === 'string' ? m.command : undefined };
}

function idsFromText(text: string): { seq?: number; command?: string } {
  const seq = /"seq"\s*:\s*(\d+)/.exec(text)?.[1];
  const command = /"command"\s*:\s*"([^"\\]{1,64})"/.exec(text)?.[1];
  return { seq: seq === undefined ? undefined : Number(seq), command };
}

/** One message in DAP's wire format. */
export function frame(message: unknown): string {
  const json = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
}
