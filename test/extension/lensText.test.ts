// The hotness CodeLens's words, table-driven: counts as the learner reads them, then the tier.
import { strict as assert } from 'node:assert';
import type { FunctionHotness } from '../../adapter/protocol';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { lensText } from '../../extension/hotness/lensText';

const base: FunctionHotness = { name: 'f', line: 1, column: 1, calls: 0, backEdges: 0, hot: false, tier: 'baseline', deopts: 0, lastDeoptReason: null };

describe('hotness CodeLens text', () => {
  const cases: [Partial<FunctionHotness>, string][] = [
    [{ calls: 3 }, 'called 3×'],
    [{ calls: 10_000, hot: true, tier: 'optimized' }, 'called 10,000×, hot · optimized'],
    [{ calls: 1, backEdges: 1 }, 'called 1×, 1 loop iteration'],
    [{ calls: 2, backEdges: 20_000, hot: true, tier: 'optimized' }, 'called 2×, 20,000 loop iterations, hot · optimized'],
    [{ calls: 2_001, hot: true, deopts: 1, lastDeoptReason: 'not a number' }, 'called 2,001×, hot · deoptimized 1× (not a number)'],
    [{ calls: 5_000, hot: true, tier: 'optimized', deopts: 1, lastDeoptReason: 'not a number' }, 'called 5,000×, hot · deoptimized 1× (not a number) · optimized again'],
    [{ calls: 9_000, hot: true, tier: 'never', deopts: 4, lastDeoptReason: 'wrong shape' }, 'called 9,000×, hot · deoptimized 4× (wrong shape) · stays in plain bytecode'],
  ];
  for (const [fields, text] of cases) {
    it(text, () => assert.equal(lensText({ ...base, ...fields }), text));
  }
});
