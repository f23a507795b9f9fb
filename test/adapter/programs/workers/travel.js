const path = require('path');
const { Worker } = require('worker_threads');

console.log('main starts');
const worker = new Worker(path.join(__dirname, 'echo.js'));
let replies = 0;
worker.on('message', (m) => {
  replies++;
  console.log('main got', m);
  if (replies < 2) worker.postMessage(replies);
});
worker.on('exit', (code) => console.log('worker exit', code));
worker.postMessage(0);
