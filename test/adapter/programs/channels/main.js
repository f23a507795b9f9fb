const path = require('path');
const { Worker, MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { port: port2 }, transferList: [port2] });
port1.on('message', (m) => {
  console.log('main got', m);
  port1.close();
});
worker.on('exit', (code) => console.log('worker exited with', code));
