// fs callback and promise APIs: results, node's error objects, FileHandle,
// and that callbacks run later, on the loop (never synchronously).
'use strict';
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

assert.strictEqual(require('node:fs/promises'), fsp);
assert.strictEqual(fs.promises, fsp);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nari-fs-async-'));
const p = (...parts) => path.join(dir, ...parts);
let pending = 0;
const done = [];
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0) assert.strictEqual(pending, 0, `callbacks never called: ${pending}`);
});
function step(name) {
  pending++;
  return () => { pending--; done.push(name); };
}

// ---- callbacks
let sync = true;
const wrote = step('writeFile');
fs.writeFile(p('a.txt'), 'callback data', (err) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  const read = step('readFile');
  fs.readFile(p('a.txt'), 'utf8', (err2, text) => {
    assert.strictEqual(err2, null);
    assert.strictEqual(text, 'callback data');
    read();
  });
  const readBuffer = step('readFile buffer');
  fs.readFile(p('a.txt'), (err2, data) => {
    assert.ok(Buffer.isBuffer(data));
    assert.strictEqual(data.toString(), 'callback data');
    readBuffer();
  });
  const stat = step('stat');
  fs.stat(p('a.txt'), (err2, st) => {
    assert.strictEqual(err2, null);
    assert.ok(st instanceof fs.Stats);
    assert.strictEqual(st.size, 13);
    assert.ok(st.isFile());
    stat();
  });
  const append = step('appendFile');
  fs.appendFile(p('b.txt'), 'x', (err2) => {
    assert.strictEqual(err2, null);
    fs.appendFile(p('b.txt'), 'y', () => {
      assert.strictEqual(fs.readFileSync(p('b.txt'), 'utf8'), 'xy');
      append();
    });
  });
  wrote();
});
sync = false;

const missing = step('readFile ENOENT');
fs.readFile(p('missing'), (err, data) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${p('missing')}'`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, p('missing'));
  assert.strictEqual(data, undefined);
  missing();
});

const mk = step('mkdir');
fs.mkdir(p('m', 'n'), { recursive: true }, (err, first) => {
  assert.strictEqual(err, null);
  assert.strictEqual(first, p('m'));
  fs.writeFileSync(p('m', 'n', 'f'), '');
  fs.readdir(p('m'), { withFileTypes: true }, (err2, entries) => {
    assert.strictEqual(err2, null);
    assert.strictEqual(entries.length, 1);
    assert.strictEqual(entries[0].name, 'n');
    assert.ok(entries[0].isDirectory());
    fs.rm(p('m'), { recursive: true }, (err3) => {
      assert.strictEqual(err3, null);
      assert.strictEqual(fs.existsSync(p('m')), false);
      mk();
    });
  });
});

const ex = step('exists');
fs.exists(dir, (yes) => {
  assert.strictEqual(yes, true);
  fs.exists(p('missing'), (no) => {
    assert.strictEqual(no, false);
    ex();
  });
});

const fdStep = step('open/write/read/close');
fs.open(p('fd.txt'), 'w+', (err, fd) => {
  assert.strictEqual(err, null);
  fs.write(fd, Buffer.from('abcdef'), 0, 6, 0, (err2, written, buffer) => {
    assert.strictEqual(err2, null);
    assert.strictEqual(written, 6);
    assert.strictEqual(buffer.toString(), 'abcdef');
    fs.write(fd, 'GH', 6, 'utf8', (err3, n) => {
      assert.strictEqual(n, 2);
      const target = Buffer.alloc(10);
      fs.read(fd, target, 1, 8, 0, (err4, bytesRead, buf) => {
        assert.strictEqual(err4, null);
        assert.strictEqual(bytesRead, 8);
        assert.strictEqual(buf, target);
        assert.strictEqual(target.toString('utf8', 1, 9), 'abcdefGH');
        fs.fstat(fd, (err5, st) => {
          assert.strictEqual(st.size, 8);
          fs.close(fd, (err6) => {
            assert.strictEqual(err6, null);
            fs.close(fd, (err7) => {
              assert.strictEqual(err7.code, 'EBADF');
              fdStep();
            });
          });
        });
      });
    });
  });
});

