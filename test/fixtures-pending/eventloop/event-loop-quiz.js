// the classic ordering quiz mixing every queue
console.log('1 sync');
setTimeout(() => {
  console.log('6 timeout');
  Promise.resolve().then(() => console.log('7 promise inside timeout'));
}, 0);
setTimeout(() => console.log('8 second timeout'), 0);
Promise.resolve().then(() => {
  console.log('4 promise');
  setTimeout(() => console.log('9 timeout from promise'), 0);
});
process.nextTick(() => console.log('3 nextTick'));
(async () => {
  console.log('2 async body');
  await undefined;
  console.log('5 after await');
})();
