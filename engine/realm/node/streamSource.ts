// The JavaScript that ends the `stream` core module's function (after the other stream*Source
// parts): the legacy Stream base over EventEmitter, stream/promises and the module's exports,
// as Node's lib/stream.js lays them out (the module is Stream itself; `promises` is stream/promises).
export const STREAM_EXPORTS_SOURCE = String.raw`
function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);
Stream.prototype.pipe = function () { natives.unsupported('the legacy Stream.prototype.pipe (pipe from a stream.Readable)'); };

// Glassbox has no web streams: their adapters end the run, named.
for (const [cls, name] of [[Readable, 'Readable'], [Writable, 'Writable'], [Duplex, 'Duplex']]) {
  cls.fromWeb = function fromWeb() { natives.unsupported(name + '.fromWeb() (web streams)'); };
  cls.toWeb = function toWeb() { natives.unsupported(name + '.toWeb() (web streams)'); };
}

// Nor the Readable operators (Node's operators.js), non-enumerable as Node defines them.
for (const name of ['asIndexedPairs', 'drop', 'filter', 'flatMap', 'map', 'take', 'every', 'forEach', 'reduce', 'toArray', 'some', 'find']) {
  Object.defineProperty(Readable.prototype, name, {
    value: { [name]() { natives.unsupported('readable.' + name + '() (the Readable operators)'); } }[name],
    enumerable: false, configurable: true, writable: true,
  });
}

// stream/promises: pipeline's last argument may be its options ({ signal, end }).
function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) && !isIterable(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (e, value) => {
      if (e) reject(e);
      else resolve(value);
    }, { signal, end });
  });
}

function finishedPromise(stream, opts) {
  return new Promise((resolve, reject) => {
    eos(stream, opts, (e) => {
      if (e) reject(e);
      else resolve();
    });
  });
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const promises = { finished: finishedPromise, pipeline: pipelinePromise };
Object.defineProperty(pipeline, promisifyCustom, { enumerable: true, get() { return pipelinePromise; } });
Object.defineProperty(eos, promisifyCustom, { enumerable: true, get() { return finishedPromise; } });

Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = function isDisturbed(stream) {
  return !!(stream && (stream._readableState?.dataEmitted || stream._readableState?.endEmitted || stream._readableState?.errored));
};
Stream.isErrored = function isErrored(stream) {
  return !!(stream && (isReadableErrored(stream) || isWritableErrored(stream)));
};
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', { configurable: true, enumerable: true, get() { return promises; } });
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = uint8ArrayToBuffer;
return { Stream, promises, kIoDone, errorOrDestroy };
`;
