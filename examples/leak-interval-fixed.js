// leak-interval-fixed.js: the fix for leak-interval.js. The callback keeps only the last
// WINDOW samples and clears its own interval after the work is done. In the Memory view
// the closure's `samples` array never holds more than WINDOW boxes; after the last tick the
// Timers root is gone, so the callback, its closure scope and the samples are all garbage
// and the heap-size sparkline drops at the next collection.

const WINDOW = 3;
const TICKS = 5;

function startSampling() {
  const samples = [];
  let tick = 0;
  const id = setInterval(function onTick() {
    tick += 1;
    samples.push({ tick: tick, reading: tick * 10, history: new Array(200).fill(tick) });
    if (samples.length > WINDOW) samples.shift(); // the oldest sample becomes garbage
    console.log('tick', tick, 'samples held:', samples.length);
    if (tick === TICKS) {
      clearInterval(id); // nothing references onTick any more
      console.log('sampling done, interval cleared');
    }
  }, 10);
}

startSampling();
