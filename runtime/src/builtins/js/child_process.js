// child_process: processes started by natives in builtins/child_process.rs.
// spawnSync and friends block; spawn / exec / execFile return a
// ChildProcess (an EventEmitter with stdin/stdout/stderr streams) whose
// events come from threads watching the child, delivered on the loop.
'use strict';

const natives = require('internal/natives');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const fs = require('fs');
const os = require('os');

const { makeError, invalidArgType, invalidArgValue, getStreams } = fs._nari;
const signals = os.constants.signals;
const signalNames = new Map();
for (const [name, number] of Object.entries(signals)) if (!signalNames.has(number)) signalNames.set(number, name);

function signalNumber(signal, name = 'signal') {
  if (signal === undefined || signal === null) return signals.SIGTERM;
  if (typeof signal === 'number') {
    if (!signalNames.has(signal) && signal !== 0) {
      throw makeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
    }
    return signal;
  }
  if (typeof signal === 'string') {
    const number = signals[signal] ?? signals[signal.toUpperCase()];
    if (number === undefined) throw makeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
    return number;
  }
  throw invalidArgType(name, 'of type string or number', signal);
}

// node's error for a failed spawn: `spawnSync ls ENOENT`.
function spawnError(errno, syscall, file, args) {
  const [code] = os._nariErrorName(errno);
  const err = new Error(`${syscall} ${file} ${code}`);
  err.errno = -errno;
  err.code = code;
  err.syscall = `${syscall} ${file}`;
  err.path = file;
  err.spawnargs = args;
  return err;
}

function stdioModes(stdio, fallback = 'pipe') {
  if (stdio === undefined || stdio === null) stdio = fallback;
  if (typeof stdio === 'string') {
    if (!['pipe', 'overlapped', 'inherit', 'ignore'].includes(stdio)) throw invalidArgValue('stdio', stdio);
    stdio = [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) throw invalidArgValue('stdio', stdio);
  return [0, 1, 2].map((i) => {
    const mode = stdio[i];
    if (mode === undefined || mode === null || mode === 'pipe' || mode === 'overlapped') return 'pipe';
    if (mode === 'inherit') return i;
    if (mode === 'ignore') return 'ignore';
    if (mode === 'ipc') {
      throw makeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'nari has no IPC channel for child processes');
    }
    if (typeof mode === 'number') return mode;
    if (typeof mode === 'object' && typeof mode.fd === 'number') return mode.fd;
    throw invalidArgValue('stdio', mode);
  });
}

// (file, args?, options?) → what the natives take.
function normalize(file, args, options) {
  if (typeof file !== 'string') throw invalidArgType('file', 'of type string', file);
  if (file.length === 0) throw invalidArgValue('file', file, 'cannot be empty');
  if (args == null) {
    args = [];
  } else if (!Array.isArray(args)) {
    if (typeof args === 'object') {
      options = args;
      args = [];
    } else {
      throw invalidArgType('args', 'an instance of Array', args);
    }
  }
  if (options == null) options = {};
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  args = args.map(String);
  let argv0 = options.argv0;
  if (options.shell) {
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
    argv0 = argv0 || file;
  }
  if (options.cwd != null && typeof options.cwd !== 'string') {
    if (typeof options.cwd === 'object' && typeof options.cwd.href === 'string') {
      options = { ...options, cwd: fs._nari.pathString(fs._nari.getPath(options.cwd)) };
    } else {
      throw invalidArgType('options.cwd', 'of type string or an instance of Buffer or URL', options.cwd);
    }
  }
  const envSource = options.env || process.env;
  const env = [];
  for (const key of Object.keys(envSource)) {
    const value = envSource[key];
    if (value !== undefined) env.push(`${key}=${value}`);
  }
  return {
    file,
    args,
    spawnargs: [argv0 || file, ...args],
    options: {
      cwd: options.cwd,
      env,
      argv0: argv0 || file,
      detached: !!options.detached,
      uid: options.uid,
      gid: options.gid,
      timeout: options.timeout,
      killSignal: options.killSignal === undefined ? undefined : signalNumber(options.killSignal, 'options.killSignal'),
      maxBuffer: options.maxBuffer === undefined ? 1024 * 1024 : options.maxBuffer,
    },
    raw: options,
  };
}

