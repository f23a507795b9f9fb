async function work() {
  console.log('before');
  await null;
  console.log('after');
}
work();
