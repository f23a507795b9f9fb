// The JavaScript of stream.compose and stream.duplexPair (after streamDuplexifySource.ts):
// compose pipes its stages together and hands back one Duplex that writes into the first and
// reads from the last (Node's compose.js); duplexPair makes two Duplexes each writing into the
// other's readable side (duplexpair.js).
export const STREAM_COMPOSE_SOURCE = String.raw`
function compose(...streams) {
  if (streams.length === 0) throw err('MissingArgs', '"streams" argument');
  if (streams.length === 1) return Duplex.from(streams[0]);
  const orgStreams = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') streams[streams.length - 1] = Duplex.from(streams[streams.length - 1]);
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n])) continue;
    if (n < streams.length - 1 && !isReadable(streams[n])) {
      throw err('InvalidArgValue', 'streams[' + n + ']', 'must be readable', argValue(orgStreams[n]));
    }
    if (n > 0 && !isWritable(streams[n])) {
      throw err('InvalidArgValue', 'streams[' + n + ']', 'must be writable', argValue(orgStreams[n]));
    }
  }
  const waiting = waitingCallbacks();
  let onclose;
  let d;
  function onfinished(e) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(e);
    else if (e) d.destroy(e);
    else if (!readable && !writable) d.destroy();
  }
  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);
  d = new Duplex({ writableObjectMode: !!head?.writableObjectMode, readableObjectMode: !!tail?.readableObjectMode, writable, readable });
  if (writable) {
    writeInto(d, head, waiting);
    eos(tail, () => waiting.call('finish'));
  }
  if (readable) readFrom(d, tail, waiting);
  d._destroy = function (error, callback) {
    if (!error && onclose !== null) error = new AbortError();
    waiting.clear();
    if (isNodeStream(tail)) destroyer(tail, error);
    if (onclose === null) callback(error);
    else onclose = callback;
  };
  return d;
}

// ERR_INVALID_ARG_VALUE's "Received": the value inspected, cut at 128 characters.
function argValue(value) {
  const shown = internals.inspect(value);
  return shown.length > 128 ? shown.slice(0, 128) + '...' : shown;
}

const kSideCallback = Symbol('Callback');
// Node keeps the other side in a private field; a WeakMap keeps it out of inspect's view too.
const otherSides = new WeakMap();

// One end of a duplexPair: a write pushes into the other side and waits until that side is read.
class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kSideCallback] = null;
  }
  _read() {
    const callback = this[kSideCallback];
    if (callback) {
      this[kSideCallback] = null;
      callback();
    }
  }
  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      nextTick(callback);
    } else {
      const other = otherSides.get(this);
      other.push(chunk);
      other[kSideCallback] = callback;
    }
  }
  _final(callback) {
    const other = otherSides.get(this);
    other.on('end', callback);
    other.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  otherSides.set(side0, side1);
  otherSides.set(side1, side0);
  return [side0, side1];
}
`;
