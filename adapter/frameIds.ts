// DAP frame ids for the current stop of one thread (agent). Ids are never reused, so a frame
// id from an earlier stop is refused instead of silently naming whatever frame now has its
// index (as js-debug). Each id encodes its thread: scopes and evaluate name only a frame.

export interface FrameRef {
  /** The engine frame index (0 = innermost). */
  index: number;
  /** A label frame ("timer #1 -> later()") below the frame `index`. */
  label: boolean;
}

/** DAP thread ids stay below this, so that a frame id's thread is its remainder. */
export const THREAD_ID_LIMIT = 1000;

/** The thread a frame id was given out for. */
export function threadOfFrame(frameId: number): number {
  return frameId % THREAD_ID_LIMIT;
}

/** Shared by every session's table, so not even a restart reuses an id. */
let nextSerial = 1;

export class FrameIds {
  private readonly byId = new Map<number, FrameRef>();
  private readonly byKey = new Map<string, number>();

  constructor(private readonly threadId: number) {
    if (!(Number.isInteger(threadId) && threadId > 0 && threadId < THREAD_ID_LIMIT)) throw new Error(`thread id ${threadId} out of range`);
  }

  /** The program ran on: every id given out so far is unknown from now on. */
  reset(): void {
    this.byId.clear();
    this.byKey.clear();
  }

  /** The id of a frame in this stop: the same each time it is asked for until reset. */
  idOf(index: number, label = false): number {
    const key = `${index}${label ? 'L' : ''}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = nextSerial++ * THREAD_ID_LIMIT + this.threadId;
      this.byKey.set(key, id);
      this.byId.set(id, { index, label });
    }
    return id;
  }

  /** The engine frame a DAP id stands for (a label frame stands for the frame above it), or undefined. */
  indexOf(frameId: number): number | undefined {
    return this.byId.get(frameId)?.index;
  }
}
