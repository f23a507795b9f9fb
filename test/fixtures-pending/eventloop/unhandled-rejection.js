// an unhandled rejection ends the program with exit code 1 after the current microtasks
console.log('start');
Promise.reject(new Error('nobody catches this'));
Promise.resolve().then(() => console.log('microtask still runs'));
setTimeout(() => console.log('timer never runs'), 0);
