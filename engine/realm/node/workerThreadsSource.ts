// The JavaScript of the `worker_threads` core module (compiled in the realm by jsModule.ts):
// Worker and parentPort as EventEmitters over the engine's natives (workerThreads.ts), which
// start agents, post serialized clones and count the handles that keep a loop waiting.
// Every event from another agent comes in through `dispatch`, as a task of this agent's loop.
export const WORKER_THREADS_SOURCE = String.raw`
const EventEmitter = natives.EventEmitter;
const workers = new Map();
const kId = Symbol('kThreadId');
const kRefed = Symbol('kRefed');
const kClosed = Symbol('kClosed');

function transferArgs(transferList) {
  if (transferList === undefined || transferList === null) return [];
  if (typeof transferList !== 'object' || typeof transferList[Symbol.iterator] !== 'function') {
    throw internals.nodeError('InvalidArgType', 'transferList', 'an Array', internals.received(transferList));
  }
  return [...transferList];
}

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    if (options === undefined || options === null) options = {};
    if (typeof filename !== 'string') {
      throw internals.nodeError('InvalidArgType', 'filename', 'of type string or an instance of URL', internals.received(filename));
    }
    const id = natives.start(filename, options, ...transferArgs(options.transferList));
    this[kId] = id;
    workers.set(id, this);
  }
  get threadId() { return workers.has(this[kId]) ? this[kId] : -1; }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw internals.nodeError('MissingArgs', '"value" argument');
    if (workers.has(this[kId])) natives.post(this[kId], value, ...transferArgs(transferList));
  }
  terminate() {
    const id = this[kId];
    if (!workers.has(id)) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.once('exit', resolve);
      natives.terminate(id);
    });
  }
  ref() {}
  unref() { natives.unsupported('worker.unref()'); }
}

class MessagePort extends EventEmitter {
  constructor() {
    super();
    this[kRefed] = false;
    this[kClosed] = false;
    // A 'message' listener keeps the thread alive, as Node's port starts and refs itself.
    this.on('newListener', (name) => { if (name === 'message') this.ref(); });
    this.on('removeListener', (name) => { if (name === 'message' && this.listenerCount('message') === 0) this.unref(); });
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw internals.nodeError('MissingArgs', '"value" argument');
    if (!this[kClosed]) natives.post(0, value, ...transferArgs(transferList));
  }
  ref() { if (!this[kRefed] && !this[kClosed]) { this[kRefed] = true; natives.ref(); } }
  unref() { if (this[kRefed]) { this[kRefed] = false; natives.unref(); } }
  start() {}
  close() {
    if (this[kClosed]) return;
    this.unref();
    this[kClosed] = true;
    natives.closed('parentPort close', () => this.emit('close'));
  }
}

const isMainThread = natives.threadId === 0;
const parentPort = isMainThread ? null : new MessagePort();

function dispatch(kind, from, value) {
  if (from === natives.parentId && !isMainThread) {
    if (kind === 'message' && !parentPort[kClosed]) parentPort.emit('message', value);
    return;
  }
  const worker = workers.get(from);
  if (worker === undefined) return;
  if (kind === 'message') worker.emit('message', value);
  else if (kind === 'online') worker.emit('online');
  else if (kind === 'error') worker.emit('error', value);
  else if (kind === 'exit') {
    workers.delete(from);
    natives.unref();
    worker.emit('exit', value);
  }
}
natives.setDispatcher(dispatch);

const exports = {
  isMainThread,
  parentPort,
  threadId: natives.threadId,
  workerData: isMainThread ? null : natives.workerData(),
  Worker,
};
for (const name of ['MessageChannel', 'MessagePort', 'BroadcastChannel', 'SHARE_ENV', 'getEnvironmentData', 'setEnvironmentData',
  'markAsUntransferable', 'moveMessagePortToContext', 'postMessageToThread', 'receiveMessageOnPort', 'resourceLimits']) {
  Object.defineProperty(exports, name, { enumerable: true, get() { return natives.unsupported('worker_threads.' + name); } });
}
return exports;
`;
