// `glassbox trace` of the examples, checked whole against test/golden/trace/*.txt: hoisting,
// the TDZ, closures and the event loop's order, as the learner reads them in a terminal.
// Spawns the built bundle, so `npm run build` first.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { childEnv, GLASSBOX_BIN, REPO_ROOT } from '../helpers/processes';
import { matchGolden, withoutPath } from './golden';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

function trace(file: string): string {
  const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'trace', file], { encoding: 'utf8', env: childEnv(), timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr || `glassbox trace ${file} ended with ${r.status ?? r.signal}`);
  return withoutPath(r.stdout, EXAMPLES, 'examples');
}

describe('golden: glassbox trace', () => {
  for (const name of ['hoisting', 'tdz', 'closures', 'event-loop']) {
    it(`examples/${name}.js`, () => {
      matchGolden(path.join(__dirname, 'trace', `${name}.txt`), trace(path.join(EXAMPLES, `${name}.js`)));
    });
  }
});
