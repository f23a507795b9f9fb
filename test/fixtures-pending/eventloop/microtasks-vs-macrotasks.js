// promise callbacks (microtasks) run before timers (macrotasks), after the current script
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve()
  .then(() => console.log('promise 1'))
  .then(() => console.log('promise 2'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('script end');
