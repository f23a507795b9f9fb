// Numbers for inspection handles (the adapter's variablesReferences). One space is shared by
// every agent of a session, so no two debuggers give out the same number and none is reused.

/** Hands out handle numbers, each once; a session keeps one for its whole life (restarts too). */
export class HandleSpace {
  private last = 0;

  next(): number {
    return ++this.last;
  }
}
