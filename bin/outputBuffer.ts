// Buffers console output for stdout and stderr and writes it in large chunks, keeping
// the order of lines across the two streams (a switch of stream flushes first).

type Target = 'stdout' | 'stderr';

const maxBufferedChars = 64 * 1024;
// A long synchronous run would otherwise show nothing until it ends.
const maxBufferedMs = 50;

export class OutputBuffer {
  private chunks: string[] = [];
  private chars = 0;
  private target: Target = 'stdout';
  private since = 0;

  write(target: Target, text: string): void {
    if (target !== this.target) this.flush();
    if (this.chunks.length === 0) this.since = Date.now();
    this.target = target;
    this.chunks.push(text);
    this.chars += text.length;
    if (this.chars >= maxBufferedChars || Date.now() - this.since >= maxBufferedMs) this.flush();
  }

  /** Flushes when the oldest buffered text has waited long enough; cheap to call often. */
  flushIfDue(): void {
    if (this.chunks.length > 0 && Date.now() - this.since >= maxBufferedMs) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const stream = this.target === 'stdout' ? process.stdout : process.stderr;
    stream.write(this.chunks.join(''));
    this.chunks = [];
    this.chars = 0;
  }
}

/** Like Node's console: a reader that closed early (`| head`) is not an error. */
export function ignoreBrokenPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
}
