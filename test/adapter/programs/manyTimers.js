for (let i = 0; i < 100_000; i++) setTimeout(function tick() {}, i % 1000);
debugger;
console.log('queued');
