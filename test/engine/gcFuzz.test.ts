// The collector's fuzz test: the fixture programs, with gc() put before statements chosen by a
// seeded PRNG, run in-process with swept cells poisoned and automatic collections every few KB.
// A live object the collector took for dead either changes the output or throws a host error.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAgent } from '../../engine';
import { REPO_ROOT, listJsFiles } from '../helpers/processes';
import { folderEntry, moduleFolders, splitFixtures } from '../helpers/folderFixtures';
import { programFolderReader } from '../../adapter/programFolder';
import { statementStarts, withGcCalls } from './gcFuzzInsert';

const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');
/** GC_FUZZ_SEEDS=4,5,6 tries others. */
const SEEDS = (process.env.GC_FUZZ_SEEDS ?? '1,2,3').split(',').map(Number);
/** Share of statement starts that get a gc() call. */
const RATE = 0.3;
/** A gc() inside a long loop would collect thousands of times: past this many calls it does nothing. */
const MAX_CALLS = 40;
const INSERTED = `;(gc.calls = (gc.calls | 0) + 1) <= ${MAX_CALLS} && gc();`;
/** The same text as a program that puts its own source in a URL shows it. */
const INSERTED_IN_URL = new URLSearchParams({ s: INSERTED }).toString().slice(2);
/** Fixtures slower than this without gc() (busy-wait timers, stack overflows) are left out. */
const MAX_BASELINE_MS = 300;

interface Run { text: string; collections: number }

/** This seed's runs keep cells untracked, as a run without poisoning does (the default): the weak references' clearing is fuzzed there too. */
const UNTRACKED_SEED = 3;

/**
 * Runs `source` in-process with gc() exposed (both runs have the global); `withGc`: a tiny
 * allocation budget, and poisoning on unless `untracked`. Null past `maxMs`.
 */
function run(source: string, file: string, withGc: boolean, maxMs = Infinity, untracked = false): Run | null {
  const out: string[] = [];
  let collections = 0;
  const agent = createAgent(source, {
    fileName: file, modulePath: file, readFile: programFolderReader(file), startTime: 1.7e12, wallClock: () => 1.7e12, exposeGc: true,
    onConsole: (e) => out.push(`${e.level}: ${e.text}`),
    ...(withGc ? { gcPoison: !untracked, gcBudgetBytes: 32 * 1024, sliceSize: 5_000, onGc: () => { collections++; } } : {}),
  });
  const start = performance.now();
  for (let r = agent.step(); r !== 'done' && r !== 'uncaught' && r !== 'fatal'; r = agent.step()) {
    if (performance.now() - start > maxMs) return null;
  }
  const outcome = agent.outcome();
  out.push(outcome.kind === 'completed' ? `exit ${outcome.exitCode}` : `${outcome.kind}: ${outcome.report}`);
  return { text: normalize(out.join('\n')), collections };
}

/**
 * The inserted calls move columns, show in echoed source (toString, error reports) and give gc a
 * `calls` property (in a printed global object): leave those out.
 */
function normalize(text: string): string {
  return text.split(INSERTED).join('').split(INSERTED_IN_URL).join('').replace(/\[Function: gc\] \{ calls: \d+ \}/g, '[Function: gc]').replace(/:(\d+):\d+/g, ':$1:_').replace(/^ *\^+ *$/gm, '^');
}

/** The fixtures that parse, run quickly and do not use gc themselves. */
function candidates(): { rel: string; file: string; source: string; baseline: Run }[] {
  const out = [];
  const { files, folders } = splitFixtures(listJsFiles(FIXTURES_DIR), moduleFolders(FIXTURES_DIR));
  for (const rel of [...files, ...folders.map((f) => `${f}/${folderEntry(path.join(FIXTURES_DIR, f))}`)]) {
    const file = path.join(FIXTURES_DIR, ...rel.split('/'));
    const source = fs.readFileSync(file, 'utf8');
    if (/\bgc\b/.test(source)) continue;
    try { statementStarts(source); } catch { continue; }
    const baseline = run(source, file, false, MAX_BASELINE_MS);
    if (baseline) out.push({ rel, file, source, baseline });
  }
  return out;
}

describe('collector fuzz: gc() at random statements changes no fixture output', function () {
  this.timeout(120_000);
  it(`seeds ${SEEDS.join(', ')}: same output, no host error`, () => {
    const programs = candidates();
    assert.ok(programs.length >= 250, `only ${programs.length} fixtures to fuzz`);
    const failures: string[] = [];
    let collections = 0;
    for (const p of programs) {
      for (const seed of SEEDS) {
        const { text, inserted } = withGcCalls(p.source, seed, RATE, INSERTED);
        let fuzzed: Run;
        try {
          fuzzed = run(text, p.file, true, Infinity, seed === UNTRACKED_SEED)!;
        } catch (e) {
          failures.push(`${p.rel} seed ${seed}: host error ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
          continue;
        }
        collections += fuzzed.collections;
        if (fuzzed.text !== p.baseline.text) failures.push(`${p.rel} seed ${seed} (${inserted} calls): output differs\n--- without gc\n${p.baseline.text}\n--- with gc\n${fuzzed.text}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(collections > programs.length * SEEDS.length, `only ${collections} collections ran`);
  });
});
