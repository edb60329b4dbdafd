// nari's bootstrap. Compiled as the body of `function (natives)` and called
// once, before any user code. It builds `process`, `console`, timers, the
// builtin module registry and the CommonJS loader, and returns the hooks the
// native event loop calls (see the end of this file and event_loop/mod.rs).
'use strict';

const { data } = natives;

// ---- builtin modules --------------------------------------------------------
// Builtins are CommonJS bodies embedded in the binary, compiled on first use.
// `provided` holds builtins made here rather than from a source file.
const builtinCache = new Map();
const provided = new Map();
const BUILTIN_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
provided.set('internal/natives', () => natives);

function requireBuiltin(name) {
  const cached = builtinCache.get(name);
  if (cached !== undefined) return cached.exports;
  if (provided.has(name)) {
    const module = { exports: provided.get(name)() };
    builtinCache.set(name, module);
    return module.exports;
  }
  const source = natives.builtinSource(name);
  if (source === undefined) return undefined;
  const module = { exports: {}, id: name, loaded: false };
  builtinCache.set(name, module);
  const filename = `node:${name}`;
  const fn = natives.compileFunction(source, filename, BUILTIN_PARAMS);
  fn.call(module.exports, module.exports, requireBuiltin, module, filename, '.');
  module.loaded = true;
  return module.exports;
}

function isBuiltin(name) {
  if (name.startsWith('internal/')) return false;
  return provided.has(name) || natives.builtinSource(name) !== undefined;
}

// ---- process ----------------------------------------------------------------
// process.env, as node's: values become strings when set, and setting or
// deleting a variable changes the real environment (addons call getenv).
function makeEnv(vars) {
  return new Proxy(vars, {
    set(target, key, value) {
      if (typeof key === 'symbol') return Reflect.set(target, key, value);
      const text = `${value}`; // a Symbol value throws a TypeError, as in node
      target[key] = text;
      natives.setEnv(key, text);
      return true;
    },
    defineProperty(target, key, descriptor) {
      if (typeof key === 'symbol' || !('value' in descriptor)) return Reflect.defineProperty(target, key, descriptor);
      const text = `${descriptor.value}`;
      natives.setEnv(key, text);
      return Reflect.defineProperty(target, key, { value: text, writable: true, enumerable: true, configurable: true });
    },
    deleteProperty(target, key) {
      if (typeof key !== 'symbol') natives.setEnv(key, undefined);
      return Reflect.deleteProperty(target, key);
    },
  });
}

const nextTickQueue = [];
const process = {
  title: 'nari',
  version: `v${data.nodeVersion}`,
  versions: {
    node: data.nodeVersion,
    nari: data.nariVersion,
    v8: data.v8Version,
    napi: data.napiVersion,
    // No V8-ABI build matches this, so loaders pick Node-API builds (see README).
    modules: '0',
  },
  release: { name: 'node' },
  platform: 'linux',
  arch: 'x64',
  pid: data.pid,
  execPath: data.execPath,
  argv: [data.execPath],
  argv0: data.argv0,
  execArgv: data.execArgv,
  env: makeEnv(data.env),
  exitCode: undefined,
  config: { target_defaults: {}, variables: { napi_build_version: data.napiVersion } },
  cwd: () => natives.cwd(),
  nextTick(callback, ...args) {
    if (typeof callback !== 'function') {
      const err = new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    nextTickQueue.push({ callback, args });
  },
  exit(code) {
    if (code !== undefined) process.exitCode = code;
    emitExit();
    natives.exit(exitCodeValue());
  },
  hrtime(previous) {
    const ms = natives.hrtimeMs();
    let sec = Math.floor(ms / 1e3);
    let nsec = Math.round((ms - sec * 1e3) * 1e6);
    if (previous) {
      sec -= previous[0];
      nsec -= previous[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, nsec];
  },
  uptime: () => (natives.hrtimeMs() - startMs) / 1e3,
  // As node: (warning, type?, code?) or (warning, { type, code, detail });
  // emits 'warning' on the next tick; the default listener prints it.
  emitWarning(warning, type, code) {
    let detail;
    if (type !== null && typeof type === 'object') ({ type, code, detail } = type);
    if (typeof type === 'function') type = code = undefined;
    if (typeof code === 'function') code = undefined;
    if (typeof warning === 'string') {
      const message = warning;
      warning = new Error(message);
      warning.name = String(type || 'Warning');
      if (code !== undefined) warning.code = code;
      if (detail !== undefined) warning.detail = detail;
      Error.captureStackTrace(warning, process.emitWarning);
    } else if (!(warning instanceof Error)) {
      const err = new TypeError('The "warning" argument must be of type string or an instance of Error.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (warning.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      if (process.throwDeprecation) throw warning;
    }
    process.nextTick(() => process.emit('warning', warning));
  },
};
const startMs = natives.hrtimeMs();
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });
process.hrtime.bigint = () => BigInt(Math.round(natives.hrtimeMs() * 1e6));
Object.setPrototypeOf(process, requireBuiltin('events').prototype);
requireBuiltin('events').call(process);
Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: true });
Object.defineProperty(globalThis, 'process', { value: process, writable: true, configurable: true, enumerable: false });

