// Golden stops: I/O in flight under Web APIs, its callback in the poll phase, and the quiz
// inside it (setImmediate before setTimeout 0).
const fs = require('fs');
fs.readFile('data.txt', 'utf8', function onRead(err, text) {
  setTimeout(function onTimeout() {
    debugger; // the timers phase of the next turn
  }, 0);
  setImmediate(function onImmediate() {
    debugger; // the check phase, right after the poll phase
  });
  debugger; // the poll phase: the file was read
});
debugger; // the script's last line: the read is in flight
