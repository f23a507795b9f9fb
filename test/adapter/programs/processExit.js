process.stdout.write('a');
process.stdout.write('b\n');
process.on('exit', (code) => console.log(`exit ${code}`));
setTimeout(() => {
  process.exit(3);
  console.log('never');
}, 1);
setTimeout(() => console.log('never either'), 2);
