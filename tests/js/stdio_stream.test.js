'use strict';
// process.stdout / process.stderr are Writable streams: pipe and pipeline to
// them work, Buffers are written as raw bytes, and replacing `write`
// captures console output.
const assert = require('assert');
const { Writable, Readable, pipeline } = require('stream');

assert.ok(process.stdout instanceof Writable);
assert.ok(process.stderr instanceof Writable);
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdout.write(''), true);

// console goes through process.stdout.write.
const captured = [];
const original = process.stdout.write;
process.stdout.write = (chunk) => { captured.push(String(chunk)); return true; };
console.log('captured %d', 42);
process.stdout.write = original;
assert.deepStrictEqual(captured, ['captured 42\n']);

pipeline(Readable.from(['stdio ', 'stream ', 'ok\n']), process.stdout, (err) => {
  assert.ifError(err);
  process.stdout.write(Buffer.from('bytes ok\n'));
});
