// Conformance against Node: every program under test/fixtures must print exactly what
// `node <file>` prints on stdout and exit with the same status when run with
// `node bin/glassbox.js run <file>`. stderr is not compared (Node prints host stack traces there).
// Both runs of a fixture start together, so a test costs one process start, not two, on 2 cores.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  REPO_ROOT,
  PROCESS_TIMEOUT_MS,
  describeEnd,
  lineDiff,
  listJsFiles,
  runGlassboxAsync,
  runNodeAsync,
  tail,
} from './helpers/processes';

const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');
const fixtures = listJsFiles(FIXTURES_DIR);

describe('fixtures: glassbox run matches node', function () {
  // The two processes run side by side, each killed after PROCESS_TIMEOUT_MS.
  this.timeout(PROCESS_TIMEOUT_MS + 5_000);

  it('finds the fixture programs', () => {
    assert.ok(fixtures.length >= 100, `expected at least 100 fixtures in ${FIXTURES_DIR}, found ${fixtures.length}`);
  });

  for (const rel of fixtures) {
    it(rel, async () => {
      const file = path.join(FIXTURES_DIR, ...rel.split('/'));
      const [expected, actual] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
      assert.ok(
        !expected.timedOut && !expected.spawnError && expected.status !== null,
        `the reference run \`node ${rel}\` did not finish normally: ${describeEnd(expected)}\n${tail(expected.stderr)}`,
      );

      const problems: string[] = [];
      if (actual.stdout !== expected.stdout) {
        problems.push(`stdout differs (- node, + glassbox):\n${lineDiff(expected.stdout, actual.stdout)}`);
      }
      if (actual.status !== expected.status) {
        problems.push(`exit status differs: node ${describeEnd(expected)}, glassbox ${describeEnd(actual)}`);
      }
      if (problems.length > 0) {
        const stderr = actual.stderr.trim() ? `\nglassbox stderr:\n${tail(actual.stderr)}` : '';
        assert.fail(`${rel}: glassbox does not behave like node\n${problems.join('\n')}${stderr}`);
      }
    });
  }
});