// ---- synchronous ---------------------------------------------------------------
function spawnSync(file, args, options) {
  const n = normalize(file, args, options);
  const opts = n.raw;
  let input = opts.input;
  if (typeof input === 'string') input = Buffer.from(input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8');
  else if (input != null && !ArrayBuffer.isView(input)) {
    throw invalidArgType('options.stdio[0]', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  const stdio = stdioModes(opts.stdio);
  const raw = natives.spawnSync(n.file, n.args, { ...n.options, stdio, input: input === undefined ? undefined : input });
  const encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  const out = (ab) => {
    if (ab === null || ab === undefined) return null;
    const buffer = Buffer.from(ab);
    return encoding ? buffer.toString(encoding) : buffer;
  };
  const result = {};
  if (raw.error !== undefined) {
    result.error = spawnError(raw.error, 'spawnSync', n.file, n.spawnargs.slice(1));
  }
  result.status = raw.status;
  result.signal = raw.signal === null ? null : signalNames.get(raw.signal) || raw.signal;
  const started = raw.pid !== 0;
  const stdout = started ? out(raw.stdout) : null;
  const stderr = started ? out(raw.stderr) : null;
  result.output = started ? [null, stdout, stderr] : null;
  result.pid = raw.pid;
  result.stdout = stdout;
  result.stderr = stderr;
  return result;
}

function execSyncError(result, command) {
  if (result.error) {
    return Object.assign(result.error, result);
  }
  if (result.status !== 0) {
    let message = `Command failed: ${command}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    const err = new Error(message);
    return Object.assign(err, result);
  }
  return undefined;
}

function execFileSync(file, args, options) {
  if (args != null && !Array.isArray(args) && typeof args === 'object') {
    options = args;
    args = [];
  }
  options = options || {};
  const inheritStderr = options.stdio === undefined;
  const result = spawnSync(file, args, options);
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const err = execSyncError(result, [options.shell ? file : file, ...(args || [])].join(' '));
  if (err) throw err;
  return result.stdout;
}

function execSync(command, options) {
  options = { ...(options || {}), shell: options && typeof options.shell === 'string' ? options.shell : true };
  const inheritStderr = options.stdio === undefined;
  const result = spawnSync(command, [], options);
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const err = execSyncError(result, command);
  if (err) throw err;
  return result.stdout;
}

// ---- asynchronous ------------------------------------------------------------------
const kId = Symbol('kId');

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
    this.killed = false;
    this.connected = false;
    this.exitCode = null;
    this.signalCode = null;
    this.spawnfile = undefined;
    this.spawnargs = [];
    this[kId] = 0;
  }

  spawn(options) {
    const n = normalize(options.file, options.args, options);
    this.spawnfile = n.file;
    this.spawnargs = n.spawnargs;
    const stdio = stdioModes(options.stdio);
    const { Readable, Writable } = getStreams();
    const child = this;
    let open = 0;
    let exited = false;
    const maybeClose = () => {
      if (exited && open === 0) this.emit('close', this.exitCode, this.signalCode);
    };
    const readable = () => {
      open += 1;
      const stream = new Readable({ read() {} });
      stream.on('close', () => { open -= 1; maybeClose(); });
      return stream;
    };
    if (stdio[0] === 'pipe') {
      this.stdin = new Writable({
        write(chunk, encoding, callback) {
          natives.childControl(child[kId], 'write', typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
          callback();
        },
        final(callback) {
          natives.childControl(child[kId], 'end');
          callback();
        },
      });
    }
    if (stdio[1] === 'pipe') this.stdout = readable();
    if (stdio[2] === 'pipe') this.stderr = readable();
    this.stdio = [this.stdin, this.stdout, this.stderr];
    const onEvent = (kind, a, b) => {
      switch (kind) {
        case 'stdout': this.stdout.push(Buffer.from(a)); break;
        case 'stderr': this.stderr.push(Buffer.from(a)); break;
        case 'stdoutEnd': this.stdout.push(null); break;
        case 'stderrEnd': this.stderr.push(null); break;
        case 'exit': {
          exited = true;
          this.exitCode = a;
          this.signalCode = b === null ? null : signalNames.get(b) || b;
          if (this.stdin && !this.stdin.destroyed) this.stdin.destroy();
          this.emit('exit', this.exitCode, this.signalCode);
          // Output nobody reads is drained so that 'close' comes.
          for (const stream of [this.stdout, this.stderr]) {
            if (stream && stream.listenerCount('data') === 0 && stream.listenerCount('readable') === 0) stream.resume();
          }
          maybeClose();
          break;
        }
        default: break;
      }
    };
    const result = natives.spawn(n.file, n.args, { ...n.options, stdio }, onEvent);
    if (result.error !== undefined) {
      const err = spawnError(result.error, 'spawn', n.file, n.spawnargs.slice(1));
      this.exitCode = -result.error;
      process.nextTick(() => {
        this.emit('error', err);
        for (const stream of [this.stdout, this.stderr]) if (stream) stream.destroy();
        if (this.stdin) this.stdin.destroy();
        exited = true;
        if (open === 0) maybeClose();
      });
      return err;
    }
    this[kId] = result.id;
    this.pid = result.pid;
    process.nextTick(() => this.emit('spawn'));
    if (options.timeout > 0) {
      const timer = setTimeout(() => this.kill(options.killSignal), options.timeout);
      this.once('exit', () => clearTimeout(timer));
    }
    return undefined;
  }

  kill(signal) {
    const number = signalNumber(signal);
    if (!this[kId]) return false;
    const result = natives.childControl(this[kId], 'kill', number);
    if (result === true) {
      this.killed = true;
      return true;
    }
    if (typeof result === 'number' && result !== 3) {
      const [code] = os._nariErrorName(result);
      this.emit('error', Object.assign(new Error(`kill ${code}`), { errno: -result, code, syscall: 'kill' }));
    }
    return false;
  }

  ref() { if (this[kId]) natives.childControl(this[kId], 'ref'); }
  unref() { if (this[kId]) natives.childControl(this[kId], 'unref'); }
  disconnect() {}
}

function spawn(file, args, options) {
  if (args != null && !Array.isArray(args) && typeof args === 'object') {
    options = args;
    args = [];
  }
  options = { ...(options || {}), file, args: args || [] };
  const child = new ChildProcess();
  child.spawn(options);
  return child;
}

// execFile(file, args?, options?, callback?)
function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = []; options = {}; }
  else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = [];
  }
  if (typeof options === 'function') { callback = options; options = {}; }
  options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...(options || {}) };
  const child = spawn(file, args || [], { ...options, timeout: 0 });
  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let sizes = [0, 0];
  let failure = null;
  let timer = null;
  let done = false;
  const command = [file, ...(args || [])].join(' ');
  const text = (chunks) => {
    const buffer = Buffer.concat(chunks);
    return encoding ? buffer.toString(encoding) : buffer;
  };
  const kill = () => {
    try { child.kill(options.killSignal); } catch (err) { failure = failure || err; }
  };
  const finish = (code, signal) => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    if (!callback) return;
    const stdout = text(stdoutChunks);
    const stderr = text(stderrChunks);
    let err = failure;
    if (!err && (code !== 0 || signal !== null)) {
      err = new Error(`Command failed: ${command}\n${stderr}`);
      err.code = code < 0 ? os._nariErrorName(-code)[0] : code;
      err.killed = child.killed;
      err.signal = signal;
    }
    if (err) err.cmd = command;
    callback(err, stdout, stderr);
  };
  const collect = (chunks, i) => (chunk) => {
    sizes[i] += chunk.length;
    if (sizes[i] > options.maxBuffer) {
      const name = i === 0 ? 'stdout' : 'stderr';
      failure = failure || makeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
      const keep = chunk.length - (sizes[i] - options.maxBuffer);
      if (keep > 0) chunks.push(chunk.subarray(0, keep));
      kill();
      return;
    }
    chunks.push(chunk);
  };
  if (child.stdout) child.stdout.on('data', collect(stdoutChunks, 0));
  if (child.stderr) child.stderr.on('data', collect(stderrChunks, 1));
  child.on('close', finish);
  child.on('error', (err) => {
    failure = err;
    finish(null, null);
  });
  if (options.timeout > 0) {
    timer = setTimeout(() => {
      failure = failure || null;
      kill();
    }, options.timeout);
  }
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  options = { ...(options || {}) };
  if (!options.shell) options.shell = true;
  return execFile(command, [], options, callback);
}

const kPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisified(fn) {
  return (...args) => {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = fn(...args, (err, stdout, stderr) => {
        if (err) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, kPromisify, { value: promisified(exec), enumerable: false });
Object.defineProperty(execFile, kPromisify, { value: promisified(execFile), enumerable: false });

function fork() {
  throw makeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'child_process.fork is not supported by nari (no IPC channel)');
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
