// The console ledger of a run with workers: each thread's lines are numbered apart, so a
// replay whose threads' lines interleave otherwise prints nothing twice and loses nothing.
import * as assert from 'node:assert/strict';
import { ConsoleLedger } from '../../adapter/timeTravel/consoleLedger';

describe('adapter: the console ledger counts each thread apart', () => {
  it('a replay with another interleaving prints only what is new; going back counts the lines ahead', () => {
    const ledger = new ConsoleLedger();
    const printed = (text: string, thread?: number): string[] => (ledger.admit(text, thread) ? [text] : []);
    assert.deepEqual([...printed('main 1'), ...printed('worker 1', 1), ...printed('main 2\nmain 3')], ['main 1', 'worker 1', 'main 2\nmain 3']);
    // A replay back to just after 'main 1': the worker had not printed yet.
    ledger.beginRun();
    assert.deepEqual(printed('main 1'), []);
    assert.equal(ledger.linesAhead, 3);
    // Forwards again, main's next line comes before the worker's this time.
    assert.deepEqual([...printed('main 2\nmain 3'), ...printed('worker 1', 1), ...printed('worker 2', 1), ...printed('main 4')], ['worker 2', 'main 4']);
    assert.equal(ledger.linesAhead, 0);
  });

  it('a new future forgets every thread\'s lines past the moment', () => {
    const ledger = new ConsoleLedger();
    for (const [text, thread] of [['a', 0], ['x', 1], ['b', 0], ['y', 1]] as const) ledger.admit(text, thread);
    ledger.beginRun();
    ledger.admit('a');
    ledger.fork();
    assert.equal(ledger.linesAhead, 0);
    assert.equal(ledger.admit('x', 1), true, 'the worker\'s line belongs to the new future: printed again');
  });
});
