'use strict';
// nari builtin: worker_threads
//
// nari runs one JS thread: this is always the main thread, and Worker
// cannot be constructed yet. Loaders only probe isMainThread / parentPort.

const EventEmitter = require('events');

function notSupported(what) {
  const err = new Error(`${what} is not supported by nari yet`);
  err.code = 'ERR_NOT_SUPPORTED_BY_NARI';
  return err;
}

class Worker extends EventEmitter {
  constructor() {
    super();
    throw notSupported('worker_threads.Worker');
  }
}

// MessageChannel / MessagePort within one thread: messages are delivered
// asynchronously to the other port (structuredClone'd).
class MessagePort extends EventEmitter {
  constructor() {
    super();
    this._other = null;
    this._closed = false;
    this._queue = [];
    this._started = false;
    this.on('newListener', (event) => {
      if (event === 'message') this.start();
    });
  }

  postMessage(value) {
    const other = this._other;
    if (this._closed || !other || other._closed) return;
    const data = typeof structuredClone === 'function' ? structuredClone(value) : value;
    other._queue.push(data);
    if (other._started) setImmediate(() => other._drain());
  }

  _drain() {
    while (this._started && this._queue.length > 0) {
      const data = this._queue.shift();
      this.emit('message', data);
      if (typeof this.onmessage === 'function') this.onmessage({ data, target: this });
    }
  }

  start() {
    if (this._started) return;
    this._started = true;
    setImmediate(() => this._drain());
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    const other = this._other;
    setImmediate(() => this.emit('close'));
    if (other && !other._closed) other.close();
  }

  ref() { return this; }

  unref() { return this; }

  hasRef() { return false; }
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort();
    this.port2 = new MessagePort();
    this.port1._other = this.port2;
    this.port2._other = this.port1;
  }
}

class BroadcastChannel extends EventEmitter {
  constructor(name) {
    super();
    this.name = `${name}`;
  }

  postMessage() {}

  close() {}

  ref() { return this; }

  unref() { return this; }
}

const environmentData = new Map();

module.exports = {
  isMainThread: true,
  parentPort: null,
  threadId: 0,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  markAsUntransferable() {},
  isMarkedAsUntransferable: () => false,
  moveMessagePortToContext(port) { return port; },
  receiveMessageOnPort(port) {
    if (!port || !port._queue || port._queue.length === 0) return undefined;
    return { message: port._queue.shift() };
  },
  postMessageToThread() {
    return Promise.reject(notSupported('worker_threads.postMessageToThread'));
  },
  getEnvironmentData: (key) => environmentData.get(key),
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};
