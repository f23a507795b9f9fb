const { Worker } = require('worker_threads');

const worker = new Worker('const limit = 3;\nthrow new RangeError("over the limit " + limit);', { eval: true });
worker.on('error', (e) => console.log('main heard:', e.message));
worker.on('exit', (code) => console.log('exit', code));
