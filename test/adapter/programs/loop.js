let spins = 0;
console.log('spinning');
while (true) {}