process.noDeprecation = data.execArgv.includes('--no-deprecation');
process.throwDeprecation = data.execArgv.includes('--throw-deprecation');
process.traceDeprecation = data.execArgv.includes('--trace-deprecation');

// ---- process members for loaders (natives: builtins/process_info.rs) --------
{
  const nodeError = (Base, code, message) => Object.assign(new Base(message), { code });
  const variables = process.config.variables;
  Object.assign(variables, {
    asan: 0, clang: 0, host_arch: process.arch, target_arch: process.arch, llvm_version: '0.0',
    node_byteorder: 'little', node_prefix: '/usr/local', node_shared: false, node_shared_openssl: false,
    node_shared_libuv: false, node_shared_zlib: false, node_use_openssl: true, node_install_npm: true,
    node_target_type: 'executable', openssl_is_fips: false, shlib_suffix: 'so', v8_enable_i18n_support: 0,
    v8_enable_pointer_compression: 0, v8_enable_sandbox: 0,
  });
  const base = `https://nodejs.org/download/release/v${data.nodeVersion}/node-v${data.nodeVersion}`;
  Object.assign(process.release, { lts: 'Jod', sourceUrl: `${base}.tar.gz`, headersUrl: `${base}-headers.tar.gz` });
  process.report = {
    compact: false, directory: '', filename: '', excludeNetwork: false, signal: 'SIGUSR2',
    reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false,
    getReport: (err) => requireBuiltin('os')._nariReport(err),
  };
  process.memoryUsage = () => natives.processInfo('memory');
  process.memoryUsage.rss = () => natives.processInfo('rss');
  const ids = () => natives.processInfo('ids');
  process.getuid = () => ids().uid;
  process.getgid = () => ids().gid;
  process.geteuid = () => ids().euid;
  process.getegid = () => ids().egid;
  process.getgroups = () => ids().groups;
  process.umask = (mask) => {
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '${mask}'`);
      }
      mask = parseInt(mask, 8);
    }
    return natives.processCall('umask', mask);
  };
  process.chdir = (directory) => {
    if (typeof directory !== 'string') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "directory" argument must be of type string. Received ${typeof directory}`);
    }
    natives.processCall('chdir', directory);
  };
  process.kill = (pid, signal = 'SIGTERM') => {
    if (pid != (pid | 0)) throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "pid" argument must be of type number. Received ${typeof pid}`);
    let number = signal;
    if (typeof signal === 'string') {
      number = requireBuiltin('os').constants.signals[signal];
      if (number === undefined) throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
    } else if (typeof signal !== 'number') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "signal" argument must be of type string or number. Received ${typeof signal}`);
    }
    const errno = natives.processCall('kill', pid | 0, number | 0);
    if (errno !== 0) {
      const [code] = requireBuiltin('os')._nariErrorName(errno);
      throw Object.assign(new Error(`kill ${code}`), { errno: -errno, code, syscall: 'kill' });
    }
    return true;
  };
}

