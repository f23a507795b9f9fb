// Golden stops: where each callback waits and which phase runs it.
setTimeout(function onTimeout() {
  debugger; // inside a timer callback
  Promise.resolve('later').then(function afterTimeout(value) {
    debugger; // a microtask queued by the timer
    return value;
  });
}, 10);
setImmediate(function onImmediate() {
  debugger; // the check phase
});
Promise.resolve('now').then(function onResolve(value) {
  debugger; // at a microtask, after the nextTick queue drained
  return value;
});
process.nextTick(function tick() {
  debugger; // the nextTick queue runs first
});
debugger; // the script's last line: everything waits
