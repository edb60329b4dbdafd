// process members packages read: memoryUsage, umask, kill, ids, chdir.
'use strict';
const assert = require('assert');
const os = require('os');
const path = require('path');

// memoryUsage
const memory = process.memoryUsage();
for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']) {
  assert.strictEqual(typeof memory[key], 'number', key);
  assert.ok(memory[key] >= 0, key);
}
assert.ok(memory.rss > 1024 * 1024);
assert.ok(memory.heapTotal > 0);
assert.ok(memory.heapUsed > 0 && memory.heapUsed <= memory.heapTotal);
assert.ok(process.memoryUsage.rss() > 1024 * 1024);

// ids
for (const name of ['getuid', 'getgid', 'geteuid', 'getegid']) {
  assert.strictEqual(typeof process[name](), 'number', name);
}
assert.strictEqual(process.getuid(), os.userInfo().uid);
assert.strictEqual(process.getgid(), os.userInfo().gid);
assert.ok(Array.isArray(process.getgroups()));

// umask: returns the old mask; accepts numbers and octal strings
const original = process.umask(0o027);
assert.strictEqual(typeof original, 'number');
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('022'), 0o027);
assert.strictEqual(process.umask(original), 0o022);
assert.throws(() => process.umask('89'), { code: 'ERR_INVALID_ARG_VALUE' });

// kill
assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(2147483, 0), (err) => {
  assert.strictEqual(err.message, 'kill ESRCH');
  assert.strictEqual(err.code, 'ESRCH');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, 'kill');
  return true;
});
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
assert.throws(() => process.kill('abc'), { code: 'ERR_INVALID_ARG_TYPE' });

// chdir
const start = process.cwd();
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(start));
process.chdir(start);
assert.strictEqual(process.cwd(), start);
assert.throws(() => process.chdir('/surely/not/here'), (err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, chdir '${start}' -> '/surely/not/here'`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.path, start);
  assert.strictEqual(err.dest, '/surely/not/here');
  return true;
});
assert.throws(() => process.chdir(42), { code: 'ERR_INVALID_ARG_TYPE' });

// stdout/stderr under a test harness are pipes or files, not terminals
assert.ok(!process.stdout.isTTY);
assert.ok(!process.stderr.isTTY);
