// The JavaScript of MessagePort, MessageChannel, BroadcastChannel and MessageEvent, part of the
// worker_threads module's source (workerThreadsSource.ts). A port is an EventEmitter over an id
// of the run's PortHub (natives in messagePort.ts); parentPort is the port with id 0, the link
// to the parent. A BroadcastChannel is an EventTarget. 'close' runs in the loop's close stage.
export const MESSAGE_PORT_SOURCE = String.raw`
const kPortId = Symbol('kPortId');
const kRefed = Symbol('kRefed');
const kClosed = Symbol('kClosed');
const kStarted = Symbol('kStarted');
const kOnmessage = Symbol('kOnmessage');
const kCreate = Symbol('kCreate');
const PARENT = 0;
const ports = new Map();

class MessageEvent extends Event {
  #data;
  #port = null;
  constructor(type, init = {}) {
    super(type, init);
    this.#data = init.data === undefined ? null : init.data;
  }
  // A MessagePort is an EventEmitter here, not an EventTarget: its events name it as their target themselves.
  static forPort(port, data) {
    const e = new MessageEvent('message', { data });
    e.#port = port;
    return e;
  }
  get target() { return this.#port ?? super.target; }
  get currentTarget() { return this.#port ?? super.currentTarget; }
  get data() { return this.#data; }
  get origin() { return ''; }
  get lastEventId() { return ''; }
  get source() { return null; }
  get ports() { return []; }
}

class MessagePort extends EventEmitter {
  constructor(token, id) {
    if (token !== kCreate) throw internals.nodeError('ConstructCallInvalid');
    super();
    this[kPortId] = id;
    this[kRefed] = false;
    this[kClosed] = false;
    this[kStarted] = false;
    this[kOnmessage] = null;
    if (id !== PARENT) { ports.set(id, this); natives.portRegister(this, id); }
    // A 'message' listener starts the port and keeps the thread alive, as Node's does.
    this.on('newListener', (name) => { if (name === 'message') { this.start(); this.ref(); } });
    this.on('removeListener', (name) => { if (name === 'message' && this.listenerCount('message') === 0) this.unref(); });
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) throw internals.nodeError('PostMessageMissingArgs', 'MessagePort');
    if (this[kClosed]) return;
    const transfer = transferArgs(transferList);
    if (this[kPortId] === PARENT) natives.post(0, value, ...transfer);
    else natives.portPost(this[kPortId], value, ...transfer);
    detachTransferred(transfer);
  }
  ref() { if (!this[kRefed] && !this[kClosed]) { this[kRefed] = true; natives.ref(); } return this; }
  unref() { if (this[kRefed]) { this[kRefed] = false; natives.unref(); } return this; }
  hasRef() { return this[kRefed]; }
  start() {
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    if (this[kPortId] !== PARENT) natives.portStart(this[kPortId]);
  }
  get onmessage() { return this[kOnmessage]; }
  set onmessage(handler) {
    if (this[kOnmessage] === null && typeof handler === 'function') {
      this.on('message', (data) => { const h = this[kOnmessage]; if (typeof h === 'function') h.call(this, MessageEvent.forPort(this, data)); });
    }
    this[kOnmessage] = typeof handler === 'function' ? handler : null;
  }
  addEventListener(type, listener) {
    this.on(type, type === 'message' ? (data) => listener.call(this, MessageEvent.forPort(this, data)) : listener);
  }
  close() {
    if (this[kClosed]) return;
    closePort(this);
  }
  [kCreate](kind, value) {
    if (this[kClosed]) return;
    if (kind === 'message') this.emit('message', value);
    else if (kind === 'portClose') closePort(this);
  }
}

// Closes a port now; its 'close' and the notice to the other end come in the close stage, as Node's handle close.
function closePort(port) {
  port.unref();
  port[kClosed] = true;
  natives.closed(port[kPortId] === PARENT ? 'parentPort close' : 'MessagePort close', () => {
    if (port[kPortId] !== PARENT) natives.portClose(port[kPortId]);
    ports.delete(port[kPortId]);
    port.emit('close');
  });
}

// A port in a transfer list left this thread: it is silent here from now on (no 'close').
function detachTransferred(transfer) {
  for (const item of transfer) {
    if (item instanceof MessagePort && item[kPortId] !== PARENT) {
      item.unref();
      item[kClosed] = true;
      ports.delete(item[kPortId]);
    }
  }
}

class MessageChannel {
  constructor() {
    const [a, b] = natives.channel();
    this.port1 = new MessagePort(kCreate, a);
    this.port2 = new MessagePort(kCreate, b);
  }
}

class BroadcastChannel extends EventTarget {
  #id;
  #name;
  #refed = true;
  #onmessage = null;
  constructor(name) {
    if (arguments.length === 0) throw internals.nodeError('MissingArgs', '"name" argument');
    super();
    this.#name = String(name);
    this.#id = natives.broadcastOpen(this.#name);
    ports.set(this.#id, this);
    natives.ref();
  }
  get name() { return this.#name; }
  postMessage(message) {
    if (arguments.length === 0) throw internals.nodeError('MissingArgs', '"message" argument');
    if (this.#id === undefined) natives.broadcastClosed();
    natives.portPost(this.#id, message);
  }
  close() {
    if (this.#id === undefined) return;
    this.unref();
    natives.portClose(this.#id);
    ports.delete(this.#id);
    this.#id = undefined;
  }
  ref() { if (!this.#refed && this.#id !== undefined) { this.#refed = true; natives.ref(); } return this; }
  unref() { if (this.#refed) { this.#refed = false; natives.unref(); } return this; }
  get onmessage() { return this.#onmessage; }
  set onmessage(handler) {
    if (this.#onmessage === null && typeof handler === 'function') {
      this.addEventListener('message', (e) => { const h = this.#onmessage; if (typeof h === 'function') h.call(this, e); });
    }
    this.#onmessage = typeof handler === 'function' ? handler : null;
  }
  [kCreate](kind, value) {
    if (kind === 'message' && this.#id !== undefined) this.dispatchEvent(new MessageEvent('message', { data: value }));
  }
}

function receiveMessageOnPort(port) {
  const id = natives.portIdOf(port);
  if (id === undefined) throw internals.nodeError('InvalidPortArg');
  if (port[kClosed]) return undefined;
  const got = natives.receive(id);
  return got === undefined ? undefined : { message: got[0] };
}

// A port that arrives in a message (or in workerData) is made here, not started.
natives.setPortFactory((id) => new MessagePort(kCreate, id));
// MessageEvent is a global of Node's, not an export of worker_threads.
natives.setMessageEvent(MessageEvent);

function dispatchPort(kind, value, id) {
  const target = ports.get(id);
  if (target !== undefined) target[kCreate](kind, value);
}
`;