assert.throws(() => fs.readFile(p('a.txt')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.stat(p('a.txt'), 'not a callback'), { code: 'ERR_INVALID_ARG_TYPE' });

// A throwing callback is an uncaught exception, as in node.
const uncaught = step('uncaught from callback');
process.once('uncaughtException', (err) => {
  assert.strictEqual(err.message, 'thrown from an fs callback');
  uncaught();
});
fs.access(dir, () => { throw new Error('thrown from an fs callback'); });

// ---- promises
const promised = step('promises');
(async () => {
  await fsp.writeFile(p('p.txt'), 'promised');
  assert.strictEqual(await fsp.readFile(p('p.txt'), 'utf8'), 'promised');
  assert.strictEqual((await fsp.readFile(p('p.txt'))).toString(), 'promised');
  await fsp.appendFile(p('p.txt'), '!');
  assert.strictEqual((await fsp.stat(p('p.txt'))).size, 9);
  assert.strictEqual((await fsp.lstat(p('p.txt'))).isFile(), true);
  await fsp.access(p('p.txt'), fs.constants.R_OK);
  await assert.rejects(fsp.access(p('missing')), { code: 'ENOENT', syscall: 'access', path: p('missing') });
  await assert.rejects(fsp.readFile(p('missing')), {
    message: `ENOENT: no such file or directory, open '${p('missing')}'`, errno: -2,
  });
  // validation errors reject instead of throwing
  await assert.rejects(fsp.readFile(42.5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(await fsp.mkdir(p('q', 'r'), { recursive: true }), p('q'));
  const tmp = await fsp.mkdtemp(p('tmp-'));
  assert.ok(tmp.startsWith(p('tmp-')));
  await fsp.rename(p('p.txt'), p('q', 'p.txt'));
  await fsp.copyFile(p('q', 'p.txt'), p('q', 'copy.txt'));
  await fsp.symlink(p('q', 'p.txt'), p('q', 'link'));
  assert.strictEqual(await fsp.readlink(p('q', 'link')), p('q', 'p.txt'));
  assert.strictEqual(await fsp.realpath(p('q', 'link')), path.join(fs.realpathSync(dir), 'q', 'p.txt'));
  assert.deepStrictEqual(await fsp.readdir(p('q')), ['copy.txt', 'link', 'p.txt', 'r']);
  await fsp.chmod(p('q', 'copy.txt'), 0o600);
  assert.strictEqual((await fsp.stat(p('q', 'copy.txt'))).mode & 0o777, 0o600);
  await fsp.utimes(p('q', 'copy.txt'), 5, 6);
  assert.strictEqual((await fsp.stat(p('q', 'copy.txt'))).mtimeMs, 6000);
  await fsp.truncate(p('q', 'copy.txt'), 2);
  assert.strictEqual(fs.readFileSync(p('q', 'copy.txt'), 'utf8'), 'pr');
  await fsp.unlink(p('q', 'copy.txt'));
  await assert.rejects(fsp.unlink(p('q', 'copy.txt')), { code: 'ENOENT', syscall: 'unlink' });
  await fsp.rmdir(tmp);
  await assert.rejects(fsp.rm(p('q')), { code: 'ERR_FS_EISDIR' });
  await fsp.rm(p('q'), { recursive: true, force: true });
  assert.strictEqual(fs.existsSync(p('q')), false);
  assert.strictEqual(fsp.constants, fs.constants);

  // FileHandle
  const handle = await fsp.open(p('h.txt'), 'w+');
  assert.strictEqual(typeof handle.fd, 'number');
  const { bytesWritten } = await handle.write('handle text');
  assert.strictEqual(bytesWritten, 11);
  await handle.write(Buffer.from('HA'), 0, 2, 0);
  const buffer = Buffer.alloc(11);
  const { bytesRead } = await handle.read(buffer, 0, 11, 0);
  assert.strictEqual(bytesRead, 11);
  assert.strictEqual(buffer.toString(), 'HAndle text');
  assert.strictEqual((await handle.stat()).size, 11);
  await handle.truncate(6);
  await handle.sync();
  await handle.close();
  await handle.close(); // closing twice is fine
  assert.strictEqual(fs.readFileSync(p('h.txt'), 'utf8'), 'HAndle');
  const reader = await fsp.open(p('h.txt'));
  assert.strictEqual(await reader.readFile('utf8'), 'HAndle');
  await reader.close();
  const writer = await fsp.open(p('w.txt'), 'w');
  await writer.writeFile('via handle');
  await writer.close();
  assert.strictEqual(await fsp.readFile(p('w.txt'), 'utf8'), 'via handle');
  await assert.rejects(fsp.open(p('missing')), { code: 'ENOENT', syscall: 'open' });
  promised();
})().catch((err) => { process.exitCode = 1; console.error(err); });
