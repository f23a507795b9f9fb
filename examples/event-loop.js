// event-loop.js: who runs when. Open the Event Loop view (the Glassbox icon in the
// activity bar) and step: each callback waits in Web APIs or in a queue, and the loop
// moves it onto the call stack only when the stack is empty.

console.log('1. script starts');

// A timer: the callback waits in Web APIs until its time, then joins the macrotask queue.
setTimeout(function onTimeout() {
  console.log('7. setTimeout callback (a macrotask)');
  // setImmediate puts its callback in the macrotask queue for the loop's check phase,
  // which comes before the timers get another turn.
  setImmediate(function onImmediate() {
    console.log('9. setImmediate callback (the next macrotask)');
  });
  // Microtasks queued by a macrotask run right after it, before the next macrotask.
  Promise.resolve().then(function afterTimeout() {
    console.log('8. promise reaction queued by the timer');
  });
}, 0);

setTimeout(function laterTimeout() {
  console.log('10. the 100 ms timer, last of all');
}, 100);

// A promise reaction: queued in the microtask queue as soon as the promise is settled.
Promise.resolve('done').then(function onResolve(value) {
  console.log('5. promise reaction (a microtask):', value);
});

// queueMicrotask adds straight to the same microtask queue, in order.
queueMicrotask(function micro() {
  console.log('6. queueMicrotask callback');
});

// process.nextTick has its own queue, drained before the microtask queue.
process.nextTick(function tick() {
  console.log('4. process.nextTick callback');
});

console.log('2. script continues: nothing above has run yet');
console.log('3. script ends: the stack empties, and the queues start to drain');
