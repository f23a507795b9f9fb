const path = require('path');
const { Worker } = require('worker_threads');

const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { start: 10 } });
let busy = 0;
for (let i = 0; i < 200000; i++) busy += i;
worker.on('message', (m) => {
  console.log('main got', m);
});
worker.on('exit', (code) => console.log('worker exit', code));
