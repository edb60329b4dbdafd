// child_process synchronous API: spawnSync, execSync, execFileSync.
'use strict';
const assert = require('assert');
const cp = require('child_process');
const os = require('os');
const path = require('path');

assert.strictEqual(require('node:child_process'), cp);

// spawnSync: status, output, stdin input, encoding
let r = cp.spawnSync('sh', ['-c', 'cat; echo to-err >&2; exit 3'], { input: 'fed' });
assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert.ok(r.pid > 0);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'fed');
assert.strictEqual(r.stderr.toString(), 'to-err\n');
assert.deepStrictEqual(r.output, [null, r.stdout, r.stderr]);
r = cp.spawnSync('sh', ['-c', 'printf "%s|" "$@"', 'sh', 'a b', 'c'], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'a b|c|');
assert.strictEqual(r.stderr, '');
r = cp.spawnSync('cat', { input: Buffer.from([1, 2, 3]) });
assert.deepStrictEqual([...r.stdout], [1, 2, 3]);
r = cp.spawnSync('cat', { input: new Uint8Array(300000).fill(7) });
assert.strictEqual(r.stdout.length, 300000); // larger than a pipe's buffer

// signals
r = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.signal, 'SIGTERM');
r = cp.spawnSync('sh', ['-c', 'kill -KILL $$']);
assert.strictEqual(r.signal, 'SIGKILL');

// cwd, env, shell, argv0
assert.strictEqual(cp.spawnSync('pwd', { cwd: os.tmpdir(), encoding: 'utf8' }).stdout.trim(), require('fs').realpathSync(os.tmpdir()));
r = cp.spawnSync('sh', ['-c', 'echo "$NARI_CHILD_VAR:${HOME-unset}"'], {
  env: { NARI_CHILD_VAR: 'here', PATH: process.env.PATH }, encoding: 'utf8',
});
assert.strictEqual(r.stdout, 'here:unset\n');
process.env.NARI_INHERITED_VAR = 'inherited';
assert.strictEqual(cp.spawnSync('sh', ['-c', 'echo $NARI_INHERITED_VAR'], { encoding: 'utf8' }).stdout, 'inherited\n');
assert.strictEqual(cp.spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' }).stdout, '42\n');
assert.strictEqual(cp.spawnSync('echo x  y', { shell: '/bin/sh', encoding: 'utf8' }).stdout, 'x y\n');
assert.strictEqual(cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name', encoding: 'utf8' }).stdout, 'custom-name\n');

// stdio modes
r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2'], { stdio: 'ignore' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, null);
assert.strictEqual(r.stderr, null);
assert.deepStrictEqual(r.output, [null, null, null]);
r = cp.spawnSync('sh', ['-c', 'echo err >&2'], { stdio: ['pipe', 'pipe', 'ignore'] });
assert.strictEqual(r.stderr, null);
assert.strictEqual(r.stdout.length, 0);
r = cp.spawnSync('true', { stdio: 'inherit' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, null);

// failures to start: an error object, no status
r = cp.spawnSync('nari-surely-missing-command', ['arg']);
assert.deepStrictEqual(Object.keys(r).slice(0, 3), ['error', 'status', 'signal']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.pid, 0);
assert.ok(r.stdout == null); // null in node 20/22, left out in later versions
assert.strictEqual(r.error.message, 'spawnSync nari-surely-missing-command ENOENT');
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.error.errno, -2);
assert.strictEqual(r.error.syscall, 'spawnSync nari-surely-missing-command');
assert.strictEqual(r.error.path, 'nari-surely-missing-command');
assert.deepStrictEqual(r.error.spawnargs, ['arg']);
r = cp.spawnSync('sh', { cwd: '/surely/not/a/dir' });
assert.strictEqual(r.error.code, 'ENOENT');
r = cp.spawnSync('/etc/passwd');
assert.strictEqual(r.error.code, 'EACCES');

// timeout and maxBuffer kill the child
const t0 = Date.now();
r = cp.spawnSync('sleep', ['10'], { timeout: 100 });
assert.ok(Date.now() - t0 < 5000);
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.strictEqual(r.error.message, 'spawnSync sleep ETIMEDOUT');
assert.strictEqual(r.signal, 'SIGTERM');
assert.strictEqual(r.status, null);
r = cp.spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
assert.strictEqual(r.signal, 'SIGKILL');
r = cp.spawnSync('sh', ['-c', 'yes | head -c 1000000'], { maxBuffer: 1000 });
assert.strictEqual(r.error.code, 'ENOBUFS');
assert.strictEqual(r.signal, 'SIGTERM');

// execSync / execFileSync
assert.strictEqual(cp.execSync('echo hello').toString(), 'hello\n');
assert.strictEqual(cp.execSync('echo $0', { encoding: 'utf8' }), '/bin/sh\n');
assert.strictEqual(cp.execSync('cat', { input: 'piped in', encoding: 'utf8' }), 'piped in');
assert.strictEqual(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.strictEqual(cp.execFileSync('pwd', { cwd: '/', encoding: 'utf8' }), '/\n');
assert.throws(() => cp.execSync('echo partial; echo oops >&2; exit 7', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo partial; echo oops >&2; exit 7\noops\n');
  assert.strictEqual(err.status, 7);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stdout.toString(), 'partial\n');
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  return true;
});
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 2'], { stdio: 'pipe' }), {
  message: 'Command failed: sh -c exit 2', status: 2,
});
assert.throws(() => cp.execFileSync('nari-surely-missing-command', { stdio: 'pipe' }), {
  code: 'ENOENT', message: 'spawnSync nari-surely-missing-command ENOENT',
});

// what detect-libc runs
const getconf = cp.spawnSync('getconf', ['GNU_LIBC_VERSION'], { encoding: 'utf8' });
if (!getconf.error) assert.match(getconf.stdout, /^glibc \d+\.\d+/);
assert.match(cp.execSync('ldd --version 2>&1', { encoding: 'utf8' }), /GLIBC|GNU libc/);

// arguments
assert.throws(() => cp.spawnSync(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawnSync(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawnSync('true', { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.strictEqual(path.basename(__filename), 'child_process_sync.test.js');
