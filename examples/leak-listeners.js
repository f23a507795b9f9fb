// leak-listeners.js: a listener added on every pass and never removed. An EventTarget holds
// each listener strongly, and each listener holds its closure. Open the Memory view (Run
// and Debug side bar) and step through the loop: the `bus` box gains one function box per
// request, each with a closure scope holding that request's payload, and the heap-size
// sparkline climbs; every dispatch also runs every stale listener.
// The fix (leak-listeners-fixed.js): remove the listener when its work is done, or add it
// with { once: true } so the EventTarget drops it after the first call.

const bus = new EventTarget();
let calls = 0;

function handleRequest(id) {
  const payload = { id: id, body: new Array(100).fill(id) };
  // Added on every request and never removed.
  bus.addEventListener('reply', function onReply() {
    calls += 1;
    payload.answered = true;
  });
}

for (let id = 1; id <= 5; id++) {
  handleRequest(id);
  bus.dispatchEvent(new Event('reply'));
  console.log('request', id, 'listener calls so far:', calls);
}

console.log('total listener calls:', calls, '(5 requests; one call each would be 5)');
