// child_process asynchronous API: spawn (ChildProcess events and streams),
// exec, execFile, kill, promisify.
'use strict';
const assert = require('assert');
const cp = require('child_process');
const { promisify } = require('util');

const finished = new Set();
const expected = ['spawn', 'stdin', 'kill', 'enoent', 'exec', 'exec failure', 'execFile', 'execFile enoent',
  'promisified', 'promisified failure', 'timeout', 'unconsumed', 'inherit'];
process.on('exit', (code) => {
  if (code === 0) assert.deepStrictEqual([...finished].sort(), [...expected].sort());
});

// spawn: events in node's order, output through streams
{
  const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 5']);
  assert.ok(child instanceof cp.ChildProcess);
  assert.ok(child instanceof require('events'));
  assert.strictEqual(typeof child.pid, 'number');
  assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo out; echo err >&2; exit 5']);
  assert.strictEqual(child.spawnfile, 'sh');
  assert.strictEqual(child.stdio[1], child.stdout);
  const seen = [];
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d.toString(); });
  child.on('spawn', () => seen.push('spawn'));
  child.on('exit', (code, signal) => {
    seen.push('exit');
    assert.strictEqual(code, 5);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 5);
  });
  child.on('close', (code, signal) => {
    seen.push('close');
    assert.strictEqual(code, 5);
    assert.strictEqual(signal, null);
    assert.strictEqual(out, 'out\n');
    assert.strictEqual(err, 'err\n');
    assert.deepStrictEqual(seen, ['spawn', 'exit', 'close']);
    finished.add('spawn');
  });
}

// stdin
{
  const child = cp.spawn('cat');
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.stdin.write('one ');
  child.stdin.write(Buffer.from('two '));
  child.stdin.end('three');
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(Buffer.concat(chunks).toString(), 'one two three');
    finished.add('stdin');
  });
}

// kill
{
  const child = cp.spawn('sleep', ['10']);
  child.on('spawn', () => {
    assert.strictEqual(child.kill(), true);
    assert.strictEqual(child.killed, true);
  });
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.signalCode, 'SIGTERM');
    assert.strictEqual(child.kill(), false); // gone already
    finished.add('kill');
  });
}

// a command that does not exist: 'error', then 'close' with the negative errno
{
  const child = cp.spawn('nari-surely-missing-command', ['x']);
  assert.strictEqual(child.pid, undefined);
  const seen = [];
  child.on('exit', () => seen.push('exit'));
  child.on('error', (err) => {
    seen.push('error');
    assert.strictEqual(err.message, 'spawn nari-surely-missing-command ENOENT');
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'spawn nari-surely-missing-command');
    assert.strictEqual(err.path, 'nari-surely-missing-command');
    assert.deepStrictEqual(err.spawnargs, ['x']);
  });
  child.on('close', (code, signal) => {
    assert.deepStrictEqual(seen, ['error']);
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
    finished.add('enoent');
  });
}

// exec / execFile
cp.exec('echo "$((1 + 2))"; echo e >&2', (err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '3\n');
  assert.strictEqual(stderr, 'e\n');
  finished.add('exec');
});
cp.exec('echo partial; exit 4', (err, stdout) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo partial; exit 4');
  assert.strictEqual(err.message, 'Command failed: echo partial; exit 4\n');
  assert.strictEqual(stdout, 'partial\n');
  finished.add('exec failure');
});
cp.execFile('printf', ['%s-%s', 'a', 'b'], { encoding: 'buffer' }, (err, stdout) => {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'a-b');
  finished.add('execFile');
});
cp.execFile('nari-surely-missing-command', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  finished.add('execFile enoent');
});
promisify(cp.exec)('echo promised').then(({ stdout, stderr }) => {
  assert.strictEqual(stdout, 'promised\n');
  assert.strictEqual(stderr, '');
  finished.add('promisified');
});
promisify(cp.execFile)('sh', ['-c', 'echo so; exit 1']).catch((err) => {
  assert.strictEqual(err.code, 1);
  assert.strictEqual(err.stdout, 'so\n');
  finished.add('promisified failure');
});
cp.exec('sleep 10', { timeout: 50 }, (err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  finished.add('timeout');
});

// output nobody reads does not keep 'close' from coming
cp.spawn('sh', ['-c', 'echo ignored']).on('close', (code) => {
  assert.strictEqual(code, 0);
  finished.add('unconsumed');
});

// inherited stdio: no streams
{
  const child = cp.spawn('true', { stdio: 'inherit' });
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stdin, null);
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    finished.add('inherit');
  });
}
