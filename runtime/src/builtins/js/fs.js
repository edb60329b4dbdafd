// fs: synchronous, callback and (in fs/promises) promise APIs over the
// natives in builtins/fs.rs. Every operation is one native call:
// natives.fsSync(op, ...args) runs it now; natives.fsAsync(op, callback,
// ...args) runs it on the worker pool and calls back on the JS thread.
//
// Streams (createReadStream / createWriteStream) use the `stream` builtin
// when there is one, else the small Readable / Writable below.
'use strict';

const natives = require('internal/natives');
const { Buffer } = require('buffer');
const pathModule = require('path');

const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o040000, S_IFCHR: 0o020000, S_IFBLK: 0o060000,
  S_IFIFO: 0o010000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC, S_IFMT } = constants;

// ---- errors -------------------------------------------------------------------
// Shaped as node's internal errors: `code`, and `Name [CODE]: message` stacks.
function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'name', { value: `${Base.name} [${code}]`, configurable: true, writable: true });
  // eslint-disable-next-line no-unused-expressions
  err.stack;
  delete err.name;
  Object.defineProperty(err, 'code', { value: code, enumerable: true, configurable: true, writable: true });
  err.toString = function toString() { return `${this.name} [${code}]: ${this.message}`; };
  Object.defineProperty(err, 'toString', { enumerable: false });
  Error.captureStackTrace(err, makeError);
  return err;
}

function describe(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return require('util').inspect(value, { depth: -1 });
  }
  let shown = require('util').inspect(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, actual) {
  const what = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${what} must be ${expected}. Received ${describe(actual)}`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = require('util').inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const what = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${what} '${name}' ${reason}. Received ${shown}`);
}

