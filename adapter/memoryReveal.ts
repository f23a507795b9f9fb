// "Reveal in Variables" for the Memory view: DAP has no request that selects a Variables row,
// so the object a box stands for becomes a scope of its own ("Memory view: <label>") listed
// first in every paused frame's scopes, where VS Code expands it, until the program runs on.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { EngineDebugger } from '../engine';
import type { Answer } from './inspection';
import { MEMORY_SCOPE_PREFIX, type RevealHeapObjectBody } from './protocol';

interface Revealed { scope: string; handle: number }

export class MemoryReveal {
  private revealed: Revealed | undefined;

  /** Makes node `id` of the current heap graph the revealed object; an id not drawn at this stop is refused. */
  reveal(dbg: EngineDebugger, id: number): Answer<RevealHeapObjectBody> {
    if (!dbg.stop()) return { ok: false, message: 'The program is running: pause it first.' };
    // Only an id of the graph at this stop names a live object (ids of freed ones are never reused).
    const node = dbg.heapGraph().nodes.find((n) => n.id === id);
    const view = node && dbg.heapNodeView(id, node.label);
    if (!node || !view || view.handle === 0) return { ok: false, message: `No object ${id} in the heap at this stop.` };
    this.revealed = { scope: MEMORY_SCOPE_PREFIX + node.label, handle: view.handle };
    return { ok: true, body: { scope: this.revealed.scope } };
  }

  /**
   * `scopes` of a frame of `dbg`'s thread with the revealed object's scope first, while its
   * handle lives in that thread (handles end when the program runs on; each thread has its own).
   */
  withRevealed(dbg: EngineDebugger, scopes: DebugProtocol.Scope[]): DebugProtocol.Scope[] {
    if (!this.revealed || !dbg.has(this.revealed.handle)) return scopes;
    return [{ name: this.revealed.scope, variablesReference: this.revealed.handle, expensive: false }, ...scopes];
  }
}
