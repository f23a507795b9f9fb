// The JavaScript of string_decoder's StringDecoder for a Readable's setEncoding (after
// streamStateSource.ts): the bytes are the Buffer's to decode; this only keeps, as Node's native
// decoder does, the bytes of a character (utf8, utf16le) or of a 3-byte group (base64, base64url)
// that a chunk boundary split, until the next chunk completes them or end() flushes them.
export const STREAM_DECODER_SOURCE = String.raw`
const DECODER_CARRIES = { utf8: true, utf16le: true, base64: true, base64url: true };

class StringDecoder {
  constructor(encoding) {
    const normal = normalizeEncoding(encoding);
    if (normal === undefined) throw err('UnknownEncoding', encoding);
    this.encoding = normal;
    this.held = [];
    this.missing = 0;
  }
  write(chunk) {
    if (typeof chunk === 'string') return chunk;
    if (!DECODER_CARRIES[this.encoding]) return chunk.toString(this.encoding);
    let start = 0;
    let head = '';
    if (this.missing > 0) {
      start = this.completeHeld(chunk);
      if (this.missing === 0) head = this.flushHeld();
    }
    if (start === chunk.length) return head;
    const keep = this.splitTail(chunk, start);
    for (let i = chunk.length - keep; i < chunk.length; i++) this.held.push(chunk[i]);
    return head + chunk.toString(this.encoding, start, chunk.length - keep);
  }
  end(chunk) {
    let text = chunk === undefined ? '' : this.write(chunk);
    // A lone trailing byte of utf16le is dropped, as Node drops it.
    if (this.encoding === 'utf16le' && this.held.length % 2 === 1) this.held.pop();
    if (this.held.length > 0) text += this.flushHeld();
    this.missing = 0;
    return text;
  }
  // Takes the bytes the held character still needs from the front of chunk; returns where the rest starts.
  completeHeld(chunk) {
    let start = 0;
    if (this.encoding === 'utf8') {
      // A byte that cannot continue the character ends it: it decodes as it is (U+FFFD).
      for (let i = 0; i < chunk.length && i < this.missing; i++) {
        if ((chunk[i] & 0xc0) !== 0x80) {
          this.missing = 0;
          for (let j = 0; j < i; j++) this.held.push(chunk[j]);
          return i;
        }
      }
    }
    const take = Math.min(chunk.length, this.missing);
    for (; start < take; start++) this.held.push(chunk[start]);
    this.missing -= take;
    return start;
  }
  flushHeld() {
    const text = bufferCtor().from(this.held).toString(this.encoding);
    this.held = [];
    return text;
  }
  // How many bytes at the end of chunk (from start) begin a character or group the next chunk ends.
  splitTail(chunk, start) {
    const n = chunk.length - start;
    if (this.encoding === 'utf16le') {
      if (n % 2 === 1) { this.missing = 1; return 1; }
      if ((chunk[chunk.length - 1] & 0xfc) === 0xd8) { this.missing = 2; return 2; }
      return 0;
    }
    if (this.encoding !== 'utf8') {
      const keep = n % 3;
      this.missing = keep > 0 ? 3 - keep : 0;
      return keep;
    }
    if ((chunk[chunk.length - 1] & 0x80) === 0) return 0;
    let keep = 0;
    for (let i = chunk.length - 1; ; i--) {
      keep++;
      const byte = chunk[i];
      if ((byte & 0xc0) === 0x80) {
        if (keep >= 4 || i === start) return 0;
        continue;
      }
      const need = (byte & 0xe0) === 0xc0 ? 2 : (byte & 0xf0) === 0xe0 ? 3 : (byte & 0xf8) === 0xf0 ? 4 : 0;
      if (need === 0 || keep >= need) return 0;
      this.missing = need - keep;
      return keep;
    }
  }
}
`;
