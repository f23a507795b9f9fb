// leak-interval.js: a timer that is never cleared keeps its callback alive, and the
// callback keeps everything its closure reaches. Open the Memory view (Run and Debug side
// bar), pause in onTick a few times: the `samples` array sits in the closure scope of the
// callback, which hangs off a Timers root (setInterval #1); it gains a box every tick and
// the heap-size sparkline climbs.
// The fix (leak-interval-fixed.js): keep a bounded window of samples and clear the
// interval once the work is done.

function startSampling() {
  const samples = []; // grows forever: nothing ever empties it
  let tick = 0;
  const id = setInterval(function onTick() {
    tick += 1;
    samples.push({ tick: tick, reading: tick * 10, history: new Array(200).fill(tick) });
    console.log('tick', tick, 'samples held:', samples.length);
  }, 10);
  return id;
}

const samplerId = startSampling();

// Only so that this example ends: a real leaking program would never clear the interval,
// and the samples would pile up until the process runs out of memory. This watcher has the
// same period and was started second, so it always runs right after each sample.
let watched = 0;
const watcherId = setInterval(function stopTheDemoAfterFiveTicks() {
  watched += 1;
  if (watched < 5) return;
  clearInterval(samplerId);
  clearInterval(watcherId);
  console.log('demo stopped (a real program would still be ticking)');
}, 10);
