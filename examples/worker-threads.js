// A worker is a second runtime in a thread of its own: its own call stack, heap and event
// loop. This file is both: main starts it as a worker of itself (`isMainThread` tells them
// apart). Debug it with the Event Loop view open: once the worker starts, the view shows
// main's loop and the worker's side by side, and each message waits in the Messages channel
// between them until the receiving thread's poll phase takes it. Select the worker's frame
// in the Call Stack and the Memory view draws the worker's heap: the numbers main sent are
// there as a copy of their own.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  const numbers = [3, 1, 4, 1, 5, 9, 2, 6];
  const worker = new Worker(__filename, { workerData: numbers });
  worker.on('message', (sum) => {
    console.log('main: the worker says the sum is', sum);
    console.log('main: my numbers are still', numbers.length, 'numbers: the worker emptied its copy');
  });
  worker.on('exit', (code) => console.log('main: the worker exited with code', code));
  console.log('main: started a worker; my script goes on meanwhile');
} else {
  let sum = 0;
  for (const n of workerData) sum += n;
  workerData.length = 0;
  parentPort.postMessage(sum);
}
