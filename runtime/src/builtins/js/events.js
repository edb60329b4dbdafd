'use strict';
// nari builtin: events (EventEmitter).

const kErrorMonitor = Symbol('events.errorMonitor');
const kCapture = Symbol('kCapture');
const kRejection = Symbol.for('nodejs.rejection');
let defaultMaxListeners = 10;

let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) {
    try { inspectFn = require('util').inspect; } catch { inspectFn = (x) => String(x); }
  }
  return inspectFn(v, opts);
}

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return err;
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "listener" argument must be of type function.${describeReceived(listener)}`);
  }
}

function checkMaxListeners(n, name) {
  if (typeof n !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be of type number.${describeReceived(n)}`);
  }
  if (n < 0 || Number.isNaN(n)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be a non-negative number. Received ${inspect(n)}`);
  }
}

function emitWarning(warning) {
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(warning);
  } else if (typeof console !== 'undefined' && typeof console.error === 'function') {
    console.error(`(node:${proc && proc.pid !== undefined ? proc.pid : ''}) ${warning.name}: ${warning.message}`);
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options.captureRejections" property must be of type boolean.${describeReceived(opts.captureRejections)}`);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype[kCapture] = false;

function getMax(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'n');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMax(this);
};

function handleRejection(that, promise, type, args) {
  promise.then(undefined, (err) => {
    // Defer so the error escapes the promise chain.
    const run = () => {
      if (typeof that[kRejection] === 'function') {
        that[kRejection](err, type, ...args);
      } else {
        const prev = that[kCapture];
        try {
          that[kCapture] = false;
          that.emit('error', err);
        } finally {
          that[kCapture] = prev;
        }
      }
    };
    if (typeof setTimeout === 'function') setTimeout(run, 0);
    else queueMicrotask(run);
  });
}

function callListener(that, handler, type, args) {
  const result = Reflect.apply(handler, that, args);
  if (that[kCapture] && result !== undefined && result !== null && typeof result.then === 'function') {
    handleRejection(that, result, type, args);
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }

  if (doError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) throw er;
    let shown;
    try { shown = inspect(er); } catch { shown = String(er); }
    const err = codedError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`);
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    callListener(this, handler, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) callListener(this, listeners[i], type, args);
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const max = getMax(target);
    if (max > 0 && existing.length > max && !existing.warned) {
      existing.warned = true;
      const name = typeof type === 'symbol' ? type.toString() : String(type);
      const w = new Error(`Possible EventEmitter memory leak detected. ${existing.length} ${name} listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(target, type, listener) {
  const state = { fired: false, target, type, listener };
  function wrapped(...args) {
    if (!state.fired) {
      state.target.removeListener(state.type, wrapped);
      state.fired = true;
      return Reflect.apply(state.listener, state.target, args);
    }
    return undefined;
  }
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    const removed = list[position];
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, removed.listener || listener);
    }
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  if (typeof l === 'function') {
    return listener == null || listener === l || listener === l.listener ? 1 : 0;
  }
  if (listener == null) return l.length;
  return l.filter((f) => f === listener || f.listener === listener).length;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// --- statics ------------------------------------------------------------

function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    if (typeof emitter.addEventListener === 'function' && typeof emitter.on !== 'function') {
      const listener = (...args) => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(args);
      };
      const onAbort = () => {
        emitter.removeEventListener(name, listener);
        reject(abortError(signal));
      };
      emitter.addEventListener(name, listener, { once: true });
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      return;
    }
    let errorListener;
    const resolver = (...args) => {
      if (errorListener !== undefined) emitter.removeListener('error', errorListener);
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    if (name !== 'error') {
      errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal) signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      emitter.once('error', errorListener);
    }
    function onAbort() {
      emitter.removeListener(name, resolver);
      if (errorListener !== undefined) emitter.removeListener('error', errorListener);
      reject(abortError(signal));
    }
    emitter.once(name, resolver);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function on(emitter, event, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal && signal.aborted) throw abortError(signal);
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const eventHandler = (...args) => {
    const w = waiting.shift();
    if (w) w.resolve({ value: args, done: false });
    else queue.push(args);
  };
  const errorHandler = (err) => {
    finished = true;
    const w = waiting.shift();
    if (w) w.reject(err);
    else error = err;
    iterator.return();
  };
  const iterator = {
    next() {
      const value = queue.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      if (signal) signal.removeEventListener('abort', abortListener);
      finished = true;
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      emitter.removeListener(event, eventHandler);
      emitter.removeListener('error', errorHandler);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  function abortListener() { errorHandler(abortError(signal)); }
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
}

function getEventListeners(emitter, type) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(type);
  return [];
}

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    checkMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  },
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "EventEmitter.captureRejections" property must be of type boolean.${describeReceived(value)}`);
    }
    EventEmitter.prototype[kCapture] = value;
  },
});

EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...targets) {
  checkMaxListeners(n, 'n');
  if (targets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (const t of targets) {
      if (typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    }
  }
};

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;

module.exports = EventEmitter;
