'use strict';
// nari builtin: stream
//
// Node's stream semantics: Readable (paused/flowing modes, 'readable' and
// 'data', read(n), push/unshift, setEncoding, pipe with backpressure, async
// iteration, Readable.from), Writable (buffering, cork/uncork, _writev,
// _final, 'drain'/'finish'), Duplex, Transform, PassThrough, destroy with
// 'error'/'close' ordering, finished() and pipeline().
//
// Constructors are plain functions (not classes) so that old-style
// subclasses calling `Readable.call(this, options)` keep working.

const EE = require('events');
const { Buffer } = require('buffer');

const nop = () => {};

// ---- errors ------------------------------------------------------------------------------

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function describe(value) {
  if (value === null || value === undefined) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return require('util').inspect(value, { depth: -1 });
  }
  let shown = require('util').inspect(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

const errors = {
  invalidArgType: (name, expected, value) => codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${expected}. Received ${describe(value)}`),
  pushAfterEOF: () => codedError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  unshiftAfterEnd: () => codedError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  writeAfterEnd: () => codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  destroyed: (method) => codedError(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${method} after a stream was destroyed`),
  nullValues: () => codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  alreadyFinished: (method) => codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${method} after a stream was finished`),
  multipleCallback: () => codedError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  notImplemented: (method) => codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${method} method is not implemented`),
  prematureClose: () => codedError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  unknownEncoding: (encoding) => codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`),
  missingArgs: (name) => codedError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`),
  invalidReturn: (name, expected, value) => codedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    `Expected ${expected} to be returned from the "${name}" function but got ${describe(value)}.`),
};

function abortError(cause) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (cause !== undefined) err.cause = cause;
  return err;
}

// ---- high water marks ------------------------------------------------------------------------

let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || value < 0 || !Number.isInteger(value)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "value" is out of range. It must be >= 0. Received ${value}`);
  }
  if (objectMode) defaultHighWaterMarkObjects = value;
  else defaultHighWaterMarkBytes = value;
}

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  if (options.highWaterMark != null) return options.highWaterMark;
  return isDuplex ? options[duplexKey] : null;
}

function getHighWaterMark(options, duplexKey, isDuplex, objectMode) {
  const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex && options.highWaterMark == null ? `options.${duplexKey}` : 'options.highWaterMark';
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property '${name}' is invalid. Received ${hwm}`);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(objectMode);
}

// ---- legacy Stream ---------------------------------------------------------------------------

function Stream(options) {
  EE.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

// The pre-streams2 pipe, for plain emitters of 'data'.
Stream.prototype.pipe = function (dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);
  let didOnEnd = false;
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  source.prependListener('error', onerror);
  dest.prependListener('error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// ---- destroy (shared by both sides) -------------------------------------------------------------

function checkError(err, w, r) {
  if (err) {
    // Make sure the stack is captured now.
    void err.stack;
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) {
      destroyNow(this, err || er, cb);
    });
  } else {
    destroyNow(this, err, cb);
  }
  return this;
}

