// fs.createReadStream / createWriteStream basics: events, options, pipe,
// async iteration, errors.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nari-fs-streams-'));
const p = (...parts) => path.join(dir, ...parts);
const events = [];
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0) {
    assert.deepStrictEqual(events, ['write open', 'write finish', 'write close', 'read end', 'read close',
      'range', 'pipe', 'iterate', 'missing error', 'missing close', 'fd stream']);
  }
});

const out = fs.createWriteStream(p('out.txt'));
assert.ok(out instanceof fs.WriteStream);
assert.strictEqual(out.path, p('out.txt'));
out.on('open', (fd) => { assert.strictEqual(typeof fd, 'number'); events.push('write open'); });
assert.strictEqual(out.write('hello '), true);
out.write(Buffer.from('stream '));
out.end('world', () => {});
out.on('finish', () => {
  events.push('write finish');
  assert.strictEqual(out.bytesWritten, 18);
});
out.on('close', () => {
  events.push('write close');
  assert.strictEqual(fs.readFileSync(p('out.txt'), 'utf8'), 'hello stream world');
  readBack();
});

function readBack() {
  const chunks = [];
  const input = fs.createReadStream(p('out.txt'), { encoding: 'utf8', highWaterMark: 4 });
  assert.ok(input instanceof fs.ReadStream);
  input.on('data', (chunk) => {
    assert.strictEqual(typeof chunk, 'string');
    assert.ok(chunk.length <= 4);
    chunks.push(chunk);
  });
  input.on('end', () => {
    events.push('read end');
    assert.strictEqual(chunks.join(''), 'hello stream world');
    assert.strictEqual(input.bytesRead, 18);
  });
  input.on('close', () => {
    events.push('read close');
    range();
  });
}

function range() {
  const chunks = [];
  fs.createReadStream(p('out.txt'), { start: 6, end: 11 })
    .on('data', (chunk) => { assert.ok(Buffer.isBuffer(chunk)); chunks.push(chunk); })
    .on('end', () => {
      assert.strictEqual(Buffer.concat(chunks).toString(), 'stream');
      events.push('range');
      pipe();
    });
}

function pipe() {
  const big = Buffer.alloc(200000, 'abc');
  fs.writeFileSync(p('big.bin'), big);
  const dest = fs.createWriteStream(p('copy.bin'));
  fs.createReadStream(p('big.bin')).pipe(dest);
  dest.on('finish', () => {
    assert.ok(fs.readFileSync(p('copy.bin')).equals(big));
    events.push('pipe');
    iterate();
  });
}

async function iterate() {
  let total = 0;
  for await (const chunk of fs.createReadStream(p('big.bin'), { highWaterMark: 65536 })) total += chunk.length;
  assert.strictEqual(total, 200000);
  events.push('iterate');
  missing();
}

function missing() {
  const input = fs.createReadStream(p('missing.txt'));
  input.on('data', () => assert.fail('no data'));
  input.on('error', (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, p('missing.txt'));
    events.push('missing error');
  });
  input.on('close', () => {
    events.push('missing close');
    fromFd();
  });
}

function fromFd() {
  const fd = fs.openSync(p('out.txt'), 'r');
  const chunks = [];
  fs.createReadStream(null, { fd, encoding: 'latin1' })
    .on('data', (c) => chunks.push(c))
    .on('close', () => {
      assert.strictEqual(chunks.join(''), 'hello stream world');
      assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' }); // autoClose closed it
      events.push('fd stream');
    });
}
