console.log('sync');
setTimeout(function later() {
  console.log('timer');
}, 10);
Promise.resolve().then(function cb() {
  console.log('micro');
});
debugger;
