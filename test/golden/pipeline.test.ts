// `glassbox tokens|ast|bytecode` of one small program, checked whole against
// test/golden/pipeline/*.txt: the three stages as the learner reads them in a terminal.
// Spawns the built bundle, so `npm run build` first.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { childEnv, GLASSBOX_BIN } from '../helpers/processes';
import { matchGolden } from './golden';

const PROGRAM = path.join(__dirname, 'programs', 'pipeline.js');

describe('golden: glassbox tokens|ast|bytecode', () => {
  for (const stage of ['tokens', 'ast', 'bytecode']) {
    it(`${stage} of test/golden/programs/pipeline.js`, () => {
      const r = spawnSync(process.execPath, [GLASSBOX_BIN, stage, PROGRAM], { encoding: 'utf8', env: childEnv(), timeout: 30_000 });
      assert.equal(r.status, 0, r.stderr || `glassbox ${stage} ended with ${r.status ?? r.signal}`);
      assert.equal(r.stderr, '');
      matchGolden(path.join(__dirname, 'pipeline', `${stage}.txt`), r.stdout);
    });
  }
});
