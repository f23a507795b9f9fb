// "Why is this alive?": for each box of a heap graph, the shortest chain of references from
// a root (a binding of a stopped frame, a global, a timer) to it, found breadth first over
// the graph's roots and edges. Pure.
import type { WireGraph } from './wire';

/** Joins the steps of a retaining path, as the view shows it. */
export const PATH_SEPARATOR = ' › ';

/** A root reference: `title` is its box's (a frame's name, `Global`, `Timers`), `name` the binding's. */
export interface PathStart { title: string; name: string; to: number }

/**
 * Each reachable node id's retaining path, as text: `main › counter › [[Environment]] › count`.
 * All starts are at distance 0; among equally short paths the earlier start wins.
 */
export function retainingPaths(starts: readonly PathStart[], edges: WireGraph['edges']): Map<number, string> {
  const paths = new Map<number, string>();
  const queue: number[] = [];
  for (const s of starts) {
    if (paths.has(s.to)) continue;
    paths.set(s.to, [s.title, s.name].join(PATH_SEPARATOR));
    queue.push(s.to);
  }
  const out = new Map<number, { to: number; name: string }[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i];
    for (const e of out.get(from) ?? []) {
      if (paths.has(e.to)) continue;
      paths.set(e.to, paths.get(from) + PATH_SEPARATOR + e.name);
      queue.push(e.to);
    }
  }
  return paths;
}
