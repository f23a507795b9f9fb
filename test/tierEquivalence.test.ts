// The second tier changes speed, never behaviour: every fixture prints the same (stdout,
// stderr, exit) with every function optimized from its first call (thresholds 0) as in
// the plain interpreter alone (tiering off). In-process, on the esbuild bundle of the
// engine (as the bench loads it), so 335 fixtures take seconds, not process starts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleEngine, loadEngine, type EngineApi } from './bench/loadEngine';
import { REPO_ROOT, lineDiff, listJsFiles } from './helpers/processes';
import { FOLDER_ENTRY, splitFixtures } from './helpers/folderFixtures';
import { programFolderReader } from '../adapter/programFolder';

const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');

interface Printed { text: string; end: string; optimized: number }

function runFixture(api: EngineApi, file: string, tiering: { calls: number; backEdges: number } | false): Printed {
  let text = '';
  let optimized = 0;
  const onConsole = (e: { level: string; text: string }): void => { text += `${e.level === 'warn' || e.level === 'error' ? 'err' : 'out'}: ${e.text}\n`; };
  try {
    const agent = api.createAgent(fs.readFileSync(file, 'utf8'), {
      fileName: file, modulePath: file, readFile: programFolderReader(file), onConsole, tiering,
      onTierEvent: (e) => { if (e.kind === 'optimized') optimized++; },
    });
    const outcome = agent.runToEnd();
    return { text, end: outcome.kind === 'completed' ? `exit ${outcome.exitCode}` : `${outcome.kind}: ${'report' in outcome ? outcome.report : ''}`, optimized };
  } catch (e) {
    return { text, end: `threw ${e instanceof Error ? e.message : String(e)}`, optimized };
  }
}

describe('fixtures: the optimized tier prints what the plain interpreter prints', function () {
  this.timeout(120_000);
  let api: EngineApi;
  // A folder program runs from its main.js; its other files are its modules.
  const { files, folders } = splitFixtures(listJsFiles(FIXTURES_DIR));
  const fixtures = [...files, ...folders.map((f) => `${f}/${FOLDER_ENTRY}`)];
  let optimizedSomewhere = 0;

  let bundleDir: string;
  before(async () => {
    bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-tiers-'));
    api = await loadEngine(bundleEngine(bundleDir));
  });
  after(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

  for (const rel of fixtures) {
    it(rel, () => {
      const file = path.join(FIXTURES_DIR, ...rel.split('/'));
      const plain = runFixture(api, file, false);
      const tiered = runFixture(api, file, { calls: 0, backEdges: 0 });
      assert.equal(plain.optimized, 0, 'tiering off optimized a function');
      if (tiered.optimized > 0) optimizedSomewhere++;
      assert.equal(tiered.text, plain.text, `output differs (- plain, + optimized):\n${lineDiff(plain.text, tiered.text)}`);
      assert.equal(tiered.end, plain.end);
    });
  }

  it('optimized functions in the fixtures (the comparison is not vacuous)', () => {
    assert.ok(optimizedSomewhere >= fixtures.length / 2, `only ${optimizedSomewhere} of ${fixtures.length} fixtures optimized anything`);
  });
});