// ---- process.stdout / process.stderr ------------------------------------------
// Writable streams over fds 1 and 2, made on first use (console writes
// directly until then, so programs that only log never load `stream`).
// Writes are synchronous, as node's to files and pipes; the fds are never closed.
const stdio = [undefined, undefined, undefined];
function makeStdio(fd) {
  const { Writable } = requireBuiltin('stream');
  const stream = new Writable({
    decodeStrings: false,
    autoDestroy: false,
    emitClose: false,
    write(chunk, encoding, callback) {
      natives.writeString(fd, typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8'
        ? requireBuiltin('buffer').Buffer.from(chunk, encoding) : chunk);
      callback();
    },
    destroy(err, callback) { callback(err); },
  });
  stream.fd = fd;
  stream.isTTY = false;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  // Never ended: end() writes its chunk and reports 'finish', but stdout
  // stays writable (as node's, e.g. after a pipeline into it).
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    process.nextTick(() => {
      this.emit('finish');
      if (callback) callback();
    });
    return this;
  };
  const tty = natives.processInfo('tty', fd);
  if (tty.isTTY) Object.assign(stream, tty);
  return stream;
}
for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
  Object.defineProperty(process, name, {
    get() {
      if (stdio[fd] === undefined) stdio[fd] = makeStdio(fd);
      return stdio[fd];
    },
    set(value) { stdio[fd] = value; },
    configurable: true,
    enumerable: true,
  });
}
// process.stdin: a Readable over fd 0 (an fs read stream that never closes
// the fd), made on first use.
let stdin;
Object.defineProperty(process, 'stdin', {
  get() {
    if (stdin === undefined) {
      stdin = requireBuiltin('fs').createReadStream(null, { fd: 0, autoClose: false });
      stdin.fd = 0;
      stdin.isTTY = false;
      const tty = natives.processInfo('tty', 0);
      if (tty.isTTY) Object.assign(stdin, tty);
    }
    return stdin;
  },
  set(value) { stdin = value; },
  configurable: true,
  enumerable: true,
});

// What console writes to: the stream once a program touched it, else the fd.
function writeStdio(fd, text) {
  if (stdio[fd] === undefined) natives.writeString(fd, text);
  else stdio[fd].write(text);
}

// The default 'warning' listener (node's prints the same lines).
let warnedOnce = false;
process.on('warning', (warning) => {
  if (data.execArgv.includes('--no-warnings')) return;
  const code = warning.code ? `[${warning.code}] ` : '';
  let text = `(nari:${data.pid}) ${code}${warning.name}: ${warning.message}\n`;
  if (typeof warning.detail === 'string') text += `${warning.detail}\n`;
  if (!warnedOnce) {
    warnedOnce = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`nari ${flag} ...\` to show where the warning was created)\n`;
  }
  writeStdio(2, text);
});

function exitCodeValue() {
  const code = process.exitCode;
  return code === undefined ? 0 : Number(code) | 0;
}

let exiting = false;
function emitExit() {
  if (exiting) return;
  exiting = true;
  process._exiting = true;
  process.emit('exit', exitCodeValue());
}

// Runs queued nextTick callbacks, then microtasks, until both are empty.
// Returns false when an uncaught exception ends the process (see `guard`).
function drainTasks() {
  do {
    while (nextTickQueue.length > 0) {
      const { callback, args } = nextTickQueue.shift();
      if (!guard(() => callback(...args))) return false;
    }
    if (!guard(natives.runMicrotasks)) return false;
    if (!guard(processRejections)) return false;
  } while (nextTickQueue.length > 0);
  return true;
}

// Node's default policy for a promise rejected with no handler by the end of
// a microtask checkpoint: 'unhandledRejection' listeners get it; without
// listeners it is an uncaught exception (a non-Error reason is wrapped).
function processRejections() {
  const list = natives.takeUnhandledRejections();
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    if (process.listenerCount('unhandledRejection') > 0) {
      process.emit('unhandledRejection', reason, promise);
      continue;
    }
    if (reason instanceof Error) throw reason;
    const { inspect } = requireBuiltin('util');
    const err = new Error('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${inspect(reason)}".`);
    err.name = 'UnhandledPromiseRejection';
    err.code = 'ERR_UNHANDLED_REJECTION';
    throw err;
  }
}

