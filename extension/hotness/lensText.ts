// The hotness CodeLens's words over a function, from the adapter's `hotness` answer:
// `called 10,000×, hot · optimized`, `called 2,001×, hot · deoptimized 1× (not a number)`.
import type { FunctionHotness } from '../../adapter/protocol';

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function loops(n: number): string {
  return `${count(n)} loop iteration${n === 1 ? '' : 's'}`;
}

/** One line for a function that ran; the tier part comes last, as the learner looks for it. */
export function lensText(f: FunctionHotness): string {
  const counts = [`called ${count(f.calls)}×`];
  if (f.backEdges > 0) counts.push(loops(f.backEdges));
  if (f.hot) counts.push('hot');
  const text = counts.join(', ');
  if (f.deopts > 0) {
    const now = f.tier === 'optimized' ? ' · optimized again' : f.tier === 'never' ? ' · stays in plain bytecode' : '';
    return `${text} · deoptimized ${count(f.deopts)}× (${f.lastDeoptReason ?? 'guard failed'})${now}`;
  }
  if (f.tier === 'optimized') return `${text} · optimized`;
  return text;
}
