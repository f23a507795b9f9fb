// The Memory view keeps a box's element from one drawing to the next while the box shows the
// same thing, so a step that changes a few boxes of hundreds makes only those again.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { KeptBoxes, type WantedBox } from '../../extension/memoryView/webview/keptBoxes';

/** A stand-in element: only its identity matters here. */
const made: string[] = [];
const wanted = (key: string, content: unknown): WantedBox => ({ key, content, make: () => { made.push(key); return { key } as unknown as HTMLElement; } });

describe('Memory view: kept boxes', () => {
  beforeEach(() => { made.length = 0; });

  const rows: { name: string; before: WantedBox[]; after: WantedBox[]; remade: string[] }[] = [
    { name: 'unchanged boxes keep their elements', before: [wanted('f0', { x: 1 }), wanted('h1', { a: 1 })], after: [wanted('f0', { x: 1 }), wanted('h1', { a: 1 })], remade: [] },
    { name: 'a changed box is made again', before: [wanted('f0', { x: 1 }), wanted('h1', { a: 1 })], after: [wanted('f0', { x: 2 }), wanted('h1', { a: 1 })], remade: ['f0'] },
    { name: 'a new box is made, a gone one forgotten', before: [wanted('h1', { a: 1 }), wanted('h2', { b: 1 })], after: [wanted('h1', { a: 1 }), wanted('h3', { b: 1 })], remade: ['h3'] },
    { name: 'the same content under another key is another box', before: [wanted('h1', { a: 1 })], after: [wanted('h2', { a: 1 })], remade: ['h2'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const kept = new KeptBoxes();
      const first = kept.elements(row.before);
      assert.equal(first.made, row.before.length, 'the first drawing makes every box');
      made.length = 0;
      const second = kept.elements(row.after);
      assert.deepEqual(made, row.remade);
      assert.equal(second.made, row.remade.length);
      second.elements.forEach((e, i) => {
        const key = row.after[i].key;
        const before = row.before.findIndex((b) => b.key === key);
        if (!row.remade.includes(key)) assert.equal(e, first.elements[before], `${key} keeps its element`);
      });
    });
  }

  it('forgets what it was not asked for: a box gone for one drawing is made again when it comes back', () => {
    const kept = new KeptBoxes();
    kept.elements([wanted('h1', { a: 1 })]);
    kept.elements([]);
    made.length = 0;
    kept.elements([wanted('h1', { a: 1 })]);
    assert.deepEqual(made, ['h1']);
  });
});
