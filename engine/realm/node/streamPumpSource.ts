// The JavaScript that feeds iterables through a pipeline (after streamPipelineSource.ts, in the
// same module function): a stage's input as an async iterable, and pumpToNode, which writes an
// iterable into a Node stream and waits for 'drain', as Node's pipeline.js does.
export const STREAM_PUMP_SOURCE = String.raw`
// Node's determineSpecificType: how its errors name a value they did not expect.
function returnedType(value) {
  if (typeof value === 'function') return 'function ' + value.name;
  if (value === null || typeof value !== 'object') return internals.received(value);
  if (value.constructor && 'name' in value.constructor) return 'an instance of ' + value.constructor.name;
  return internals.inspect(value, { depth: -1 });
}

// A stage's input as an async iterable: an iterable as it is, a Readable through its async iterator.
function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw err('InvalidArgType', 'val', 'an instance of Readable, Iterable, or AsyncIterable', internals.received(val));
}

async function* fromReadable(val) {
  yield* Readable.prototype[Symbol.asyncIterator].call(val);
}

// Writes an iterable's values into a Node stream, waiting for 'drain' when write() says so.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (e) => {
    if (e) error = e;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (e) {
    finish(error !== e ? aggregateTwoErrors(error, e) : e);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}
`;
