const { parentPort } = require('worker_threads');

let seen = 0;
console.log('worker starts');
parentPort.on('message', (n) => {
  seen++;
  console.log('worker got', n);
  parentPort.postMessage(n * 10 + seen);
  if (seen === 2) parentPort.close();
});
