// parse/lazyLocations.ts: a node's `loc`, worked out from its offsets when read, is the one
// acorn builds with `locations: true`, for every node of every fixture and example.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as acorn from 'acorn';
import { parseProgram } from '../../engine/parse/parse';
import { isNode } from '../../engine/parse/ast';
import { jsFiles } from '../helpers/jsFiles';

/** "type start-end line:col-line:col" for every node, in a fixed order. */
function locations(root: unknown): string[] {
  const out: string[] = [];
  const work: unknown[] = [root];
  while (work.length > 0) {
    const n = work.pop();
    if (Array.isArray(n)) { work.push(...n); continue; }
    if (!isNode(n)) continue;
    const { start, end, loc } = n as unknown as { start: number; end: number; loc: acorn.SourceLocation };
    out.push(`${n.type} ${start}-${end} ${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`);
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && value !== null && typeof value === 'object') work.push(value);
  }
  return out;
}

const lineBreaks: [string, string][] = [
  ['\\n', 'let a = 1;\nlet b =\n  a + 1;'],
  ['\\r\\n', 'let a = 1;\r\nlet b =\r\n  a + 1;'],
  ['\\r', 'let a = 1;\rlet b =\r  a + 1;'],
  ['U+2028 and U+2029', 'let a = 1;\u2028let b =\u2029  a + 1;'],
  ['a template and a comment over lines', 'const t = `a\nb${ 1 +\n2 }c`;\n/* x\ny */ f(t);'],
];

describe('lazily worked-out node locations', () => {
  for (const [what, source] of lineBreaks) {
    it(`are acorn's, with line breaks ${what}`, () => {
      const acorns = locations(acorn.parse(source, { ecmaVersion: 'latest', locations: true }));
      assert.deepEqual(locations(parseProgram(source, { fileName: 't.js' })), acorns);
    });
  }

  for (const dir of ['test/fixtures', 'examples']) {
    it(`are acorn's for every node of every program in ${dir}`, () => {
      const differ = jsFiles(join(__dirname, '../..', dir)).filter((f) => {
        const source = readFileSync(f, 'utf8');
        // Files meant not to parse, and those only Glassbox's parser takes (V8's sloppy `let` names), are left out.
        let acorns: string[];
        try { acorns = locations(acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'commonjs' as never, locations: true, allowHashBang: true })); } catch { return false; }
        return locations(parseProgram(source, { fileName: f, commonjs: true })).join('\n') !== acorns.join('\n');
      });
      assert.deepEqual(differ, []);
    });
  }
});
