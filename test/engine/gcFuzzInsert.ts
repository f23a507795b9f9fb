// For the collector's fuzz test: the places in a program where a statement starts (found with
// acorn), and the program with `gc();` put before some of them, chosen by a seeded PRNG.
import * as acorn from 'acorn';
import { seededRandom } from '../../engine/realm/random';

/** Offsets where `gc();` may go: before a statement of a block, program or case, after any directive. */
export function statementStarts(source: string): number[] {
  const ast = parseScriptOrModule(source);
  const starts: number[] = [];
  const work: unknown[] = [ast];
  while (work.length > 0) {
    const node = work.pop();
    if (Array.isArray(node)) { for (const n of node) work.push(n); continue; }
    if (typeof node !== 'object' || node === null || typeof (node as acorn.Node).type !== 'string') continue;
    const n = node as acorn.Node & Record<string, unknown>;
    const list = n.type === 'Program' || n.type === 'BlockStatement' || n.type === 'StaticBlock' ? n.body : n.type === 'SwitchCase' ? n.consequent : undefined;
    if (Array.isArray(list)) {
      for (const s of list as (acorn.Node & { directive?: string })[]) if (s.directive === undefined) starts.push(s.start);
    }
    for (const key of Object.keys(n)) if (key !== 'loc') work.push(n[key]);
  }
  return starts.sort((a, b) => a - b);
}

/** A CommonJS or Script program; failing that, an ES module (a main.mjs). */
function parseScriptOrModule(source: string): acorn.Program {
  try {
    return acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true, allowAwaitOutsideFunction: false });
  } catch {
    return acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  }
}

/** `source` with `call` before each statement start the PRNG picks (with probability `rate`). */
export function withGcCalls(source: string, seed: number, rate: number, call = 'gc();'): { text: string; inserted: number } {
  const random = seededRandom(seed);
  const picked = statementStarts(source).filter(() => random() < rate);
  let text = '';
  let at = 0;
  for (const p of picked) { text += source.slice(at, p) + call; at = p; }
  return { text: text + source.slice(at), inserted: picked.length };
}
