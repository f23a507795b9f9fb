setTimeout(function tick() {
  console.log('tick');
}, 10);
