// The JavaScript of the `worker_threads` core module (compiled in the realm by jsModule.ts):
// Worker and parentPort as EventEmitters over the engine's natives (workerThreads.ts), which
// start agents, post serialized clones and count the handles that keep a loop waiting.
// Every event from another agent comes in through `dispatch`, as a task of this agent's loop.
import { MESSAGE_PORT_SOURCE } from './messagePortSource';

export const WORKER_THREADS_SOURCE = String.raw`
const EventEmitter = natives.EventEmitter;
${MESSAGE_PORT_SOURCE}
const workers = new Map();
const kId = Symbol('kThreadId');

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
    const transfer = transferArgs(options.transferList);
    const id = natives.start(filename, options, ...transfer);
    detachTransferred(transfer);
    this[kId] = id;
    this[kRefed] = true;
    workers.set(id, this);
  }
  get threadId() { return workers.has(this[kId]) ? this[kId] : -1; }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw internals.nodeError('MissingArgs', '"value" argument');
    if (!workers.has(this[kId])) return;
    const transfer = transferArgs(transferList);
    natives.post(this[kId], value, ...transfer);
    detachTransferred(transfer);
  }
  terminate() {
    const id = this[kId];
    if (!workers.has(id)) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.once('exit', resolve);
      natives.terminate(id);
    });
  }
  // A ref'ed worker keeps this thread alive; an unref'ed one ends with the program.
  ref() { if (!this[kRefed] && workers.has(this[kId])) { this[kRefed] = true; natives.ref(); } }
  unref() { if (this[kRefed]) { this[kRefed] = false; natives.unref(); } }
}

const isMainThread = natives.threadId === 0;
const parentPort = isMainThread ? null : new MessagePort(kCreate, PARENT);

function dispatch(kind, from, value, port) {
  if (kind === 'port' || kind === 'portClose') { dispatchPort(kind === 'port' ? 'message' : kind, value, port); return; }
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
    if (worker[kRefed]) natives.unref();
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
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
};
for (const name of ['SHARE_ENV', 'getEnvironmentData', 'setEnvironmentData',
  'markAsUntransferable', 'moveMessagePortToContext', 'postMessageToThread', 'resourceLimits']) {
  // Not enumerable, so that an ES module's import of worker_threads (which reads every export) does not reach them.
  Object.defineProperty(exports, name, { enumerable: false, get() { return natives.unsupported('worker_threads.' + name); } });
}
return exports;
`;
