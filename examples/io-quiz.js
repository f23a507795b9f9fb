// The event-loop quiz only I/O can show. Step through it with the Event Loop view open:
// the read waits under Web APIs, its callback runs in the poll phase, and from there the
// check phase (setImmediate) comes before the next turn's timers phase (setTimeout 0).
const fs = require('fs');

fs.readFile(__filename, 'utf8', function onRead(err, source) {
  console.log('read', source.split('\n').length, 'lines');
  setTimeout(function onTimeout() {
    console.log('timeout');
  }, 0);
  setImmediate(function onImmediate() {
    console.log('immediate');
  });
});

setImmediate(function first() {
  console.log('immediate from the script: the read is still in flight');
});
console.log('script done');
