// fs synchronous API: files, directories, links, descriptors, Stats/Dirent,
// and node's error objects.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nari-fs-sync-'));
assert.ok(path.basename(dir).startsWith('nari-fs-sync-'));
assert.strictEqual(path.basename(dir).length, 'nari-fs-sync-'.length + 6);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const p = (...parts) => path.join(dir, ...parts);

// Node's error shape: message, errno, code, syscall, path (and dest).
function expectError(fn, { code, syscall, path: errPath, dest, message }) {
  let caught;
  try { fn(); } catch (err) { caught = err; }
  assert.ok(caught instanceof Error, 'expected an error');
  assert.strictEqual(caught.code, code);
  assert.strictEqual(caught.syscall, syscall);
  assert.strictEqual(typeof caught.errno, 'number');
  assert.ok(caught.errno < 0);
  assert.strictEqual(caught.path, errPath);
  assert.strictEqual(caught.dest, dest);
  if (message) assert.strictEqual(caught.message, message);
  return caught;
}

// ---- read / write / append, encodings
fs.writeFileSync(p('a.txt'), 'héllo');
assert.strictEqual(fs.readFileSync(p('a.txt'), 'utf8'), 'héllo');
assert.strictEqual(fs.readFileSync(p('a.txt'), { encoding: 'utf-8' }), 'héllo');
const raw = fs.readFileSync(p('a.txt'));
assert.ok(Buffer.isBuffer(raw));
assert.deepStrictEqual([...raw], [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
assert.strictEqual(fs.readFileSync(p('a.txt'), 'hex'), '68c3a96c6c6f');
assert.strictEqual(fs.readFileSync(p('a.txt'), 'base64'), Buffer.from('héllo').toString('base64'));
assert.strictEqual(fs.readFileSync(p('a.txt'), 'latin1'), Buffer.from('héllo').toString('latin1'));
fs.appendFileSync(p('a.txt'), Buffer.from(' world'));
fs.appendFileSync(p('a.txt'), '!');
assert.strictEqual(fs.readFileSync(p('a.txt'), 'utf8'), 'héllo world!');
fs.writeFileSync(p('bytes.bin'), new Uint8Array([1, 2, 3, 255]));
assert.deepStrictEqual([...fs.readFileSync(p('bytes.bin'))], [1, 2, 3, 255]);
fs.writeFileSync(p('hex.txt'), '414243', 'hex');
assert.strictEqual(fs.readFileSync(p('hex.txt'), 'utf8'), 'ABC');
fs.writeFileSync(p('a.txt'), 'x', { flag: 'a' });
assert.strictEqual(fs.readFileSync(p('a.txt'), 'utf8'), 'héllo world!x');
expectError(() => fs.writeFileSync(p('a.txt'), 'y', { flag: 'wx' }),
  { code: 'EEXIST', syscall: 'open', path: p('a.txt') });
fs.writeFileSync(p('empty'), '');
assert.strictEqual(fs.readFileSync(p('empty'), 'utf8'), '');
assert.strictEqual(fs.readFileSync(p('empty')).length, 0);
// /proc files report size 0 but have content
assert.ok(fs.readFileSync('/proc/self/status', 'utf8').includes('Pid:'));

expectError(() => fs.readFileSync(p('missing')), {
  code: 'ENOENT', syscall: 'open', path: p('missing'),
  message: `ENOENT: no such file or directory, open '${p('missing')}'`,
});
expectError(() => fs.readFileSync(dir), {
  code: 'EISDIR', syscall: 'read', path: undefined,
  message: 'EISDIR: illegal operation on a directory, read',
});
assert.throws(() => fs.readFileSync(p('a.txt'), 'no-such-encoding'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.readFileSync(123.5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.closeSync(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readFileSync({}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fs.readFileSync('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.writeFileSync(p('x'), 'a', { flag: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });

// ---- existsSync, accessSync, constants
assert.strictEqual(fs.existsSync(p('a.txt')), true);
assert.strictEqual(fs.existsSync(p('missing')), false);
fs.accessSync(p('a.txt'));
fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK);
expectError(() => fs.accessSync(p('missing'), fs.constants.F_OK), { code: 'ENOENT', syscall: 'access', path: p('missing') });
assert.strictEqual(fs.constants.F_OK, 0);
assert.strictEqual(fs.constants.R_OK, 4);
assert.strictEqual(fs.constants.W_OK, 2);
assert.strictEqual(fs.constants.X_OK, 1);
assert.strictEqual(fs.constants.O_CREAT, 64);
assert.strictEqual(fs.constants.S_IFMT, 0o170000);
assert.strictEqual(fs.constants.COPYFILE_EXCL, 1);

// ---- Stats
const st = fs.statSync(p('a.txt'));
assert.ok(st instanceof fs.Stats);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.strictEqual(st.isSymbolicLink(), false);
assert.strictEqual(st.size, Buffer.byteLength('héllo world!x'));
for (const key of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) {
  assert.strictEqual(typeof st[key], 'number', key);
}
for (const key of ['atime', 'mtime', 'ctime', 'birthtime']) assert.ok(st[key] instanceof Date, key);
assert.ok(Math.abs(st.mtimeMs - Date.now()) < 60000);
assert.strictEqual(st.mtime.getTime(), Math.round(st.mtimeMs));
assert.strictEqual(st.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);
assert.strictEqual(st.uid, process.getuid());
const dst = fs.statSync(dir);
assert.strictEqual(dst.isDirectory(), true);
assert.strictEqual(dst.isFile(), false);
assert.strictEqual(fs.statSync(p('missing'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(p('missing'), { throwIfNoEntry: false }), undefined);
expectError(() => fs.statSync(p('missing')), { code: 'ENOENT', syscall: 'stat', path: p('missing') });
expectError(() => fs.lstatSync(p('missing')), { code: 'ENOENT', syscall: 'lstat', path: p('missing') });
const big = fs.statSync(p('a.txt'), { bigint: true });
assert.strictEqual(typeof big.size, 'bigint');
assert.strictEqual(big.size, BigInt(st.size));
assert.strictEqual(typeof big.mtimeNs, 'bigint');
assert.strictEqual(big.isFile(), true);
assert.ok(fs.statSync('/dev/null').isCharacterDevice());

// ---- directories
assert.strictEqual(fs.mkdirSync(p('d1')), undefined);
expectError(() => fs.mkdirSync(p('d1')), {
  code: 'EEXIST', syscall: 'mkdir', path: p('d1'), message: `EEXIST: file already exists, mkdir '${p('d1')}'`,
});
assert.strictEqual(fs.mkdirSync(p('d2', 'x', 'y'), { recursive: true }), p('d2'));
assert.strictEqual(fs.mkdirSync(p('d2', 'x', 'y'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(p('d2', 'x', 'z'), { recursive: true }), p('d2', 'x', 'z'));
expectError(() => fs.mkdirSync(p('a.txt', 'sub'), { recursive: true }),
  { code: 'ENOTDIR', syscall: 'mkdir', path: p('a.txt', 'sub') });
expectError(() => fs.mkdirSync(p('a.txt'), { recursive: true }), { code: 'EEXIST', syscall: 'mkdir', path: p('a.txt') });
expectError(() => fs.mkdirSync(p('nope', 'sub')), { code: 'ENOENT', syscall: 'mkdir', path: p('nope', 'sub') });
assert.ok(fs.statSync(p('d2', 'x', 'y')).isDirectory());

for (const name of ['zeta', 'Alpha', 'beta', '_under', '10', '9']) fs.writeFileSync(p('d1', name), name);
fs.mkdirSync(p('d1', 'sub'));
// sorted as libuv's scandir sorts (byte order)
assert.deepStrictEqual(fs.readdirSync(p('d1')), ['10', '9', 'Alpha', '_under', 'beta', 'sub', 'zeta']);
const entries = fs.readdirSync(p('d1'), { withFileTypes: true });
assert.strictEqual(entries.length, 7);
for (const entry of entries) {
  assert.ok(entry instanceof fs.Dirent);
  assert.strictEqual(entry.isDirectory(), entry.name === 'sub');
  assert.strictEqual(entry.isFile(), entry.name !== 'sub');
  assert.strictEqual(entry.isSymbolicLink(), false);
  assert.strictEqual(entry.parentPath, p('d1'));
}
const asBuffers = fs.readdirSync(p('d1'), { encoding: 'buffer' });
assert.ok(Buffer.isBuffer(asBuffers[0]));
assert.strictEqual(asBuffers[0].toString(), '10');
fs.writeFileSync(p('d1', 'sub', 'deep.txt'), 'deep');
assert.deepStrictEqual(fs.readdirSync(p('d1'), { recursive: true }).sort(),
  ['10', '9', 'Alpha', '_under', 'beta', 'sub', path.join('sub', 'deep.txt'), 'zeta'].sort());
expectError(() => fs.readdirSync(p('missing')), { code: 'ENOENT', syscall: 'scandir', path: p('missing') });
expectError(() => fs.readdirSync(p('a.txt')), { code: 'ENOTDIR', syscall: 'scandir', path: p('a.txt') });

const opened = fs.opendirSync(p('d1'));
const names = [];
let dirent;
while ((dirent = opened.readSync()) !== null) names.push(dirent.name);
opened.closeSync();
assert.strictEqual(names.length, 7);

// ---- rename, copy, unlink, rm, rmdir
fs.renameSync(p('d1', 'zeta'), p('d1', 'omega'));
assert.strictEqual(fs.readFileSync(p('d1', 'omega'), 'utf8'), 'zeta');
expectError(() => fs.renameSync(p('missing'), p('other')), {
  code: 'ENOENT', syscall: 'rename', path: p('missing'), dest: p('other'),
  message: `ENOENT: no such file or directory, rename '${p('missing')}' -> '${p('other')}'`,
});
fs.copyFileSync(p('a.txt'), p('copy.txt'));
assert.strictEqual(fs.readFileSync(p('copy.txt'), 'utf8'), 'héllo world!x');
expectError(() => fs.copyFileSync(p('a.txt'), p('copy.txt'), fs.constants.COPYFILE_EXCL),
  { code: 'EEXIST', syscall: 'copyfile', path: p('a.txt'), dest: p('copy.txt') });
expectError(() => fs.copyFileSync(p('missing'), p('copy2.txt')),
  { code: 'ENOENT', syscall: 'copyfile', path: p('missing'), dest: p('copy2.txt') });
fs.unlinkSync(p('copy.txt'));
assert.strictEqual(fs.existsSync(p('copy.txt')), false);
expectError(() => fs.unlinkSync(p('copy.txt')), { code: 'ENOENT', syscall: 'unlink', path: p('copy.txt') });
expectError(() => fs.rmdirSync(p('d1')), { code: 'ENOTEMPTY', syscall: 'rmdir', path: p('d1') });
fs.rmdirSync(p('d2', 'x', 'z'));
assert.strictEqual(fs.existsSync(p('d2', 'x', 'z')), false);
expectError(() => fs.rmSync(p('missing')), { code: 'ENOENT', syscall: 'lstat', path: p('missing') });
fs.rmSync(p('missing'), { force: true });
assert.throws(() => fs.rmSync(p('d2')), { code: 'ERR_FS_EISDIR', name: 'SystemError' });
fs.rmSync(p('d2'), { recursive: true });
assert.strictEqual(fs.existsSync(p('d2')), false);
fs.writeFileSync(p('gone.txt'), '');
fs.rmSync(p('gone.txt'));
assert.strictEqual(fs.existsSync(p('gone.txt')), false);

// ---- links and realpath
fs.symlinkSync(p('a.txt'), p('link'));
fs.symlinkSync('d1', p('dirlink'));
assert.strictEqual(fs.readlinkSync(p('link')), p('a.txt'));
assert.strictEqual(fs.readlinkSync(p('dirlink')), 'd1');
assert.strictEqual(fs.lstatSync(p('link')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(p('link')).isFile(), true);
assert.strictEqual(fs.readFileSync(p('link'), 'utf8'), 'héllo world!x');
const realDir = fs.realpathSync(dir);
assert.strictEqual(fs.realpathSync(p('link')), path.join(realDir, 'a.txt'));
assert.strictEqual(fs.realpathSync(p('dirlink', 'sub')), path.join(realDir, 'd1', 'sub'));
assert.strictEqual(fs.realpathSync.native(p('dirlink')), path.join(realDir, 'd1'));
assert.strictEqual(fs.realpathSync('.'), process.cwd());
expectError(() => fs.realpathSync(p('missing', 'a', 'b')), { code: 'ENOENT', syscall: 'lstat', path: p('missing') });
expectError(() => fs.realpathSync.native(p('missing', 'a')), { code: 'ENOENT', syscall: 'realpath', path: p('missing', 'a') });
expectError(() => fs.readlinkSync(p('a.txt')), { code: 'EINVAL', syscall: 'readlink', path: p('a.txt') });
expectError(() => fs.symlinkSync(p('a.txt'), p('link')),
  { code: 'EEXIST', syscall: 'symlink', path: p('a.txt'), dest: p('link') });
fs.linkSync(p('a.txt'), p('hard'));
assert.strictEqual(fs.statSync(p('a.txt')).nlink, 2);
const dangling = p('dangling');
fs.symlinkSync(p('nothing-here'), dangling);
assert.strictEqual(fs.existsSync(dangling), false);
assert.strictEqual(fs.lstatSync(dangling).isSymbolicLink(), true);

// ---- descriptors
const fd = fs.openSync(p('fd.txt'), 'w+');
assert.strictEqual(typeof fd, 'number');
assert.ok(fd > 2);
assert.strictEqual(fs.writeSync(fd, 'hello fd'), 8);
assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0), 2);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
const buf = Buffer.alloc(20);
assert.strictEqual(fs.readSync(fd, buf, 0, 20, 0), 8);
assert.strictEqual(buf.toString('utf8', 0, 8), 'XYllo fd');
assert.strictEqual(fs.readSync(fd, buf, 2, 3, 1), 3);
assert.strictEqual(buf.toString('utf8', 0, 5), 'XYYll');
assert.strictEqual(fs.readSync(fd, buf, { position: 6, length: 2 }), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), 'fd');
assert.strictEqual(fs.fstatSync(fd).size, 8);
assert.strictEqual(fs.fstatSync(fd).isFile(), true);
fs.ftruncateSync(fd, 4);
assert.strictEqual(fs.fstatSync(fd).size, 4);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(p('fd.txt'), 'utf8'), 'XYll');
expectError(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close', path: undefined, message: 'EBADF: bad file descriptor, close' });
expectError(() => fs.openSync(p('missing')), { code: 'ENOENT', syscall: 'open', path: p('missing') });
expectError(() => fs.openSync(p('a.txt'), 'wx'), { code: 'EEXIST', syscall: 'open', path: p('a.txt') });
const rfd = fs.openSync(p('a.txt'));
assert.strictEqual(fs.readFileSync(rfd, 'utf8'), 'héllo world!x');
fs.closeSync(rfd);
const afd = fs.openSync(p('append.txt'), 'a');
fs.writeSync(afd, 'one');
fs.writeSync(afd, 'two');
fs.closeSync(afd);
assert.strictEqual(fs.readFileSync(p('append.txt'), 'latin1'), 'onetwo');
fs.truncateSync(p('append.txt'), 3);
assert.strictEqual(fs.readFileSync(p('append.txt'), 'utf8'), 'one');
const wfd = fs.openSync(p('by-fd.txt'), 'w');
fs.writeFileSync(wfd, 'through fd');
fs.closeSync(wfd);
assert.strictEqual(fs.readFileSync(p('by-fd.txt'), 'utf8'), 'through fd');

// ---- chmod, utimes
fs.chmodSync(p('a.txt'), 0o600);
assert.strictEqual(fs.statSync(p('a.txt')).mode & 0o777, 0o600);
fs.chmodSync(p('a.txt'), '644');
assert.strictEqual(fs.statSync(p('a.txt')).mode & 0o777, 0o644);
const cfd = fs.openSync(p('a.txt'), 'r');
fs.fchmodSync(cfd, 0o640);
fs.closeSync(cfd);
assert.strictEqual(fs.statSync(p('a.txt')).mode & 0o777, 0o640);
expectError(() => fs.chmodSync(p('missing'), 0o600), { code: 'ENOENT', syscall: 'chmod', path: p('missing') });
fs.utimesSync(p('a.txt'), 1000000, 2000000.5);
const ut = fs.statSync(p('a.txt'));
assert.strictEqual(ut.atimeMs, 1000000000);
assert.strictEqual(ut.mtimeMs, 2000000500);
fs.utimesSync(p('a.txt'), new Date('2020-01-02T03:04:05Z'), new Date('2021-01-02T03:04:05Z'));
assert.strictEqual(fs.statSync(p('a.txt')).mtime.toISOString(), '2021-01-02T03:04:05.000Z');
expectError(() => fs.utimesSync(p('missing'), 1, 1), { code: 'ENOENT', syscall: 'utime', path: p('missing') });

// ---- paths as Buffer and URL
assert.strictEqual(fs.readFileSync(Buffer.from(p('a.txt')), 'utf8'), 'héllo world!x');
if (typeof URL === 'function') {
  const url = new URL(`file://${p('a.txt')}`);
  assert.strictEqual(fs.readFileSync(url, 'utf8'), 'héllo world!x');
}

// ---- cpSync
fs.cpSync(p('d1'), p('d1-copy'), { recursive: true });
assert.deepStrictEqual(fs.readdirSync(p('d1-copy')), fs.readdirSync(p('d1')));
assert.strictEqual(fs.readFileSync(p('d1-copy', 'sub', 'deep.txt'), 'utf8'), 'deep');

// ---- module shape
assert.strictEqual(require('node:fs'), fs);
for (const name of ['readFileSync', 'readFile', 'writeFileSync', 'existsSync', 'statSync', 'lstatSync', 'fstatSync',
  'readdirSync', 'mkdirSync', 'mkdtempSync', 'rmSync', 'rmdirSync', 'unlinkSync', 'renameSync', 'copyFileSync',
  'realpathSync', 'readlinkSync', 'symlinkSync', 'accessSync', 'openSync', 'readSync', 'writeSync', 'closeSync',
  'fsyncSync', 'chmodSync', 'utimesSync', 'createReadStream', 'createWriteStream', 'chown', 'fchown', 'lchown']) {
  assert.strictEqual(typeof fs[name], 'function', name);
}
assert.strictEqual(typeof fs.realpath.native, 'function');
assert.strictEqual(typeof fs.promises.readFile, 'function');
assert.strictEqual(fs.lchmod, undefined); // only on macOS
