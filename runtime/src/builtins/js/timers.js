'use strict';
// Timers: setTimeout, setInterval, setImmediate, their clear functions, and
// the Timeout / Immediate objects (ref, unref, hasRef, refresh, close).
//
// JS keeps the timer heap and the immediate queue. The native loop only
// learns the earliest expiry and whether any timer is ref'd
// (natives.scheduleTimer), and how many immediates are pending
// (natives.setImmediates); it calls processTimers(now) in its timers phase
// and runImmediates() in its check phase. `runCallback` (set by the
// bootstrap through `init`) runs one callback with node's uncaught-exception
// policy, then the nextTick queue and microtasks; it returns false when the
// process must end.

const TIMEOUT_MAX = 2 ** 31 - 1;
let natives = null;
let runCallback = null;

function init(nativeHooks, run) {
  natives = nativeHooks;
  runCallback = run;
}

// ---- the timer heap ---------------------------------------------------------
// Entries are { expiry, seq, timer, cancelled }; a cancelled entry stays in
// the heap until it reaches the top.
const heap = [];
let seq = 0;
let refedCount = 0;
const byId = new Map();
let nextId = 1;

function less(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.seq < b.seq);
}
function push(entry) {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}
function pop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}
function peek() {
  while (heap.length > 0 && heap[0].cancelled) pop();
  return heap[0];
}
function reschedule() {
  const top = peek();
  natives.scheduleTimer(top ? top.expiry : 0, refedCount > 0);
}

const kEntry = Symbol('entry');
const kRefed = Symbol('refed');
const kId = Symbol('id');

function activate(timer, start) {
  timer._idleStart = start;
  const entry = { expiry: start + timer._idleTimeout, seq: seq++, timer, cancelled: false };
  timer[kEntry] = entry;
  if (timer[kRefed]) refedCount++;
  push(entry);
}
function deactivate(timer) {
  const entry = timer[kEntry];
  if (!entry) return;
  entry.cancelled = true;
  timer[kEntry] = null;
  if (timer[kRefed]) refedCount--;
}

class Timeout {
  constructor(callback, after, args, isRepeat) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    this[kEntry] = null;
    this[kId] = nextId++;
    activate(this, natives.now());
    reschedule();
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this[kEntry]) refedCount++;
      reschedule();
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this[kEntry]) refedCount--;
      reschedule();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  refresh() {
    if (this[kEntry]) {
      deactivate(this);
      activate(this, natives.now());
      reschedule();
    }
    return this;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    byId.set(this[kId], this);
    return this[kId];
  }
}

// Runs every timer due at `now`; returns false when the process must end.
function processTimers(now) {
  for (;;) {
    const top = peek();
    if (!top || top.expiry > now) break;
    pop();
    const timer = top.timer;
    deactivate(timer);
    const start = natives.now();
    const args = timer._timerArgs;
    const ok = runCallback(() => (args === undefined ? timer._onTimeout() : timer._onTimeout(...args)));
    if (timer._repeat !== null && !timer._destroyed && timer[kEntry] === null) {
      timer._idleTimeout = timer._repeat;
      activate(timer, start);
    } else if (timer[kEntry] === null) {
      timer._destroyed = true;
      byId.delete(timer[kId]);
    }
    if (!ok) return false;
  }
  reschedule();
  return true;
}

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    const err = new TypeError(`The "callback" argument must be of type function. Received ${callback === null ? 'null' : typeof callback}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function setTimeout(callback, after, ...args) {
  checkCallback(callback);
  return new Timeout(callback, after, args.length ? args : undefined, false);
}

function setInterval(callback, repeat, ...args) {
  checkCallback(callback);
  return new Timeout(callback, repeat, args.length ? args : undefined, true);
}

function clearTimeout(timer) {
  if (timer === null || timer === undefined) return;
  if (typeof timer === 'number' || typeof timer === 'string') {
    timer = byId.get(Number(timer));
    if (timer === undefined) return;
  }
  if (timer instanceof Timeout) {
    deactivate(timer);
    timer._destroyed = true;
    byId.delete(timer[kId]);
    reschedule();
  }
}

// ---- immediates ---------------------------------------------------------------
let immediates = [];
let immediateRefed = 0;

function updateImmediates() {
  natives.setImmediates(immediates.length, immediateRefed);
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    immediateRefed++;
    immediates.push(this);
    updateImmediates();
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      immediateRefed++;
      updateImmediates();
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      immediateRefed--;
      updateImmediates();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

function retire(immediate) {
  if (immediate._destroyed) return false;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateRefed--;
  return true;
}

// Runs the immediates queued before this check phase began.
function runImmediates() {
  const queue = immediates;
  immediates = [];
  updateImmediates();
  for (let i = 0; i < queue.length; i++) {
    const immediate = queue[i];
    if (!retire(immediate)) continue;
    const args = immediate._argv;
    const ok = runCallback(() => (args === undefined ? immediate._onImmediate() : immediate._onImmediate(...args)));
    if (!ok) {
      for (let j = i + 1; j < queue.length; j++) if (!queue[j]._destroyed) immediates.push(queue[j]);
      updateImmediates();
      return false;
    }
  }
  updateImmediates();
  return true;
}

function setImmediate(callback, ...args) {
  checkCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || !retire(immediate)) return;
  const index = immediates.indexOf(immediate);
  if (index !== -1) immediates.splice(index, 1);
  updateImmediates();
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  Timeout,
  Immediate,
  // For the bootstrap only.
  _init: init,
  _processTimers: processTimers,
  _runImmediates: runImmediates,
};