// ---- console ----------------------------------------------------------------
function format(args) {
  return requireBuiltin('util').format(...args) + '\n';
}
const counts = new Map();
const timers = new Map();
let groupIndent = '';
// Through process.stdout/stderr, as node's console (programs replace
// `write` to capture output).
function writeOut(fd, args) {
  let text = format(args);
  if (groupIndent) text = text.replace(/^(?=.)/gm, groupIndent);
  writeStdio(fd, text);
}
const console = {
  log: (...args) => writeOut(1, args),
  info: (...args) => writeOut(1, args),
  debug: (...args) => writeOut(1, args),
  error: (...args) => writeOut(2, args),
  warn: (...args) => writeOut(2, args),
  trace: (...args) => {
    const err = { name: 'Trace', message: requireBuiltin('util').format(...args) };
    Error.captureStackTrace(err, console.trace);
    natives.writeString(2, `${err.stack}\n`);
  },
  dir: (value, options) => writeOut(1, [requireBuiltin('util').inspect(value, options)]),
  assert: (condition, ...args) => {
    if (!condition) writeOut(2, args.length ? ['Assertion failed:', ...args] : ['Assertion failed']);
  },
  count: (label = 'default') => {
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    writeOut(1, [`${label}: ${n}`]);
  },
  countReset: (label = 'default') => counts.delete(label),
  time: (label = 'default') => timers.set(label, natives.hrtimeMs()),
  timeEnd: (label = 'default') => {
    const start = timers.get(label);
    if (start === undefined) return;
    timers.delete(label);
    writeOut(1, [`${label}: ${(natives.hrtimeMs() - start).toFixed(3)}ms`]);
  },
  group: (...args) => {
    if (args.length) writeOut(1, args);
    groupIndent += '  ';
  },
  groupEnd: () => { groupIndent = groupIndent.slice(2); },
};
Object.defineProperty(globalThis, 'console', { value: console, writable: true, configurable: true, enumerable: false });

// ---- modules ----------------------------------------------------------------
const cjsFactory = natives.compileFunction(data.cjsSource, 'node:internal/modules/cjs',
  ['natives', 'requireBuiltin', 'isBuiltin', 'provided', 'process']);
const cjs = cjsFactory(natives, requireBuiltin, isBuiltin, provided, process);
process.dlopen = (module, filename) => {
  module.exports = natives.loadAddon(filename, module.exports);
};

// ---- ES modules (modules/esm.js, compiled on first use) ----------------------
let esmLoader;
function esm() {
  if (esmLoader === undefined) {
    const factory = natives.compileFunction(natives.esmLoaderSource(), 'node:internal/modules/esm',
      ['natives', 'requireBuiltin', 'isBuiltin', 'cjs', 'process', 'fatal']);
    const fatal = (err) => guard(() => { throw err; }) || natives.exit(exitCodeValue());
    esmLoader = factory(natives, requireBuiltin, isBuiltin, cjs, process, fatal);
  }
  return esmLoader;
}
natives.esmSetHooks((specifier, referrer, type) => esm().importDynamic(specifier, referrer, type),
  (id, meta) => esm().initializeMeta(id, meta), (id) => esm().evaluateSynthetic(id));
// For require() of an ES module (modules/cjs.js).
provided.set('internal/esm', () => esm());
// ---- end of ES modules ----------------------------------------------------------

// ---- uncaught exceptions ----------------------------------------------------
// As node: an Error prints as util.inspect shows it (its stack and own
// properties); any other thrown value prints as inspected, with no prefix.
// Above it, as node: "file:line", the source line and a caret where V8
// knows the location.
function describeUncaught(err) {
  const arrow = err !== null && typeof err === 'object' ? natives.sourceArrow(err) : undefined;
  const text = requireBuiltin('util').inspect(err);
  return arrow === undefined ? text : `${arrow}\n${text}`;
}

// Calls fn; returns false when it threw and the process must end. As node:
// an 'uncaughtException' listener takes the exception and the program goes
// on; otherwise 'exit' is emitted with code 1 (unless exiting already; what
// its listeners throw then is ignored), the error is printed, and the process
// exits with process.exitCode (which an 'exit' listener may have changed).
function guard(fn) {
  try {
    fn();
    return true;
  } catch (err) {
    if (process.listenerCount('uncaughtException') > 0) {
      try {
        process.emit('uncaughtException', err, 'uncaughtException');
        return true;
      } catch (inner) {
        return fatalException(inner, 7);
      }
    }
    return fatalException(err, 1);
  }
}

