// leak-listeners-fixed.js: the fix for leak-listeners.js. One request's listener is added
// with { once: true }, so the EventTarget drops it after its first call; the other removes
// its listener by hand with removeEventListener. In the Memory view the `bus` box holds at
// most one listener at a time, the old payloads become garbage, and the heap-size sparkline
// stays flat.

const bus = new EventTarget();
let calls = 0;

function handleRequest(id) {
  const payload = { id: id, body: new Array(100).fill(id) };
  bus.addEventListener('reply', function onReply() {
    calls += 1;
    payload.answered = true;
  }, { once: true });
}

function handleRequestByHand(id) {
  const payload = { id: id, body: new Array(100).fill(id) };
  function onReply() {
    calls += 1;
    payload.answered = true;
    bus.removeEventListener('reply', onReply);
  }
  bus.addEventListener('reply', onReply);
}

for (let id = 1; id <= 5; id++) {
  if (id % 2 === 0) handleRequestByHand(id);
  else handleRequest(id);
  bus.dispatchEvent(new Event('reply'));
  console.log('request', id, 'listener calls so far:', calls);
}

console.log('total listener calls:', calls, '(5 requests; one call each)');
