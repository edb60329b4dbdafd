'use strict';
// napi_coerce_to_bool / _number / _object / _string: ECMAScript conversions,
// user code they run, and what a throw leaves behind.
const assert = require('assert');
const a = require('./build/coercion.node');

const ok = 0, invalid_arg = 1, object_expected = 2, string_expected = 3,
  number_expected = 6, pending_exception = 10;

const value = (r) => {
  assert.ok(r.ok, `status ${r.status}: ${r.exception}`);
  return r.value;
};
const bool = (v) => value(a.toBool(v));
const num = (v) => value(a.toNumber(v));
const obj = (v) => value(a.toObject(v));
const str = (v) => value(a.toString(v));

// A conversion that throws leaves its exception pending and reports the
// "expected" status of the target type.
const throws = (fn, v, status, check) => {
  const r = fn(v);
  assert.strictEqual(r.status, status);
  assert.ok(check(r.exception), String(r.exception));
};

// ---- ToBoolean (never runs user code) ----
for (const v of [false, 0, -0, NaN, '', null, undefined, 0n]) {
  assert.strictEqual(bool(v), false);
}
for (const v of [true, 1, -1, Infinity, 'x', ' ', '0', 'false', {}, [], 1n, Symbol(),
                 () => 0, new Boolean(false), new Number(0), new String('')]) {
  assert.strictEqual(bool(v), true);
}
{
  let called = false;
  bool({ valueOf() { called = true; return 0; } });
  assert.strictEqual(called, false);
}

// ---- ToNumber ----
assert.strictEqual(num(42), 42);
assert.ok(Object.is(num(-0), -0));
assert.strictEqual(num('42'), 42);
assert.strictEqual(num(' 12\n'), 12);
assert.strictEqual(num('0x10'), 16);
assert.strictEqual(num(''), 0);
assert.ok(Number.isNaN(num('x')));
assert.strictEqual(num(true), 1);
assert.strictEqual(num(false), 0);
assert.strictEqual(num(null), 0);
assert.ok(Number.isNaN(num(undefined)));
assert.ok(Number.isNaN(num({})));
assert.strictEqual(num([]), 0);
assert.strictEqual(num([7]), 7);
assert.strictEqual(num(new Date(5)), 5);
assert.strictEqual(num({ valueOf: () => 3 }), 3);
assert.strictEqual(num({ valueOf: () => ({}), toString: () => '8' }), 8);
assert.strictEqual(num({ [Symbol.toPrimitive]: (hint) => (hint === 'number' ? 9 : 0) }), 9);
throws(a.toNumber, Symbol('s'), number_expected, (e) => e instanceof TypeError);
throws(a.toNumber, 1n, number_expected, (e) => e instanceof TypeError);
throws(a.toNumber, { valueOf() { throw new Error('boom'); } }, number_expected,
       (e) => e instanceof Error && e.message === 'boom');
throws(a.toNumber, { valueOf: () => ({}), toString: () => ({}) }, number_expected,
       (e) => e instanceof TypeError);
throws(a.toNumber, { valueOf() { throw 17; } }, number_expected, (e) => e === 17);

// ---- ToObject ----
{
  const o = {};
  assert.strictEqual(obj(o), o);
  const f = () => 1;
  assert.strictEqual(obj(f), f);
  const n = obj(5);
  assert.strictEqual(typeof n, 'object');
  assert.ok(n instanceof Number);
  assert.strictEqual(n.valueOf(), 5);
  const s = obj('ab');
  assert.ok(s instanceof String);
  assert.strictEqual(s.length, 2);
  assert.strictEqual(s.valueOf(), 'ab');
  assert.ok(obj(true) instanceof Boolean);
  const sym = Symbol('q');
  const boxed = obj(sym);
  assert.strictEqual(typeof boxed, 'object');
  assert.strictEqual(boxed.valueOf(), sym);
  assert.strictEqual(typeof obj(3n), 'object');
  assert.strictEqual(obj(3n).valueOf(), 3n);
}
throws(a.toObject, null, object_expected, (e) => e instanceof TypeError);
throws(a.toObject, undefined, object_expected, (e) => e instanceof TypeError);

// ---- ToString ----
assert.strictEqual(str('x'), 'x');
assert.strictEqual(str(1), '1');
assert.strictEqual(str(-0), '0');
assert.strictEqual(str(1.5e300), '1.5e+300');
assert.strictEqual(str(NaN), 'NaN');
assert.strictEqual(str(true), 'true');
assert.strictEqual(str(null), 'null');
assert.strictEqual(str(undefined), 'undefined');
assert.strictEqual(str(12n), '12');
assert.strictEqual(str({}), '[object Object]');
assert.strictEqual(str([1, [2, 3]]), '1,2,3');
assert.strictEqual(str({ toString: () => 'custom' }), 'custom');
assert.strictEqual(str({ toString: () => ({}), valueOf: () => 4 }), '4');
assert.strictEqual(str({ [Symbol.toPrimitive]: (hint) => hint }), 'string');
throws(a.toString, Symbol('s'), string_expected, (e) => e instanceof TypeError);
throws(a.toString, { toString() { throw new RangeError('nope'); } }, string_expected,
       (e) => e instanceof RangeError && e.message === 'nope');
throws(a.toString, { toString: () => ({}), valueOf: () => ({}) }, string_expected,
       (e) => e instanceof TypeError);
throws(a.toString, Object.create(null), string_expected, (e) => e instanceof TypeError);

// ---- argument checks ----
assert.deepStrictEqual(a.nullArgs(), new Array(8).fill(invalid_arg));
assert.deepStrictEqual(a.nullEnv(), new Array(4).fill(invalid_arg));
{
  let called = false;
  const tricky = { valueOf() { called = true; return 1; }, toString() { called = true; return ''; } };
  assert.deepStrictEqual(a.whilePending(tricky), new Array(4).fill(pending_exception));
  assert.strictEqual(called, false);
}

console.log('coercion: ok');
