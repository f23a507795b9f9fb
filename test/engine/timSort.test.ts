// TimSort, the state machine behind Array.prototype.sort: under 64 elements it asks for the
// very comparisons the host's V8 makes; at any size it sorts stably.
import assert from 'node:assert/strict';
import { TimSort } from '../../engine/realm/builtins/timSort';

interface Item { v: number; i: number }

/** The comparisons asked for (as "i,j" of the items' first positions) and the order reached. */
function viaTimSort(values: number[]): { calls: string[]; order: number[] } {
  const items: Item[] = values.map((v, i) => ({ v, i }));
  const calls: string[] = [];
  const sort = new TimSort(items as never[]);
  let order = 0;
  while (sort.advance(order)) {
    const x = sort.x as unknown as Item, y = sort.y as unknown as Item;
    calls.push(`${x.i},${y.i}`);
    order = x.v - y.v;
  }
  return { calls, order: items.map((e) => e.i) };
}

function viaHost(values: number[]): { calls: string[]; order: number[] } {
  const calls: string[] = [];
  const items = values.map((v, i) => ({ v, i })).sort((x, y) => (calls.push(`${x.i},${y.i}`), x.v - y.v));
  return { calls, order: items.map((e) => e.i) };
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648);
}

const shapes: { name: string; make: (n: number, next: () => number) => number[] }[] = [
  { name: 'random', make: (n, next) => Array.from({ length: n }, () => next() % 1000) },
  { name: 'few distinct values', make: (n, next) => Array.from({ length: n }, () => next() % 3) },
  { name: 'ascending', make: (n) => Array.from({ length: n }, (_, i) => i) },
  { name: 'descending', make: (n) => Array.from({ length: n }, (_, i) => n - i) },
  { name: 'all equal', make: (n) => Array.from({ length: n }, () => 7) },
  { name: 'sawtooth', make: (n) => Array.from({ length: n }, (_, i) => i % 10) },
];

describe('TimSort', () => {
  for (const shape of shapes) {
    it(`${shape.name}: V8's comparisons under 64 elements`, () => {
      const next = lcg(42);
      for (let n = 0; n < 64; n++) {
        const values = shape.make(n, next);
        assert.deepEqual(viaTimSort(values), viaHost(values), `${n} elements`);
      }
    });
    it(`${shape.name}: a stable sort at larger sizes`, () => {
      const next = lcg(7);
      for (const n of [64, 65, 200, 1000, 4097]) {
        const values = shape.make(n, next);
        assert.deepEqual(viaTimSort(values).order, viaHost(values).order, `${n} elements`);
      }
    });
  }
});
