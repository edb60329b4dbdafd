// fs/promises: the operations of fs returning promises (the work runs on the
// worker pool), and FileHandle for open files.
'use strict';

const fs = require('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');

const { ops, runPromise, makeError, getOptions } = fs._nari;

const kFd = Symbol('kFd');
const kClosing = Symbol('kClosing');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosing] = null;
  }

  get fd() { return this[kFd]; }

  _fd() {
    if (this[kFd] === -1) {
      throw makeError(Error, 'EBADF', 'file closed');
    }
    return this[kFd];
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosing]) return this[kClosing];
    const fd = this[kFd];
    this[kClosing] = runPromise(ops.close(fd)).then(() => {
      this[kFd] = -1;
      this[kClosing] = null;
      this.emit('close');
    }, (err) => {
      this[kClosing] = null;
      throw err;
    });
    return this[kClosing];
  }

  async read(buffer, offset, length, position) {
    if (buffer == null || (!ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
      const o = buffer || {};
      buffer = o.buffer || Buffer.alloc(16384);
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = o);
    } else if (offset != null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    const bytesRead = await runPromise(ops.read(this._fd(), buffer, offset, length, position));
    return { bytesRead, buffer };
  }

  async write(data, ...args) {
    const bytesWritten = await runPromise(ops.write(this._fd(), data, ...args));
    return { bytesWritten, buffer: data };
  }

  readFile(options) { return readFile(this, options); }
  writeFile(data, options) { return runPromise(ops.writeFile(this._fd(), data, options)); }
  appendFile(data, options) { return runPromise(ops.appendFile(this._fd(), data, options)); }
  stat(options) { return runPromise(ops.fstat(this._fd(), options)); }
  truncate(len) { return runPromise(ops.ftruncate(this._fd(), len)); }
  sync() { return runPromise(ops.fsync(this._fd())); }
  datasync() { return runPromise(ops.fdatasync(this._fd())); }
  chmod(mode) { return runPromise(ops.fchmod(this._fd(), mode)); }
  chown(uid, gid) { return runPromise(ops.fchown(this._fd(), uid, gid)); }
  utimes(atime, mtime) { return runPromise(ops.futimes(this._fd(), atime, mtime)); }

  async* readLines() {
    let rest = '';
    for await (const chunk of this.createReadStream({ encoding: 'utf8' })) {
      const lines = (rest + chunk).split(/\r?\n/);
      rest = lines.pop();
      yield* lines;
    }
    if (rest) yield rest;
  }

  createReadStream(options) {
    return fs.createReadStream(null, { ...getOptions(options, {}), fd: this._fd() });
  }

  createWriteStream(options) {
    return fs.createWriteStream(null, { ...getOptions(options, {}), fd: this._fd() });
  }

  [Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose')]() { return this.close(); }
}

async function open(path, flags, mode) {
  const fd = await runPromise(ops.open(path, flags, mode));
  return new FileHandle(fd);
}

function readFile(path, options) {
  if (path instanceof FileHandle) return runPromise(ops.readFile(path._fd(), options));
  return runPromise(ops.readFile(path, options));
}

function writeFile(path, data, options) {
  if (path instanceof FileHandle) return path.writeFile(data, options);
  return runPromise(ops.writeFile(path, data, options));
}

function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return runPromise(ops.appendFile(path, data, options));
}

const promises = {
  access: (path, mode) => runPromise(ops.access(path, mode)),
  appendFile,
  chmod: (path, mode) => runPromise(ops.chmod(path, mode)),
  chown: (path, uid, gid) => runPromise(ops.chown(path, uid, gid)),
  copyFile: (src, dest, mode) => runPromise(ops.copyFile(src, dest, mode)),
  cp: (src, dest, options) => new Promise((resolve, reject) => {
    fs.cp(src, dest, options || {}, (err) => (err ? reject(err) : resolve()));
  }),
  lchown: (path, uid, gid) => runPromise(ops.lchown(path, uid, gid)),
  lutimes: (path, atime, mtime) => runPromise(ops.lutimes(path, atime, mtime)),
  link: (existing, newPath) => runPromise(ops.link(existing, newPath)),
  lstat: (path, options) => runPromise(ops.lstat(path, options)),
  mkdir: (path, options) => runPromise(ops.mkdir(path, options)),
  mkdtemp: (prefix, options) => runPromise(ops.mkdtemp(prefix, options)),
  open,
  opendir: (path, options) => new Promise((resolve, reject) => {
    fs.opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  }),
  readdir: (path, options) => {
    if (getOptions(options, {}).recursive) {
      return new Promise((resolve, reject) => {
        fs.readdir(path, options, (err, list) => (err ? reject(err) : resolve(list)));
      });
    }
    return runPromise(ops.readdir(path, options));
  },
  readFile,
  readlink: (path, options) => runPromise(ops.readlink(path, options)),
  realpath: (path, options) => runPromise(ops.realpath(path, options)),
  rename: (from, to) => runPromise(ops.rename(from, to)),
  rm: (path, options) => runPromise(ops.rm(path, options)),
  rmdir: (path, options) => runPromise(ops.rmdir(path, options)),
  stat: (path, options) => runPromise(ops.stat(path, options)),
  symlink: (target, path) => runPromise(ops.symlink(target, path)),
  truncate: (path, len) => runPromise(ops.truncate(path, len)),
  unlink: (path) => runPromise(ops.unlink(path)),
  utimes: (path, atime, mtime) => runPromise(ops.utimes(path, atime, mtime)),
  writeFile,
  constants: fs.constants,
};

// Validation errors reject rather than throw, as node's async functions do.
for (const [name, fn] of Object.entries(promises)) {
  if (typeof fn !== 'function') continue;
  promises[name] = {
    [name](...args) {
      try {
        return fn(...args);
      } catch (err) {
        return Promise.reject(err);
      }
    },
  }[name];
}

module.exports = promises;
Object.defineProperty(module.exports, 'FileHandle', { value: FileHandle, enumerable: false });