function outOfRange(name, range, value) {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${require('util').inspect(value)}`);
}

// ---- argument checking ------------------------------------------------------------
function fileURLToPath(url) {
  if (url.protocol !== 'file:') {
    throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '') {
    throw makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  if (/%2f/i.test(url.pathname)) {
    throw makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(url.pathname);
}

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

// A path argument as a string or Buffer (what the natives take).
// Opens a file stream's file (when it was not given an fd): 'open' and
// 'ready' on success, destroy(err) on failure.
function openStream(stream, path) {
  getPath(path);
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      stream.destroy(err);
      return;
    }
    stream.fd = fd;
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function getPath(path, name = 'path') {
  if (isURL(path)) path = fileURLToPath(path);
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path instanceof Uint8Array) {
    if (path.includes(0)) {
      throw invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
}

function pathString(path) {
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

function getFd(fd, name = 'fd') {
  if (typeof fd !== 'number') throw invalidArgType(name, 'of type number', fd);
  if (!Number.isInteger(fd)) throw outOfRange(name, 'an integer', fd);
  if (fd < 0 || fd > 2147483647) throw outOfRange(name, '>= 0 && <= 2147483647', fd);
  return fd;
}

// A file descriptor where a path or a descriptor may be given (an int32).
function isFd(value) {
  return value === (value | 0);
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'of type function', cb);
  return cb;
}

const flagTable = {
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function getFlags(flags, fallback = 'r') {
  if (flags == null) flags = fallback;
  if (typeof flags === 'number') return flags;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw invalidArgValue('flags', flags);
}

function getMode(mode, fallback, name = 'mode') {
  if (mode == null) return fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) throw invalidArgValue(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    return parseInt(mode, 8);
  }
  if (typeof mode !== 'number') throw invalidArgType(name, 'of type number', mode);
  if (!Number.isInteger(mode)) throw outOfRange(name, 'an integer', mode);
  if (mode < 0 || mode > 4294967295) throw outOfRange(name, '>= 0 && <= 4294967295', mode);
  return mode;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', 'one of type string or object', options);
  return { ...defaults, ...options };
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw invalidArgValue('encoding', encoding, 'is invalid encoding');
  }
  return encoding;
}

function isUtf8(encoding) {
  return typeof encoding === 'string' && /^utf-?8$/i.test(encoding);
}

// Seconds for utimes: a number, a numeric string, or a Date.
function toSeconds(time, name) {
  if (typeof time === 'number') return Number.isFinite(time) ? time : Date.now() / 1000;
  if (typeof time === 'string' && time.trim() !== '' && !Number.isNaN(+time)) return +time;
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'bigint') return Number(time);
  throw invalidArgType(name, 'of type number or an instance of Date', time);
}

function toBuffer(ab) {
  return Buffer.from(ab);
}

function encodeResult(value, encoding) {
  if (!encoding || encoding === 'buffer') return encoding === 'buffer' ? Buffer.from(value) : value;
  return value;
}

function position(pos) {
  if (pos == null) return -1;
  if (typeof pos === 'bigint') return Number(pos);
  if (typeof pos !== 'number') throw invalidArgType('position', 'of type number', pos);
  return pos;
}

// ---- Stats and Dirent ---------------------------------------------------------------
const kType = Symbol('type');

function msOf(sec, nsec) { return sec * 1e3 + nsec / 1e6; }
function dateOf(ms) { return new Date(Math.round(ms)); }

function StatsBase(n) {
  this.dev = n[0];
  this.mode = n[1];
  this.nlink = n[2];
  this.uid = n[3];
  this.gid = n[4];
  this.rdev = n[5];
  this.blksize = n[6];
  this.ino = n[7];
  this.size = n[8];
  this.blocks = n[9];
}
const statsMethods = {
  isDirectory() { return (Number(this.mode) & S_IFMT) === constants.S_IFDIR; },
  isFile() { return (Number(this.mode) & S_IFMT) === constants.S_IFREG; },
  isBlockDevice() { return (Number(this.mode) & S_IFMT) === constants.S_IFBLK; },
  isCharacterDevice() { return (Number(this.mode) & S_IFMT) === constants.S_IFCHR; },
  isSymbolicLink() { return (Number(this.mode) & S_IFMT) === constants.S_IFLNK; },
  isFIFO() { return (Number(this.mode) & S_IFMT) === constants.S_IFIFO; },
  isSocket() { return (Number(this.mode) & S_IFMT) === constants.S_IFSOCK; },
};
Object.assign(StatsBase.prototype, statsMethods);
for (const key of Object.keys(statsMethods)) {
  Object.defineProperty(StatsBase.prototype, key, { enumerable: false });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks]);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateOf(atimeMs);
  this.mtime = dateOf(mtimeMs);
  this.ctime = dateOf(ctimeMs);
  this.birthtime = dateOf(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);

function BigIntStats(n) {
  StatsBase.call(this, n.slice(0, 10).map((x) => BigInt(x)));
  const ns = (i) => BigInt(n[i]) * 1000000000n + BigInt(n[i + 1]);
  const names = ['atime', 'mtime', 'ctime', 'birthtime'];
  names.forEach((name, k) => { this[`${name}Ms`] = ns(10 + 2 * k) / 1000000n; });
  names.forEach((name, k) => { this[`${name}Ns`] = ns(10 + 2 * k); });
  names.forEach((name, k) => { this[name] = dateOf(msOf(n[10 + 2 * k], n[11 + 2 * k])); });
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);

function makeStats(n, options) {
  if (options && options.bigint) return new BigIntStats(n);
  return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
    msOf(n[10], n[11]), msOf(n[12], n[13]), msOf(n[14], n[15]), msOf(n[16], n[17]));
}

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// ---- operations: one description per function, shared by sync, callback and promise forms.
// Each `prepare(...args)` validates and returns [op, nativeArgs, convert(result)].
const ops = {};

ops.access = (path, mode) => ['access', [getPath(path), getMode(mode, constants.F_OK)]];
ops.open = (path, flags, mode) => ['open', [getPath(path), getFlags(flags), getMode(mode, 0o666)]];
ops.close = (fd) => ['close', [getFd(fd)]];
ops.fsync = (fd) => ['fsync', [getFd(fd)]];
ops.fdatasync = (fd) => ['fdatasync', [getFd(fd)]];

ops.stat = (path, options) => ['stat', [getPath(path)], (n) => makeStats(n, options)];
ops.lstat = (path, options) => ['lstat', [getPath(path)], (n) => makeStats(n, options)];
ops.fstat = (fd, options) => ['fstat', [getFd(fd)], (n) => makeStats(n, options)];

ops.readdir = (path, options) => {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  path = getPath(path);
  const encoding = checkEncoding(options.encoding);
  const name = (s) => (encoding === 'buffer' ? Buffer.from(s) : s);
  if (options.withFileTypes) {
    const dir = pathString(path);
    return ['readdir', [path, true], (list) => {
      const out = [];
      for (let i = 0; i < list.length; i += 2) out.push(new Dirent(name(list[i]), list[i + 1], dir));
      return out;
    }];
  }
  return ['readdir', [path, false], (names) => (encoding === 'buffer' ? names.map(name) : names)];
};

ops.mkdir = (path, options) => {
  let recursive = false;
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = getMode(options, 0o777);
  } else if (options != null && typeof options === 'object') {
    if (options.recursive !== undefined && typeof options.recursive !== 'boolean') {
      throw invalidArgType('options.recursive', 'of type boolean', options.recursive);
    }
    recursive = !!options.recursive;
    mode = getMode(options.mode, 0o777);
  }
  return ['mkdir', [getPath(path), recursive, mode], recursive ? (first) => first : () => undefined];
};

ops.mkdtemp = (prefix, options) => {
  options = getOptions(options, { encoding: 'utf8' });
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array) && !isURL(prefix)) {
    throw invalidArgType('prefix', 'of type string or an instance of Buffer or URL', prefix);
  }
  return ['mkdtemp', [getPath(prefix, 'prefix')], (p) => (options.encoding === 'buffer' ? Buffer.from(p) : p)];
};

function rmError(err) {
  if (err && err.code === 'EISDIR' && err.syscall === 'rm') {
    const info = { code: 'EISDIR', message: 'is a directory', path: err.path, syscall: 'rm', errno: 21 };
    const e = makeError(Error, 'ERR_FS_EISDIR', `Path is a directory: rm returned EISDIR (is a directory) ${err.path}`);
    e.name = 'SystemError';
    Object.defineProperty(e, 'name', { enumerable: false });
    e.info = info;
    e.errno = 21;
    e.syscall = 'rm';
    e.path = err.path;
    return e;
  }
  return err;
}

ops.rm = (path, options) => {
  options = getOptions(options, { recursive: false, force: false });
  return ['rm', [getPath(path), !!options.recursive, !!options.force], undefined, rmError];
};
ops.rmdir = (path, options) => {
  options = getOptions(options, { recursive: false });
  return ['rmdir', [getPath(path), !!options.recursive]];
};
ops.unlink = (path) => ['unlink', [getPath(path)]];
ops.rename = (from, to) => ['rename', [getPath(from, 'oldPath'), getPath(to, 'newPath')]];
ops.copyFile = (src, dest, mode) => ['copyFile', [getPath(src, 'src'), getPath(dest, 'dest'), getMode(mode, 0)]];
ops.symlink = (target, path) => ['symlink', [getPath(target, 'target'), getPath(path)]];
ops.link = (existing, newPath) => ['link', [getPath(existing, 'existingPath'), getPath(newPath, 'newPath')]];
ops.readlink = (path, options) => {
  options = getOptions(options, { encoding: 'utf8' });
  return ['readlink', [getPath(path)], (p) => encodeResult(p, options.encoding)];
};
ops.realpath = (path, options) => {
  options = getOptions(options, { encoding: 'utf8' });
  return ['realpath', [getPath(path), false], (p) => encodeResult(p, options.encoding)];
};
ops.realpathNative = (path, options) => {
  options = getOptions(options, { encoding: 'utf8' });
  return ['realpath', [getPath(path), true], (p) => encodeResult(p, options.encoding)];
};
ops.chmod = (path, mode) => ['chmod', [getPath(path), getMode(mode, undefined)]];
ops.fchmod = (fd, mode) => ['fchmod', [getFd(fd), getMode(mode, undefined)]];
ops.chown = (path, uid, gid) => ['chown', [getPath(path), uid, gid, false]];
ops.lchown = (path, uid, gid) => ['chown', [getPath(path), uid, gid, true]];
ops.fchown = (fd, uid, gid) => ['chown', [getFd(fd), uid, gid, false]];
ops.utimes = (path, atime, mtime) => ['utimes', [getPath(path), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime'), false]];
ops.lutimes = (path, atime, mtime) => ['utimes', [getPath(path), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime'), true]];
ops.futimes = (fd, atime, mtime) => ['utimes', [getFd(fd), toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime'), false]];
ops.truncate = (path, len = 0) => {
  if (typeof path === 'number') return ops.ftruncate(path, len);
  return ['truncate', [getPath(path), Math.max(0, len | 0)]];
};
ops.ftruncate = (fd, len = 0) => ['truncate', [getFd(fd), Math.max(0, len | 0)]];

ops.readFile = (path, options) => {
  options = getOptions(options, { encoding: null, flag: 'r' });
  const encoding = checkEncoding(options.encoding);
  const target = isFd(path) ? getFd(path) : getPath(path);
  if (isUtf8(encoding)) return ['readFile', [target, getFlags(options.flag), true]];
  return ['readFile', [target, getFlags(options.flag), false], (ab) => {
    const buffer = toBuffer(ab);
    return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
  }];
};

function dataBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

function writeFileOp(flag) {
  return (path, data, options) => {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
    const target = isFd(path) ? getFd(path, 'file') : getPath(path, 'file');
    return ['writeFile', [target, dataBytes(data, options.encoding), getFlags(options.flag), getMode(options.mode, 0o666)]];
  };
}
ops.writeFile = writeFileOp('w');
ops.appendFile = writeFileOp('a');

// read(fd, buffer, offset, length, position) / read(fd, buffer, {offset, length, position})
function readArgs(fd, buffer, offset, length, pos) {
  getFd(fd);
  if (!ArrayBuffer.isView(buffer)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position: pos = null } = offset);
  }
  if (offset == null) offset = 0;
  if (length == null) length = buffer.byteLength - offset;
  if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
  if (offset < 0 || offset > buffer.byteLength) throw outOfRange('offset', `>= 0 && <= ${buffer.byteLength}`, offset);
  if (length < 0 || offset + length > buffer.byteLength) {
    throw outOfRange('length', `>= 0 && <= ${buffer.byteLength - offset}`, length);
  }
  const target = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return [fd, target, length, position(pos)];
}
ops.read = (...args) => {
  const [fd, target, length, pos] = readArgs(...args);
  return ['read', [fd, length, pos], (ab) => {
    const bytes = new Uint8Array(ab);
    target.set(bytes);
    return bytes.length;
  }];
};

// write(fd, buffer, offset?, length?, position?) or write(fd, string, position?, encoding?)
function writeArgs(fd, data, a, b, c) {
  getFd(fd);
  if (typeof data === 'string') {
    const bytes = Buffer.from(data, typeof b === 'string' ? b : 'utf8');
    return [fd, bytes, position(typeof a === 'number' ? a : null)];
  }
  if (!ArrayBuffer.isView(data)) {
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  let offset = a;
  let length = b;
  let pos = c;
  if (offset != null && typeof offset === 'object') ({ offset = 0, length, position: pos = null } = offset);
  if (offset == null) offset = 0;
  if (length == null) length = data.byteLength - offset;
  if (offset < 0 || offset > data.byteLength) throw outOfRange('offset', `>= 0 && <= ${data.byteLength}`, offset);
  if (length < 0 || offset + length > data.byteLength) {
    throw outOfRange('length', `>= 0 && <= ${data.byteLength - offset}`, length);
  }
  return [fd, new Uint8Array(data.buffer, data.byteOffset + offset, length), position(pos)];
}
ops.write = (...args) => ['write', writeArgs(...args)];

// ---- the three forms ------------------------------------------------------------------
function runSync(prepared) {
  const [op, args, convert, mapError] = prepared;
  let result;
  try {
    result = natives.fsSync(op, ...args);
  } catch (err) {
    if (mapError) throw mapError(err);
    throw err;
  }
  return convert ? convert(result) : result;
}

function runAsync(prepared, callback) {
  const [op, args, convert, mapError] = prepared;
  natives.fsAsync(op, (err, result) => {
    if (err) {
      callback(mapError ? mapError(err) : err);
      return;
    }
    let value;
    try {
      value = convert ? convert(result) : result;
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, value);
  }, ...args);
}

function runPromise(prepared) {
  return new Promise((resolve, reject) => {
    runAsync(prepared, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

// Splits a trailing callback off `args`.
function withCallback(args) {
  const cb = args.length > 0 ? args[args.length - 1] : undefined;
  return [checkCallback(cb), args.slice(0, -1)];
}

const fs = module.exports;

function define(name, prepare, { sync = `${name}Sync`, errorlessSync = false } = {}) {
  fs[sync] = function (...args) {
    const result = runSync(prepare(...args));
    return errorlessSync ? undefined : result;
  };
  Object.defineProperty(fs[sync], 'name', { value: sync });
  fs[name] = function (...args) {
    const [cb, rest] = withCallback(args);
    runAsync(prepare(...rest), cb);
  };
  Object.defineProperty(fs[name], 'name', { value: name });
}

for (const name of ['access', 'open', 'close', 'fsync', 'fdatasync', 'stat', 'lstat', 'fstat', 'readdir',
  'mkdir', 'mkdtemp', 'rmdir', 'unlink', 'rename', 'copyFile', 'link', 'readlink', 'chmod',
  'fchmod', 'chown', 'lchown', 'fchown', 'utimes', 'lutimes', 'futimes', 'truncate', 'ftruncate', 'readFile',
  'writeFile', 'appendFile', 'read', 'write', 'realpath']) {
  define(name, ops[name]);
}

// rm: `rm(path, options?, cb)`.
define('rm', ops.rm);

// Callback forms whose optional arguments come before the callback.
fs.read = function read(fd, buffer, ...rest) {
  const [cb, args] = withCallback(rest);
  let prepared;
  if (!ArrayBuffer.isView(buffer) && (buffer == null || typeof buffer === 'object') && !args.length) {
    // read(fd, {buffer, offset, length, position}, cb) or read(fd, cb)
    const o = buffer || {};
    const target = o.buffer || Buffer.alloc(16384);
    prepared = ops.read(fd, target, o.offset, o.length, o.position);
    runAsync(prepared, (err, n) => cb(err, n, target));
    return;
  }
  prepared = ops.read(fd, buffer, ...args);
  runAsync(prepared, (err, n) => cb(err, n, buffer));
};
fs.write = function write(fd, data, ...rest) {
  const [cb, args] = withCallback(rest);
  runAsync(ops.write(fd, data, ...args), (err, n) => cb(err, n, data));
};
fs.readSync = function readSync(fd, buffer, offset, length, pos) {
  return runSync(ops.read(fd, buffer, offset, length, pos));
};
fs.writeSync = function writeSync(fd, data, a, b, c) {
  return runSync(ops.write(fd, data, a, b, c));
};

fs.statSync = function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  try {
    return runSync(ops.stat(path, options));
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
};
fs.lstatSync = function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  try {
    return runSync(ops.lstat(path, options));
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
};

fs.realpathSync.native = function realpathSync(path, options) { return runSync(ops.realpathNative(path, options)); };
fs.realpath.native = function realpath(path, ...rest) {
  const [cb, args] = withCallback(rest);
  runAsync(ops.realpathNative(path, ...args), cb);
};

fs.symlinkSync = function symlinkSync(target, path, type) {
  return runSync(ops.symlink(target, path, type));
};
fs.symlink = function symlink(target, path, ...rest) {
  const [cb] = withCallback(rest);
  runAsync(ops.symlink(target, path), cb);
};

fs.existsSync = function existsSync(path) {
  try {
    natives.fsSync('access', getPath(path), constants.F_OK);
    return true;
  } catch {
    return false;
  }
};
fs.exists = function exists(path, callback) {
  checkCallback(callback);
  let target;
  try {
    target = getPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  natives.fsAsync('access', (err) => callback(!err), target, constants.F_OK);
};

fs.rmSync = function rmSync(path, options) {
  return runSync(ops.rm(path, options));
};

fs.writeFileSync = function writeFileSync(path, data, options) {
  runSync(ops.writeFile(path, data, options));
};
fs.appendFileSync = function appendFileSync(path, data, options) {
  runSync(ops.appendFile(path, data, options));
};
fs.closeSync = function closeSync(fd) { runSync(ops.close(fd)); };
fs.close = function close(fd, cb = () => {}) { runAsync(ops.close(fd), checkCallback(cb)); };

// ---- directories: opendir / Dir ---------------------------------------------------------
class Dir {
  constructor(path, entries) {
    this.path = path;
    this._entries = entries;
    this._closed = false;
  }
  _check() {
    if (this._closed) throw makeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
  }
  readSync() { this._check(); return this._entries.shift() || null; }
  read(cb) {
    if (typeof cb === 'function') {
      let entry;
      try { entry = this.readSync(); } catch (err) { process.nextTick(cb, err); return undefined; }
      process.nextTick(cb, null, entry);
      return undefined;
    }
    return new Promise((resolve, reject) => this.read((err, entry) => (err ? reject(err) : resolve(entry))));
  }
  closeSync() { this._check(); this._closed = true; }
  close(cb) {
    if (typeof cb === 'function') {
      try { this.closeSync(); } catch (err) { process.nextTick(cb, err); return undefined; }
      process.nextTick(cb, null);
      return undefined;
    }
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
  async* entries() {
    try {
      let entry;
      while ((entry = this.readSync()) !== null) yield entry;
    } finally {
      if (!this._closed) this.closeSync();
    }
  }
  [Symbol.asyncIterator]() { return this.entries(); }
}

fs.opendirSync = function opendirSync(path, options) {
  const entries = fs.readdirSync(path, { ...getOptions(options, {}), withFileTypes: true });
  return new Dir(pathString(getPath(path)), entries);
};
fs.opendir = function opendir(path, ...rest) {
  const [cb, args] = withCallback(rest);
  fs.readdir(path, { ...getOptions(args[0], {}), withFileTypes: true }, (err, entries) => {
    if (err) cb(err);
    else cb(null, new Dir(pathString(getPath(path)), entries));
  });
};

// readdir with { recursive: true }: entries of every subdirectory, breadth first.
const plainReaddirSync = fs.readdirSync;
fs.readdirSync = function readdirSync(path, options) {
  const opts = getOptions(options, {});
  if (!opts.recursive) return plainReaddirSync(path, options);
  const root = pathString(getPath(path));
  const out = [];
  const queue = [root];
  while (queue.length) {
    const dir = queue.shift();
    for (const entry of plainReaddirSync(dir, { ...opts, recursive: false, withFileTypes: true })) {
      const full = pathModule.join(dir, entry.name);
      const relative = pathModule.relative(root, full);
      out.push(opts.withFileTypes ? entry : relative);
      if (entry.isDirectory()) queue.push(full);
    }
  }
  return out;
};
const plainReaddir = fs.readdir;
fs.readdir = function readdir(path, ...rest) {
  const [cb, args] = withCallback(rest);
  const opts = getOptions(args[0], {});
  if (!opts.recursive) {
    plainReaddir(path, ...args, cb);
    return;
  }
  let result;
  try { result = fs.readdirSync(path, args[0]); } catch (err) { process.nextTick(cb, err); return; }
  process.nextTick(cb, null, result);
};

// ---- cp ---------------------------------------------------------------------------------
fs.cpSync = function cpSync(src, dest, options = {}) {
  src = pathString(getPath(src, 'src'));
  dest = pathString(getPath(dest, 'dest'));
  const { recursive = false, force = true, errorOnExist = false, filter, dereference = false } = options;
  const copy = (from, to) => {
    if (filter && !filter(from, to)) return;
    const stat = dereference ? fs.statSync(from) : fs.lstatSync(from);
    if (stat.isDirectory()) {
      if (!recursive) {
        throw makeError(Error, 'ERR_FS_EISDIR', `Recursive option is required to copy a directory: ${from}`);
      }
      fs.mkdirSync(to, { recursive: true });
      for (const name of fs.readdirSync(from)) copy(pathModule.join(from, name), pathModule.join(to, name));
    } else if (stat.isSymbolicLink()) {
      if (fs.existsSync(to)) {
        if (!force) return;
        fs.unlinkSync(to);
      }
      fs.symlinkSync(fs.readlinkSync(from), to);
    } else {
      if (fs.existsSync(to)) {
        if (!force) {
          if (errorOnExist) throw makeError(Error, 'ERR_FS_CP_EEXIST', `Target already exists: cp returned EEXIST (${to} already exists)`);
          return;
        }
      }
      fs.copyFileSync(from, to);
      if (options.preserveTimestamps) fs.utimesSync(to, stat.atime, stat.mtime);
    }
  };
  copy(src, dest);
};
fs.cp = function cp(src, dest, ...rest) {
  const [cb, args] = withCallback(rest);
  let err = null;
  try { fs.cpSync(src, dest, args[0]); } catch (e) { err = e; }
  process.nextTick(cb, err);
};

// ---- streams ------------------------------------------------------------------------------
// The `stream` builtin, loaded with the first file stream.
let streamClasses;
function getStreams() {
  if (streamClasses === undefined) streamClasses = require('stream');
  return streamClasses;
}


const kFs = Symbol('kFs');

function defineStreamClasses() {
  const { Readable, Writable } = getStreams();

  class ReadStream extends Readable {
    constructor(path, options) {
      options = getOptions(options, {});
      super({
        highWaterMark: options.highWaterMark || 64 * 1024, encoding: options.encoding,
        emitClose: options.emitClose !== false, autoDestroy: options.autoClose !== false,
      });
      this[kFs] = options.fs || fs;
      this.path = typeof path === 'string' || path == null ? path : pathString(getPath(path));
      this.fd = options.fd === undefined ? null : (typeof options.fd === 'object' && options.fd !== null ? options.fd.fd : options.fd);
      this.flags = options.flags === undefined ? 'r' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.end = options.end === undefined ? Infinity : options.end;
      this.pos = this.start;
      this.bytesRead = 0;
      this.autoClose = options.autoClose === undefined ? true : options.autoClose;
      this._emitClose = options.emitClose !== false;
      this._autoDestroy = this.autoClose;
      if (this.start !== undefined && this.end !== Infinity && this.start > this.end) {
        throw outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
      }
      if (this.fd === null) openStream(this, path);
    }
    get pending() { return this.fd === null; }
    _read(n) {
      if (this.fd === null) {
        this.once('open', () => this._read(n));
        return;
      }
      const remaining = this.end === Infinity ? n : Math.min(n, this.end - (this.pos === undefined ? this.bytesRead : this.pos) + 1);
      if (remaining <= 0) {
        this.push(null);
        return;
      }
      const buffer = Buffer.allocUnsafe(remaining);
      this[kFs].read(this.fd, buffer, 0, remaining, this.pos === undefined ? null : this.pos, (err, bytes) => {
        if (err) {
          this.destroy(err);
          return;
        }
        if (bytes === 0) {
          this.push(null);
          return;
        }
        if (this.pos !== undefined) this.pos += bytes;
        this.bytesRead += bytes;
        this.push(bytes === buffer.length ? buffer : buffer.subarray(0, bytes));
      });
    }
    _destroy(err, cb) {
      if (this.fd === null || !this.autoClose) {
        if (this.fd === null && this.path !== undefined && !err) {
          this.once('open', (fd) => this[kFs].close(fd, () => cb(err)));
          return;
        }
        cb(err);
        return;
      }
      const fd = this.fd;
      this.fd = null;
      this[kFs].close(fd, (closeErr) => cb(err || closeErr));
    }
    close(cb) {
      if (typeof cb === 'function') this.once('close', cb);
      this.destroy();
    }
  }

  class WriteStream extends Writable {
    constructor(path, options) {
      options = getOptions(options, {});
      super({
        highWaterMark: options.highWaterMark, decodeStrings: true, defaultEncoding: options.encoding || 'utf8',
        emitClose: options.emitClose !== false, autoDestroy: options.autoClose !== false,
      });
      this[kFs] = options.fs || fs;
      this.path = typeof path === 'string' || path == null ? path : pathString(getPath(path));
      this.fd = options.fd === undefined ? null : (typeof options.fd === 'object' && options.fd !== null ? options.fd.fd : options.fd);
      this.flags = options.flags === undefined ? 'w' : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.pos = this.start;
      this.bytesWritten = 0;
      this.autoClose = options.autoClose === undefined ? true : options.autoClose;
      this._emitClose = options.emitClose !== false;
      this._autoDestroy = this.autoClose;
      if (this.fd === null) openStream(this, path);
    }
    get pending() { return this.fd === null; }
    _write(chunk, encoding, cb) {
      if (this.fd === null) {
        this.once('open', () => this._write(chunk, encoding, cb));
        return;
      }
      if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
      this[kFs].write(this.fd, chunk, 0, chunk.length, this.pos === undefined ? null : this.pos, (err, bytes) => {
        if (err) {
          cb(err);
          return;
        }
        this.bytesWritten += bytes;
        if (this.pos !== undefined) this.pos += bytes;
        cb();
      });
    }
    _destroy(err, cb) {
      if (this.fd === null || !this.autoClose) {
        if (this.fd === null && !err) {
          this.once('open', (fd) => this[kFs].close(fd, () => cb(err)));
          return;
        }
        cb(err);
        return;
      }
      const fd = this.fd;
      this.fd = null;
      this[kFs].close(fd, (closeErr) => cb(err || closeErr));
    }
    close(cb) {
      if (typeof cb === 'function') {
        if (this.closed || this.destroyed) process.nextTick(cb);
        else this.once('close', cb);
      }
      if (!this.writableEnded) this.end();
      else if (!this.destroyed && this.writableFinished) this.destroy();
    }
    destroySoon() { this.end(); }
  }
  return { ReadStream, WriteStream };
}

let streamTypes;
function streams() {
  if (streamTypes === undefined) streamTypes = defineStreamClasses();
  return streamTypes;
}

fs.createReadStream = function createReadStream(path, options) {
  return new (streams().ReadStream)(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  return new (streams().WriteStream)(path, options);
};
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  Object.defineProperty(fs, name, {
    get() { return streams()[key]; },
    set(value) { Object.defineProperty(fs, name, { value, writable: true, enumerable: false, configurable: true }); },
    enumerable: name.startsWith('File') ? false : true,
    configurable: true,
  });
}

// ---- the rest of the module ----------------------------------------------------------------
Object.defineProperty(fs, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
fs.F_OK = constants.F_OK;
fs.R_OK = constants.R_OK;
fs.W_OK = constants.W_OK;
fs.X_OK = constants.X_OK;
fs.Stats = Stats;
fs.Dirent = Dirent;
fs.Dir = Dir;

Object.defineProperty(fs, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true,
  configurable: true,
});

// Shared with fs/promises, os and child_process (not part of node's API).
Object.defineProperty(fs, '_nari', {
  value: {
    ops, runSync, runAsync, runPromise, getPath, getFd, getOptions, getFlags, getMode, pathString,
    makeError, invalidArgType, invalidArgValue, outOfRange, checkEncoding, dataBytes, makeStats,
    getStreams, isUtf8,
  },
  enumerable: false,
});