// Code 7 (an 'uncaughtException' listener threw): node emits no 'exit'.
function fatalException(err, code) {
  if (!exiting && code === 1) {
    process.exitCode = code;
    try { emitExit(); } catch { /* nothing to be done about it now (node too) */ }
  } else if (process.exitCode === undefined || code === 7) {
    process.exitCode = code;
  }
  natives.writeString(2, `${describeUncaught(err)}\n\nnari v${data.nariVersion} (Node.js v${data.nodeVersion})\n`);
  return false;
}

// ---- timers and microtasks --------------------------------------------------
// Runs one callback from the loop with the uncaught-exception policy, then
// nextTicks and microtasks; false when the process must end.
function runCallback(fn) {
  return guard(fn) && drainTasks();
}

const timersModule = requireBuiltin('timers');
timersModule._init({
  now: natives.hrtimeMs,
  scheduleTimer: natives.scheduleTimer,
  setImmediates: natives.setImmediates,
}, runCallback);

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const err = new TypeError(`The "callback" argument must be of type function. Received ${callback === null ? 'null' : typeof callback}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  // A throwing microtask is an uncaught exception, as in node.
  natives.enqueueMicrotask(() => {
    if (!guard(callback)) natives.exit(exitCodeValue());
  });
}

const globalFunctions = {
  setTimeout: timersModule.setTimeout,
  clearTimeout: timersModule.clearTimeout,
  setInterval: timersModule.setInterval,
  clearInterval: timersModule.clearInterval,
  setImmediate: timersModule.setImmediate,
  clearImmediate: timersModule.clearImmediate,
  queueMicrotask,
};
for (const [name, value] of Object.entries(globalFunctions)) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
}

// Globals from builtins, loaded on first use (start-up stays small).
function lazyGlobal(name, load) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
}
lazyGlobal('Buffer', () => requireBuiltin('buffer').Buffer);
lazyGlobal('atob', () => requireBuiltin('buffer').atob);
lazyGlobal('btoa', () => requireBuiltin('buffer').btoa);
// -- url, encoding, crypto, performance (issue 5, misc builtins) --
lazyGlobal('URL', () => requireBuiltin('url').URL);
lazyGlobal('URLSearchParams', () => requireBuiltin('url').URLSearchParams);
lazyGlobal('TextEncoder', () => requireBuiltin('internal/encoding').TextEncoder);
lazyGlobal('TextDecoder', () => requireBuiltin('internal/encoding').TextDecoder);
lazyGlobal('crypto', () => requireBuiltin('crypto').webcrypto);
lazyGlobal('performance', () => requireBuiltin('perf_hooks').performance);
// -- end --

// ---- the loop's hooks ---------------------------------------------------------
// Each returns false when an uncaught exception ended the process.
return {
  // Runs the entry point and what it queued on nextTick / microtasks.
  start(kind, argument) {
    if (kind === 'none') {
      natives.writeString(2, 'nari: no script given (nari has no REPL); see nari --help\n');
      process.exitCode = 9;
      return false;
    }
    return guard(() => {
      if (kind === 'script') {
        if (natives.esmEntryIsModule(argument)) esm().runMain(argument, data.args); // ES modules
        else cjs.runMain(argument, data.args);
      } else {
        process.argv.push(...data.args);
        const result = cjs.evalScript(argument);
        if (kind === 'print') console.log(result);
      }
    }) && drainTasks();
  },
  processTimers: timersModule._processTimers,
  runImmediates: timersModule._runImmediates,
  afterCallback: drainTasks,
  // (Not again once exiting: the loop runs on during teardown for async
  // cleanup hooks.)
  beforeExit: () => exiting || (guard(() => process.emit('beforeExit', exitCodeValue())) && drainTasks()),
  // An exception an addon callback left pending (async work `complete` …).
  // Buffer.prototype for buffers made by addons (napi_create_buffer …).
  bufferPrototype: () => requireBuiltin('buffer').Buffer.prototype,
  // Without an 'uncaughtException' listener the process ends right away, as
  // in node (napi_fatal_exception may be called with JS on the stack).
  reportUncaught: (err) => guard(() => { throw err; }) || natives.exit(exitCodeValue()),
  // The end: 'exit' (unless emitted already); returns the exit code.
  finish() {
    guard(emitExit);
    return exitCodeValue();
  },
};
