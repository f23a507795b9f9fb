// Conformance against Node: every program under test/fixtures must print exactly what
// `node <file>` prints on stdout and exit with the same status when run with
// `node bin/glassbox.js run <file>`. stderr is not compared (Node prints host stack traces there).
// Fixtures in a directory of FLAGS_BY_DIRECTORY run with those flags in both processes.
// A folder with a main.js (or, an ES module program, a main.mjs) is one multi-file program
// (test/helpers/folderFixtures.ts): node and glassbox each run it from a copy of its own (its
// current folder), and glassbox's copy must be unchanged afterwards (fs writes go to memory,
// never to the disk).
// The programs in examples/ are held to the same bar, so what a learner opens runs as in Node.
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
  type ProcessResult,
} from './helpers/processes';
import { copyFolder, folderContents, folderEntry, moduleFolders, splitFixtures, withoutCopyPath } from './helpers/folderFixtures';

const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');
const { files: fixtures, folders: folderFixtures } = splitFixtures(listJsFiles(FIXTURES_DIR), moduleFolders(FIXTURES_DIR));
const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
// ES module examples too (modules/main.mjs); the files they import run alone as well and print nothing.
const examples = listJsFiles(EXAMPLES_DIR, ['.js', '.mjs']);
const LEAK_EXAMPLES = ['global', 'interval', 'listeners'].flatMap((leak) => [`leak-${leak}.js`, `leak-${leak}-fixed.js`]);

/** Flags for every fixture under a top-level directory, given to `node` and `glassbox run` alike. */
const FLAGS_BY_DIRECTORY: Readonly<Record<string, readonly string[]>> = {
  gc: ['--expose-gc'],
};

function flagsFor(rel: string): readonly string[] {
  return FLAGS_BY_DIRECTORY[rel.split('/')[0]] ?? [];
}

/** Runs `rel` (the name in messages) under node and glassbox with `flags` and fails on any difference. */
async function assertMatchesNode(file: string, rel: string, flags: readonly string[]): Promise<void> {
  assertSameRun(rel, flags, ...(await Promise.all([runNodeAsync(file, flags), runGlassboxAsync(file, flags)])));
}

/**
 * Runs the folder program `rel` in two fresh copies of its folder, main.js under node and
 * glassbox, each from its copy; glassbox's copy must be as it was (its writes went nowhere).
 */
async function assertFolderMatchesNode(folder: string, rel: string, flags: readonly string[]): Promise<void> {
  const forNode = copyFolder(folder);
  const forGlassbox = copyFolder(folder);
  const entry = folderEntry(folder);
  try {
    const before = folderContents(forGlassbox.root);
    const [expected, actual] = await Promise.all([
      runNodeAsync(path.join(forNode.root, entry), flags, forNode.root),
      runGlassboxAsync(path.join(forGlassbox.root, entry), flags, forGlassbox.root),
    ]);
    expected.stdout = withoutCopyPath(expected.stdout, forNode.root);
    actual.stdout = withoutCopyPath(actual.stdout, forGlassbox.root);
    assertSameRun(`${rel}/${entry}`, flags, expected, actual);
    assert.deepEqual(folderContents(forGlassbox.root), before, `${rel}: glassbox changed the program's folder (its fs writes must stay in memory)`);
  } finally {
    forNode.dispose();
    forGlassbox.dispose();
  }
}

function assertSameRun(rel: string, flags: readonly string[], expected: ProcessResult, actual: ProcessResult): void {
  assert.ok(
    !expected.timedOut && !expected.spawnError && expected.status !== null,
    `the reference run \`node ${[...flags, rel].join(' ')}\` did not finish normally: ${describeEnd(expected)}\n${tail(expected.stderr)}`,
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
}

describe('fixtures: glassbox run matches node', function () {
  // The two processes run side by side, each killed after PROCESS_TIMEOUT_MS.
  this.timeout(PROCESS_TIMEOUT_MS + 5_000);

  it('finds the fixture programs', () => {
    assert.ok(fixtures.length >= 100, `expected at least 100 fixtures in ${FIXTURES_DIR}, found ${fixtures.length}`);
  });

  for (const rel of fixtures) {
    it(rel, () => assertMatchesNode(path.join(FIXTURES_DIR, ...rel.split('/')), rel, flagsFor(rel)));
  }

  for (const rel of folderFixtures) {
    it(`${rel}/ (a program of several files)`, () => assertFolderMatchesNode(path.join(FIXTURES_DIR, ...rel.split('/')), rel, flagsFor(rel)));
  }
});

describe('examples: glassbox run matches node', function () {
  this.timeout(PROCESS_TIMEOUT_MS + 5_000);

  it('finds the examples, the leak examples, the worker and the modules among them', () => {
    for (const name of [...LEAK_EXAMPLES, 'worker-threads.js', 'modules/main.mjs']) assert.ok(examples.includes(name), `expected ${name} in ${EXAMPLES_DIR}`);
  });

  for (const rel of examples) {
    it(`examples/${rel}`, () => assertMatchesNode(path.join(EXAMPLES_DIR, rel), `examples/${rel}`, []));
  }
});
