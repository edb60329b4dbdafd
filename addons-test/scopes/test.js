'use strict';
// Handle scopes and escapable handle scopes.
const assert = require('assert');
const a = require('./build/scopes.node');

const ok = 0, invalid_arg = 1, escape_called_twice = 12;

assert.strictEqual(a.basicScope(), 'done');
assert.deepStrictEqual(a.nestedScopes(), { value: 'inner' });

// An escaped value outlives its scope.
assert.deepStrictEqual(a.escapeOne(), { escaped: 1 });
assert.strictEqual(a.escapeNested(), 'deep');

// Second escape from the same scope fails, whatever the value.
const t = a.escapeTwice();
assert.deepStrictEqual(t.slice(0, 3), [ok, escape_called_twice, escape_called_twice]);
assert.deepStrictEqual(t[3], {});

// NULL arguments; a failed escape attempt (NULL args) does not use up the
// single escape allowed.
assert.deepStrictEqual(a.nullArgs(), [
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,
  invalid_arg, invalid_arg, invalid_arg, ok,
]);

// 100k iterations, one scope each.
const N = 100000;
const r = a.manyScopes(N);
assert.strictEqual(r.sum, (N - 1) * N / 2);
assert.strictEqual(r.samples.length, N / 1000);
r.samples.forEach((obj, i) => assert.deepStrictEqual(obj, { value: i * 1000 }));

const esc = a.manyEscapes(N);
assert.strictEqual(esc.length, N);
assert.strictEqual(esc[0], 0);
assert.strictEqual(esc[12345], 24690);
assert.strictEqual(esc[N - 1], (N - 1) * 2);

console.log('scopes: ok');
