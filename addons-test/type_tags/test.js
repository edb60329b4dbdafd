'use strict';
// Type tags: tag an object or external once, check it later.
const assert = require('assert');
const a = require('./build/type_tags.node');
const ok = 0, invalid_arg = 1, pending_exception = 10;
const FULL = 0, UPPER_ZERO = 1, ZERO = 2, ALL_ONES = 3, LOWER_ZERO = 4;

// Tag once; only the same tag checks true.
const obj = {};
assert.strictEqual(a.check(obj, FULL), false);
assert.strictEqual(a.tag(obj, FULL), ok);
assert.strictEqual(a.check(obj, FULL), true);
for (const other of [UPPER_ZERO, ZERO, ALL_ONES, LOWER_ZERO]) {
  assert.strictEqual(a.check(obj, other), false, `tag ${other}`);
}
// Tagging twice fails, with the same tag or another; the first tag stays.
assert.strictEqual(a.tag(obj, FULL), invalid_arg);
assert.strictEqual(a.tag(obj, ZERO), invalid_arg);
assert.strictEqual(a.check(obj, FULL), true);
// The tag is invisible to JS.
assert.deepStrictEqual(Reflect.ownKeys(obj), []);

// Every word pattern round-trips, and only matches itself.
for (const which of [UPPER_ZERO, ZERO, ALL_ONES, LOWER_ZERO]) {
  const o = {};
  assert.strictEqual(a.tag(o, which), ok);
  for (const other of [FULL, UPPER_ZERO, ZERO, ALL_ONES, LOWER_ZERO]) {
    assert.strictEqual(a.check(o, other), other === which, `tagged ${which}, checked ${other}`);
  }
}
// An untagged object does not carry the zero tag.
assert.strictEqual(a.check({}, ZERO), false);

// Other object kinds, and externals.
for (const target of [[], () => 1, new Proxy({}, {}), Object.create(null), a.makeExternal()]) {
  assert.strictEqual(a.check(target, FULL), false);
  assert.strictEqual(a.tag(target, FULL), ok);
  assert.strictEqual(a.check(target, FULL), true);
  assert.strictEqual(a.check(target, UPPER_ZERO), false);
  assert.strictEqual(a.tag(target, UPPER_ZERO), invalid_arg);
}

// Primitives are converted to objects first: tagging tags a temporary wrapper
// (so a later check is false); null and undefined throw a TypeError.
for (const value of [1, 'text', true, Symbol('s'), 10n]) {
  assert.strictEqual(a.tag(value, FULL), ok);
  assert.strictEqual(a.check(value, FULL), false);
}
for (const value of [undefined, null]) {
  for (const result of [a.tag(value, FULL), a.check(value, FULL)]) {
    assert.strictEqual(result.status, pending_exception);
    assert.ok(result.exception instanceof TypeError);
  }
}

// NULL arguments: value and tag for both, result for check.
assert.deepStrictEqual(a.nulls({}), [invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg]);

// Both may run JS (ToObject), so both refuse while an exception is pending.
assert.deepStrictEqual(a.withPendingException({}), [pending_exception, pending_exception]);
console.log('type_tags: ok');