function destroyNow(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (err) {
    onDestroy(err);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    void err.stack;
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// options.construct: runs _construct on the next tick; I/O waits for it.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err !== undefined && err !== null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(() => stream.emit(kConstruct));
  }
  try {
    stream._construct((err) => process.nextTick(onConstruct, err));
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

// Destroys any stream-like thing (used by pipeline and the iterators).
function destroyer(stream, err) {
  if (!stream) return;
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
}

// ---- Readable ------------------------------------------------------------------------------

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = options
    ? getHighWaterMark(options, 'readableHighWaterMark', isDuplex, this.objectMode)
    : getDefaultHighWaterMark(false);
  this.buffer = [];
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  this.paused = null;
  if (options && options.encoding) {
    const { StringDecoder } = require('string_decoder');
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this, () => {
    if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol || Symbol.for('nodejs.rejection')] = function (err) {
  this.destroy(err);
};

Readable.prototype.push = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (chunk instanceof Uint8Array) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      err = errors.invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, errors.unshiftAfterEnd());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, errors.pushAfterEOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function () {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Re-decode what is buffered.
  let content = '';
  for (const chunk of state.buffer) content += decoder.write(chunk);
  state.buffer = content !== '' ? [content] : [];
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "size" is out of range. It must be <= 1GiB. Received ${n}`);
  }
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function (n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
    ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n units (bytes, characters, or one object) off the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  if (state.objectMode) return buf.shift();
  if (!n || n >= state.length) {
    let ret;
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) ret = buf[0];
    else ret = Buffer.concat(buf, state.length);
    state.buffer = [];
    return ret;
  }
  if (n < buf[0].length) {
    const ret = buf[0].slice(0, n);
    buf[0] = buf[0].slice(n);
    return ret;
  }
  if (n === buf[0].length) return buf.shift();
  if (state.decoder) {
    let ret = '';
    while (ret.length < n) {
      const need = n - ret.length;
      const str = buf[0];
      if (str.length > need) {
        ret += str.slice(0, need);
        buf[0] = str.slice(need);
      } else {
        ret += str;
        buf.shift();
      }
    }
    return ret;
  }
  const ret = Buffer.allocUnsafe(n);
  let copied = 0;
  while (copied < n) {
    const need = n - copied;
    const data = buf[0];
    if (data.length > need) {
      ret.set(data.subarray(0, need), copied);
      buf[0] = data.subarray(need);
      copied += need;
    } else {
      ret.set(data, copied);
      copied += data.length;
      buf.shift();
    }
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
    (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function () {
  throw errors.notImplemented('_read()');
};

// A minimal emitter face for destinations that only have write() (e.g. a
// process.stdout that is not a stream).
function asPipeDestination(dest) {
  if (typeof dest.on === 'function' && typeof dest.emit === 'function') return dest;
  const ee = new EE();
  for (const name of ['on', 'once', 'emit', 'removeListener', 'prependListener', 'listenerCount']) {
    Object.defineProperty(dest, name, { value: ee[name].bind(ee), configurable: true, writable: true });
  }
  if (typeof dest.end !== 'function') Object.defineProperty(dest, 'end', { value: () => dest, configurable: true, writable: true });
  return dest;
}

Readable.prototype.pipe = function (dest, pipeOpts) {
  const src = this;
  dest = asPipeDestination(dest);
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters &&
      (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  dest.prependListener('error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function () {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function (dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function (ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function () {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style stream (emitting 'data'/'end') in a Readable.
Readable.prototype.wrap = function (stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => this.push(null));
  stream.on('error', (err) => errorOrDestroy(this, err));
  stream.on('close', () => this.destroy());
  stream.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  return this;
};

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.prototype[Symbol.asyncIterator] = function () {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function (options) {
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = finished(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
      (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

Readable.wrap = function (src, options) {
  return new Readable({ objectMode: src.readableObjectMode ?? src.objectMode ?? true, ...options,
    destroy(err, callback) {
      destroyer(src, err);
      callback(err);
    } }).wrap(src);
};

const readableGetters = {
  readable() {
    const r = this._readableState;
    return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
  },
  readableDidRead() { return this._readableState.dataEmitted; },
  readableAborted() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  },
  readableHighWaterMark() { return this._readableState.highWaterMark; },
  readableBuffer() { return this._readableState && this._readableState.buffer; },
  readableFlowing() { return this._readableState.flowing; },
  readableLength() { return this._readableState.length; },
  readableObjectMode() { return this._readableState ? this._readableState.objectMode : false; },
  readableEncoding() { return this._readableState ? this._readableState.encoding : null; },
  errored() { return this._readableState ? this._readableState.errored : null; },
  closed() { return this._readableState ? this._readableState.closed : false; },
  destroyed() { return this._readableState ? this._readableState.destroyed : false; },
  readableEnded() { return this._readableState ? this._readableState.endEmitted : false; },
};
for (const [name, get] of Object.entries(readableGetters)) {
  const desc = { get, enumerable: false, configurable: true };
  if (name === 'readable') {
    desc.set = function (val) {
      if (this._readableState) this._readableState.readable = !!val;
    };
  } else if (name === 'readableFlowing') {
    desc.set = function (state) {
      if (this._readableState) this._readableState.flowing = state;
    };
  } else if (name === 'destroyed') {
    desc.set = function (value) {
      if (this._readableState) this._readableState.destroyed = value;
    };
  }
  Object.defineProperty(Readable.prototype, name, desc);
}

// Readable.from(iterable | async iterable | string | Buffer, options)
Readable.from = function (iterable, opts) {
  if (iterable && typeof iterable === 'object' && typeof iterable.then === 'function' && typeof iterable[Symbol.asyncIterator] !== 'function') {
    // A promise: one value.
    const promise = iterable;
    iterable = (async function* () { yield await promise; })();
  }
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    let pushed = false;
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        if (!pushed) {
          pushed = true;
          this.push(iterable);
        }
        this.push(null);
      },
    });
  }
  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw errors.invalidArgType('iterable', 'an instance of Iterable', iterable);
  }
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };
  readable._destroy = function (error, cb) {
    close(error).then(() => process.nextTick(cb, error), (e) => process.nextTick(cb, e || error));
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  function nextSync() {
    for (;;) {
      let item;
      try {
        item = iterator.next();
      } catch (err) {
        readable.destroy(err);
        return;
      }
      const { value, done } = item;
      if (done) {
        readable.push(null);
        return;
      }
      if (value && typeof value.then === 'function') {
        isAsyncValues = true;
        value.then((v) => {
          if (v === null) {
            reading = false;
            readable.destroy(codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'));
            return;
          }
          if (readable.push(v)) nextSyncWithAsyncValues();
          else reading = false;
        }, (err) => readable.destroy(err));
        return;
      }
      if (value === null) {
        reading = false;
        readable.destroy(errors.nullValues());
        return;
      }
      if (!readable.push(value)) {
        reading = false;
        return;
      }
    }
  }
  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const resolved = value && typeof value.then === 'function' ? await value : value;
        if (resolved === null) {
          reading = false;
          throw errors.nullValues();
        }
        if (readable.push(resolved)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw errors.nullValues();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
};

// Iterator helpers (Readable.prototype.map …), as in Node: each returns a
// new Readable (map, filter, take, drop, flatMap) or a promise.
function helperSignal(options) {
  if (options && options.signal && options.signal.aborted) throw abortError(options.signal.reason);
}

Readable.prototype.map = function (fn, options) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'of type function', fn);
  helperSignal(options);
  const stream = this;
  return Readable.from((async function* () {
    for await (const chunk of stream) yield await fn(chunk, { signal: options && options.signal });
  })());
};

Readable.prototype.filter = function (fn, options) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'of type function', fn);
  helperSignal(options);
  const stream = this;
  return Readable.from((async function* () {
    for await (const chunk of stream) if (await fn(chunk, { signal: options && options.signal })) yield chunk;
  })());
};

Readable.prototype.flatMap = function (fn, options) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'of type function', fn);
  const stream = this;
  return Readable.from((async function* () {
    for await (const chunk of stream) yield* await fn(chunk, { signal: options && options.signal });
  })());
};

Readable.prototype.take = function (n) {
  const stream = this;
  return Readable.from((async function* () {
    if (n <= 0) return;
    let i = 0;
    for await (const chunk of stream) {
      yield chunk;
      if (++i >= n) return;
    }
  })());
};

Readable.prototype.drop = function (n) {
  const stream = this;
  return Readable.from((async function* () {
    let i = 0;
    for await (const chunk of stream) if (i++ >= n) yield chunk;
  })());
};

Readable.prototype.forEach = async function (fn, options) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'of type function', fn);
  helperSignal(options);
  for await (const chunk of this) await fn(chunk, { signal: options && options.signal });
};

Readable.prototype.toArray = async function (options) {
  helperSignal(options);
  const result = [];
  for await (const chunk of this) result.push(chunk);
  return result;
};

Readable.prototype.some = async function (fn, options) {
  for await (const chunk of this) if (await fn(chunk, { signal: options && options.signal })) return true;
  return false;
};

Readable.prototype.every = async function (fn, options) {
  for await (const chunk of this) if (!(await fn(chunk, { signal: options && options.signal }))) return false;
  return true;
};

Readable.prototype.find = async function (fn, options) {
  for await (const chunk of this) if (await fn(chunk, { signal: options && options.signal })) return chunk;
  return undefined;
};

Readable.prototype.reduce = async function (reducer, initial, options) {
  if (typeof reducer !== 'function') throw errors.invalidArgType('reducer', 'of type function', reducer);
  let hasInitial = arguments.length > 1;
  let acc = initial;
  for await (const chunk of this) {
    if (!hasInitial) {
      acc = chunk;
      hasInitial = true;
    } else {
      acc = await reducer(acc, chunk, { signal: options && options.signal });
    }
  }
  if (!hasInitial) {
    throw codedError(TypeError, 'ERR_INVALID_ARGS', 'Reduce of an empty stream requires an initial value');
  }
  return acc;
};

// ---- Writable --------------------------------------------------------------------------------

const kOnFinished = Symbol('kOnFinished');

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  this.highWaterMark = options
    ? getHighWaterMark(options, 'writableHighWaterMark', isDuplex, this.objectMode)
    : getDefaultHighWaterMark(false);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];
}

WritableState.prototype.getBuffer = function () {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() {
    return this.buffered.length - this.bufferedIndex;
  },
});

function Writable(options) {
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  construct(this, () => {
    const state = this._writableState;
    if (!state.writing) clearBuffer(this, state);
    finishMaybe(this, state);
  });
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

// A Duplex is a Writable too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true,
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
};

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.defaultEncoding;
  } else {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
    if (typeof cb !== 'function') cb = nop;
  }
  if (chunk === null) {
    throw errors.nullValues();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (chunk instanceof Uint8Array) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw errors.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
    }
  }
  let err;
  if (state.ending) err = errors.writeAfterEnd();
  else if (state.destroyed) err = errors.destroyed('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function (chunk, encoding, cb) {
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  const ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(errors.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, errors.multipleCallback());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    void er.stack;
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored || errors.destroyed('write'));
  }
  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (const cb of onfinishCallbacks) cb(state.errored || errors.destroyed('end'));
  resetBuffer(state);
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw errors.notImplemented('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // (reported through write already)
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = errors.alreadyFinished('end');
  } else if (state.destroyed) {
    err = errors.destroyed('end');
  }
  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err !== undefined && err !== null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = state[kOnFinished].splice(0);
      for (const cb of onfinishCallbacks) cb(err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((stream, state) => {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (const cb of onfinishCallbacks) cb(null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

Writable.prototype.destroy = function (err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol || Symbol.for('nodejs.rejection')] = function (err) {
  this.destroy(err);
};

const writableGetters = {
  closed() { return this._writableState ? this._writableState.closed : false; },
  destroyed() { return this._writableState ? this._writableState.destroyed : false; },
  writable() {
    const w = this._writableState;
    return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
  },
  writableFinished() { return this._writableState ? this._writableState.finished : false; },
  writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; },
  writableBuffer() { return this._writableState && this._writableState.getBuffer(); },
  writableEnded() { return this._writableState ? this._writableState.ending : false; },
  writableNeedDrain() {
    const w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  },
  writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; },
  writableCorked() { return this._writableState ? this._writableState.corked : 0; },
  writableLength() { return this._writableState && this._writableState.length; },
  errored() { return this._writableState ? this._writableState.errored : null; },
  writableAborted() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  },
};
for (const [name, get] of Object.entries(writableGetters)) {
  const desc = { get, enumerable: false, configurable: true };
  if (name === 'writable') {
    desc.set = function (val) {
      if (this._writableState) this._writableState.writable = !!val;
    };
  } else if (name === 'destroyed') {
    desc.set = function (value) {
      if (this._writableState) this._writableState.destroyed = value;
    };
  }
  Object.defineProperty(Writable.prototype, name, desc);
}

// ---- Duplex ------------------------------------------------------------------------------------

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  construct(this, () => {
    const r = this._readableState;
    const w = this._writableState;
    if (r.needReadable) maybeReadMore(this, r);
    if (!w.writing) clearBuffer(this, w);
    finishMaybe(this, w);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.getOwnPropertyNames(Writable.prototype)) {
  if (method === 'constructor' || method === 'destroy' || method === 'pipe') continue;
  if (!Object.prototype.hasOwnProperty.call(Duplex.prototype, method)) {
    const desc = Object.getOwnPropertyDescriptor(Writable.prototype, method);
    if (method === 'destroyed' || method === 'closed' || method === 'errored') continue;
    Object.defineProperty(Duplex.prototype, method, desc);
  }
}
Duplex.prototype.destroy = Writable.prototype.destroy;

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  configurable: true,
});

// ---- Transform and PassThrough ------------------------------------------------------------------

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  // A Transform's readable side buffers at most the writable side's hwm.
  const readableHighWaterMark = options ? getHighWaterMark(options, 'readableHighWaterMark', true,
    !!(options.objectMode || options.readableObjectMode)) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;

Transform.prototype._transform = function () {
  throw errors.notImplemented('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- finished (end-of-stream) --------------------------------------------------------------------

function isReadableNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isRequest(stream) {
  return stream && typeof stream.setHeader === 'function' && typeof stream.abort === 'function';
}

function finished(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
  let called = false;
  const originalCallback = callback;
  callback = function (...args) {
    if (called) return;
    called = true;
    originalCallback.apply(stream, args);
  };
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  let willEmitClose = (wState && wState.autoDestroy && wState.emitClose && wState.closed === false) ||
    (rState && rState.autoDestroy && rState.emitClose && rState.closed === false);
  let writableFinished = !!(wState && wState.finished) || (!!stream.writableFinished);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = !!(rState && rState.endEmitted) || (!!stream.readableEnded && !rState);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => {
    callback.call(stream, err);
  };
  let closed = (wState && wState.closed) || (rState && rState.closed);
  const onclose = () => {
    closed = true;
    const errored = (wState && wState.errored) || (rState && rState.errored);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream)) {
      if (!(rState && rState.endEmitted)) return callback.call(stream, errors.prematureClose());
    }
    if (writable && !writableFinished) {
      if (!(wState && wState.finished)) return callback.call(stream, errors.prematureClose());
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = (wState && wState.errored) || (rState && rState.errored);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || stream.readable) && writableFinished) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || stream.writable) && readableFinished) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, abortError(options.signal.reason));
    };
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      const originalCallback2 = callback;
      options.signal.addEventListener('abort', abort, { once: true });
      callback = function (...args) {
        options.signal.removeEventListener('abort', abort);
        originalCallback2.apply(stream, args);
      };
    }
  }
  return cleanup;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts && opts.cleanup) autoCleanup = true;
  return new Promise((resolve, reject) => {
    const cleanup = finished(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}
finished.finished = finishedPromise;

// ---- pipeline --------------------------------------------------------------------------------------

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

// Writes an async iterable into a writable stream, honouring backpressure.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
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
  const cleanup = finished(writable, { readable: false }, resume);
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
  } catch (err) {
    finish(error !== err ? aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  const callback = popCallback(streams);
  if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
  return pipelineImpl(streams, callback);
}

function popCallback(streams) {
  const cb = streams[streams.length - 1];
  if (typeof cb !== 'function') throw errors.invalidArgType('streams[stream.length - 1]', 'of type function', cb);
  return streams.pop();
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length < 2) throw errors.missingArgs('streams');
  const ac = typeof AbortController === 'function' ? new AbortController() : null;
  const signal = ac ? ac.signal : undefined;
  const outerSignal = opts && opts.signal;
  const lastStreamCleanup = [];

  function abort() {
    finishImpl(abortError(outerSignal && outerSignal.reason));
  }
  if (outerSignal) {
    if (outerSignal.aborted) process.nextTick(abort);
    else outerSignal.addEventListener('abort', abort, { once: true });
  }

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    if (ac) ac.abort();
    if (final) {
      if (!error) for (const fn of lastStreamCleanup) fn();
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end && isLastStream) {
        // (the last stream's end is awaited below)
      }
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isLastStream) lastStreamCleanup.push(() => stream.removeListener('error', onError));
      if (reading || writing) {
        finishCount++;
        const cleanup = finished(stream, { readable: reading, writable: writing }, (err) => {
          if (!err || !(!reading && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && stream._readableState && stream._readableState.ended)) {
            finish(err);
          } else {
            finish();
          }
        });
        destroys.push((err) => {
          cleanup();
          if (err) destroyer(stream, err);
        });
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) throw errors.invalidReturn('source', 'Iterable, AsyncIterable or Stream', ret);
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from ? Duplex.from(stream) : stream;
      }
    } else if (typeof stream === 'function') {
      if (isReadableNodeStream(ret)) ret = ret[Symbol.asyncIterator] ? ret : streamToAsyncIterator(ret);
      ret = stream(ret, { signal });
      if (reading) {
        if (!isIterable(ret, true)) throw errors.invalidReturn(`transform[${i - 1}]`, 'AsyncIterable', ret);
      } else {
        const pt = new PassThrough({ objectMode: true });
        const then = ret && ret.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw errors.invalidReturn('destination', 'AsyncIterable or Promise', ret);
        }
        ret = pt;
        const cleanup = finished(ret, { readable: false, writable: true }, (err) => { if (err) finish(err); });
        destroys.push((err) => {
          cleanup();
          if (err) destroyer(pt, err);
        });
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadableNodeStream(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw errors.invalidArgType('val', 'an instance of Readable, Iterable, AsyncIterable or Stream', ret);
      }
      ret = stream;
    } else {
      ret = Duplex.from ? Duplex.from(stream) : stream;
    }
  }
  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) process.nextTick(abort);
  return ret;
}

function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (src._readableState && src._readableState.endEmitted) process.nextTick(endFn);
    else src.once('end', endFn);
    finished(src, { readable: true, writable: false }, (err) => {
      const rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
  } else {
    finish();
  }
  return finished(dst, { readable: false, writable: true }, finish);
}

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
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

// ---- misc utilities ----------------------------------------------------------------------------------

function addAbortSignal(signal, stream) {
  if (!signal || typeof signal.aborted !== 'boolean') throw errors.invalidArgType('signal', 'an instance of AbortSignal', signal);
  if (!isNodeStream(stream)) throw errors.invalidArgType('stream', 'an instance of Stream', stream);
  const onAbort = () => stream.destroy(abortError(signal.reason));
  if (signal.aborted) onAbort();
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    finished(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const wState = stream._writableState;
  const rState = stream._readableState;
  const state = wState || rState;
  return !!(stream.destroyed || (state && state.destroyed));
}

function isReadable(stream) {
  if (stream && typeof stream.getReader === 'function') return !stream.locked;
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (isDestroyed(stream)) return false;
  return !(r && r.endEmitted);
}

function isWritable(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (isDestroyed(stream)) return false;
  const w = stream._writableState;
  return !(w && (w.ended || w.errored));
}

function isErrored(stream) {
  return !!(stream && (stream.errored || (stream._readableState && stream._readableState.errored) ||
    (stream._writableState && stream._writableState.errored)));
}

function isDisturbed(stream) {
  return !!(stream && (stream._readableState && (stream._readableState.dataEmitted || stream._readableState.endEmitted)));
}

// Duplex.from: wraps a stream, iterable, function or { readable, writable }.
Duplex.from = function (body) {
  if (body instanceof Duplex) return body;
  if (isReadableNodeStream(body) && !isWritableNodeStream(body)) {
    return duplexFromPair({ readable: body });
  }
  if (isWritableNodeStream(body) && !isReadableNodeStream(body)) {
    return duplexFromPair({ writable: body });
  }
  if (isIterable(body)) return Readable.from(body);
  if (body && typeof body === 'object' && (body.readable || body.writable)) return duplexFromPair(body);
  throw errors.invalidArgType('body', 'an instance of Stream, Iterable, AsyncIterable or Object', body);
};

function duplexFromPair({ readable: r, writable: w }) {
  const d = new Duplex({ objectMode: true, readable: !!r, writable: !!w });
  if (w) {
    d._write = (chunk, encoding, callback) => {
      if (w.write(chunk, encoding)) callback();
      else w.once('drain', () => callback());
    };
    d._final = (callback) => {
      w.end();
      finished(w, { readable: false }, (err) => callback(err));
    };
    w.on('error', (err) => d.destroy(err));
  }
  if (r) {
    r.on('readable', () => {
      let chunk;
      while ((chunk = r.read()) !== null) if (!d.push(chunk)) break;
    });
    r.on('end', () => d.push(null));
    r.on('error', (err) => d.destroy(err));
    d._read = () => {
      let chunk;
      while ((chunk = r.read()) !== null) if (!d.push(chunk)) return;
    };
  }
  d._destroy = (err, callback) => {
    if (r) destroyer(r, err);
    if (w) destroyer(w, err);
    callback(err);
  };
  return d;
}

function duplexPair(options) {
  const a = new Duplex({ ...options, read() {}, write(chunk, encoding, callback) { b.push(chunk); callback(); }, final(cb) { b.push(null); cb(); } });
  const b = new Duplex({ ...options, read() {}, write(chunk, encoding, callback) { a.push(chunk); callback(); }, final(cb) { a.push(null); cb(); } });
  return [a, b];
}

// ---- exports ----------------------------------------------------------------------------------------

const promises = { pipeline: pipelinePromise, finished: finishedPromise };

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.finished = finished;
Stream.addAbortSignal = addAbortSignal;
Stream.destroy = destroyer;
Stream.isDestroyed = isDestroyed;
Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.duplexPair = duplexPair;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
Object.defineProperty(Stream, 'promises', { value: promises, enumerable: true, configurable: true });
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), { value: pipelinePromise, enumerable: true });
Object.defineProperty(finished, Symbol.for('nodejs.util.promisify.custom'), { value: finishedPromise, enumerable: true });

module.exports = Stream;
