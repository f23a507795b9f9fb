// async-await.js: an async function runs synchronously until its first `await`; then it
// is suspended, the caller goes on, and the rest of the function comes back later as a
// microtask. The Event Loop view shows each resumption in the microtask queue.

function wait(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

async function brew(drink) {
  console.log('  start brewing', drink);
  // The function pauses here; its frame leaves the call stack until the promise settles.
  const cup = await wait(20, drink + ' cup');
  console.log('  ready:', cup);
  return cup.toUpperCase();
}

async function main() {
  console.log('1. main starts');
  const tea = brew('tea');
  console.log('2. brew returned a pending promise; main goes on');
  const result = await tea;
  console.log('4. awaited result:', result);

  // Two awaits in a row take twice as long; Promise.all waits for both at once.
  const both = await Promise.all([brew('coffee'), brew('cocoa')]);
  console.log('5. together:', both.join(', '));

  // A rejection becomes an exception at the await, caught like any other.
  try {
    await Promise.reject(new Error('out of milk'));
  } catch (error) {
    console.log('6. caught:', error.message);
  }
  return 'main done';
}

main().then((value) => console.log('7.', value));
// main is suspended at its first await, so the script's last line runs before the rest of main.
console.log('3. the script ends while main waits');
