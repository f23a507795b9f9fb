// timers fire in due-time order; equal delays keep creation order; 0 and 1 ms are the same delay in Node
const log = [];
setTimeout(() => log.push('t10'), 10);
setTimeout(() => log.push('t1'), 1);
setTimeout(() => log.push('t0'), 0);
setTimeout(() => log.push('t5'), 5);
setTimeout(() => log.push('t0 again'));
setTimeout(() => console.log(log.join(' ')), 20);
console.log('sync done');
