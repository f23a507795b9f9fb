// Inline values: choosing each name's value from the scope chain, and the texts shown.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { inlineTexts, stopHint, valueTable } from '../../extension/inlineValues/valueTable';

const scopes = [
  { variables: [{ name: 'level', value: "'block'" }] },
  { variables: [{ name: 'level', value: "'local'" }, { name: 'later', value: '<uninitialized (TDZ)>' }] },
  { variables: [{ name: 'this', value: '{}' }, { name: 'total', value: '3' }, { name: '[[Built-ins]]', value: 'globalThis built-ins' }] },
];

describe('inline values: valueTable and inlineTexts', () => {
  it('takes each name from the innermost scope that has it, skipping groups', () => {
    assert.deepEqual([...valueTable(scopes)], [['level', "'block'"], ['later', '<uninitialized (TDZ)>'], ['this', '{}'], ['total', '3']]);
  });

  it('writes `name = value` for names the frame can reach, TDZ included', () => {
    const spots = [{ name: 'level', line: 2, column: 4 }, { name: 'later', line: 3, column: 0 }, { name: 'elsewhere', line: 4, column: 0 }];
    assert.deepEqual(inlineTexts(spots, valueTable(scopes)), [
      { name: 'level', line: 2, column: 4, text: "level = 'block'" },
      { name: 'later', line: 3, column: 0, text: 'later = <uninitialized (TDZ)>' },
    ]);
  });

  it('puts the stop\'s text at the stopped line, shortened like a value', () => {
    assert.equal(stopHint('Creation phase of multiply(e, f): declarations hoisted'), '◀ Creation phase of multiply(e, f): declarations hoisted');
    assert.equal(stopHint(undefined), undefined);
    assert.equal(stopHint('x'.repeat(300))?.length, 102);
  });

  it('shortens long values', () => {
    const [t] = inlineTexts([{ name: 's', line: 0, column: 0 }], new Map([['s', 'x'.repeat(500)]]));
    assert.equal(t.text.length, 's = '.length + 100);
    assert.ok(t.text.endsWith('…'));
  });
});
