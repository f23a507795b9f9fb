const { parentPort, workerData } = require('worker_threads');

let count = workerData.start;
count += 1;
count += 2;
parentPort.postMessage(count);
count = 0;
