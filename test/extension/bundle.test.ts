// The extension's bundle (dist/extension.js, so `npm run build` first) stays free of the engine:
// the engine runs in its own process, and the wire types (adapter/protocol.ts) import nothing.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the extension bundle', () => {
  it('carries no engine code but the heap limit default the supervisor passes on', () => {
    const map = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'extension.js.map'), 'utf8')) as { sources: string[] };
    const engine = map.sources.filter((s) => /(^|\/)engine\//.test(s));
    assert.deepEqual(engine, ['../engine/heap/defaults.ts']);
    assert.ok(map.sources.includes('../adapter/protocol.ts'), 'the extension reads the wire types from adapter/protocol.ts');
  });
});
