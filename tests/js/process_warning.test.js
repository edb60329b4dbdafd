// process.emitWarning: a 'warning' event on a later tick with an Error whose
// name is the type; code and detail from the arguments.
'use strict';
const assert = require('assert');

const seen = [];
process.on('warning', (w) => seen.push(w));
// Keep the default printer quiet: replace stderr's write while warnings print.
const realWrite = process.stderr.write;
const printed = [];
process.stderr.write = (chunk) => { printed.push(String(chunk)); return true; };

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'DeprecationWarning', code: 'DEP9999', detail: 'more' });
const own = new Error('an error object');
own.name = 'OwnWarning';
process.emitWarning(own);
assert.strictEqual(seen.length, 0, 'emitted on a later tick');
assert.throws(() => process.emitWarning(42), { code: 'ERR_INVALID_ARG_TYPE' });

process.nextTick(() => {
  process.stderr.write = realWrite;
  assert.strictEqual(seen.length, 4);
  assert.ok(seen.every((w) => w instanceof Error));
  assert.deepStrictEqual(seen.map((w) => [w.name, w.message, w.code]), [
    ['Warning', 'plain', undefined],
    ['CustomWarning', 'typed', 'CODE1'],
    ['DeprecationWarning', 'with options', 'DEP9999'],
    ['OwnWarning', 'an error object', undefined],
  ]);
  assert.strictEqual(seen[2].detail, 'more');
  assert.strictEqual(seen[3], own);
  const text = printed.join('');
  assert.ok(text.includes('Warning: plain\n'), text);
  assert.ok(text.includes('[CODE1] CustomWarning: typed\n'), text);
  assert.ok(text.includes('[DEP9999] DeprecationWarning: with options\nmore\n'), text);
  assert.ok(text.includes('OwnWarning: an error object\n'), text);
});
