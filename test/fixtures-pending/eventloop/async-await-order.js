// async functions run synchronously until the first await; the rest continues as microtasks
async function first() {
  console.log('first: start');
  await null;
  console.log('first: after await');
  return 'first result';
}
async function second() {
  console.log('second: start');
  const r = await first();
  console.log('second: got', r);
}
console.log('before');
second().then(() => console.log('second resolved'));
Promise.resolve().then(() => console.log('plain promise'));
console.log('after');
