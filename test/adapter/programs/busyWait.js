const start = Date.now();
debugger;
while (Date.now() - start < 50) {}
debugger;
console.log('done', Date.now() - start);
