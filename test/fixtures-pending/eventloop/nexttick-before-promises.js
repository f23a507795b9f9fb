// process.nextTick callbacks run before promise microtasks, and both drain completely
Promise.resolve().then(() => console.log('promise A'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => {
  console.log('promise B');
  process.nextTick(() => console.log('tick from promise'));
});
process.nextTick(() => {
  console.log('tick 2');
  Promise.resolve().then(() => console.log('promise from tick'));
});
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
