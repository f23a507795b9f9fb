const { workerData } = require('worker_threads');

const { port } = workerData;
port.postMessage('through the port');
port.close();
