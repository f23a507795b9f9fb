// Core modules written in JS are the engine's, not the learner's: stepping into a call of one
// (emitter.emit) goes on to the learner's own code it calls, never stops inside node:events.
import assert from 'node:assert/strict';
import { createAgent } from '../../engine';

const program = [
  "const EventEmitter = require('events');", // 1
  'const door = new EventEmitter();', //         2
  "door.on('open', function greet(who) {", //   3
  '  console.log(who);', //                      4
  '});', //                                      5
  'debugger;', //                                6
  "door.emit('open', 'Ada');", //                7
  "console.log('done');", //                     8
].join('\n');

describe('engine debugger: stepping through core modules written in JS', () => {
  it('steps from a call of emit into the listener, and from its end back to the program', () => {
    const run = createAgent(program, { fileName: 't.js', onConsole: () => {} });
    const dbg = run.attachDebugger(false);
    const stops: string[] = [];
    for (let guard = 0; guard < 10_000 && stops.length < 8; guard++) {
      const r = run.step();
      if (r === 'done' || r === 'uncaught') break;
      if (r !== 'paused') continue;
      const top = dbg.frames()[0];
      stops.push(`${top.name}:${top.line}`);
      dbg.stepIn();
    }
    assert.deepEqual(stops, ['(global):6', '(global):7', 'greet:3', 'greet:4', '(global):8']);
  });
});
