// "Why is this alive?": for each box of a heap graph, the shortest chain of references from
// a root (a binding of a stopped frame, a global, a timer) to it, found breadth first over
// the graph's roots and edges. Pure.
import type { WireGraph } from './wire';

/** Joins the steps of a retaining path, as the view shows it. */
export const PATH_SEPARATOR = ' › ';

/** The title a root's group has in the view: its frame's name, or `Global` / `Timers` for frame -1. */
export type RootTitle = (root: WireGraph['roots'][number]) => string;

/** Each reachable node id's retaining path, as text: `next › counter › [[Environment]] › count`. */
export function retainingPaths(graph: WireGraph, rootTitle: RootTitle): Map<number, string> {
  const paths = new Map<number, string>();
  const queue: number[] = [];
  // Roots in order: the innermost frame first, so its bindings win ties.
  for (const root of graph.roots) {
    if (root.to === null || paths.has(root.to)) continue;
    paths.set(root.to, [rootTitle(root), root.name].join(PATH_SEPARATOR));
    queue.push(root.to);
  }
  const out = new Map<number, { to: number; name: string }[]>();
  for (const e of graph.edges) {
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
