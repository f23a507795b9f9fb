// Where the squiggle of a syntax error goes and what its notification says.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { squiggleSpan, syntaxErrorNotice } from '../../extension/syntaxErrorText';

describe('extension: syntax error report', () => {
  it('underlines the token at the 1-based column', () => {
    assert.deepEqual(squiggleSpan('  return x +;', 13), { start: 12, end: 13 });
    assert.deepEqual(squiggleSpan('let 1abc = 2;', 5), { start: 4, end: 8 });
  });

  it('underlines one character past the end of the line or in an unreadable file', () => {
    assert.deepEqual(squiggleSpan('let x = ', 9), { start: 8, end: 9 });
    assert.deepEqual(squiggleSpan('', 4), { start: 0, end: 1 });
  });

  it('names file:line:col in the notification', () => {
    assert.equal(syntaxErrorNotice('bad.js', { line: 2, column: 14, message: 'SyntaxError: Unexpected token' }), 'Glassbox could not run bad.js:2:14: SyntaxError: Unexpected token');
  });
});
