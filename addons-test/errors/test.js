'use strict';
// Error creation/throwing and exception state.
const assert = require('assert');
const a = require('./build/errors.node');

const ok = 0, invalid_arg = 1, string_expected = 3, pending_exception = 10;
const KINDS = [Error, TypeError, RangeError];

// ---- napi_create_error / type_error / range_error ----
KINDS.forEach((Ctor, kind) => {
  let e = a.createError(kind, undefined, 'plain message').error;
  assert.ok(e instanceof Ctor);
  assert.strictEqual(Object.getPrototypeOf(e), Ctor.prototype);
  assert.strictEqual(e.message, 'plain message');
  assert.strictEqual('code' in e, false);         // code NULL: no property
  assert.ok(typeof e.stack === 'string');

  e = a.createError(kind, 'ERR_CODE', 'with code').error;
  assert.ok(e instanceof Ctor);
  assert.strictEqual(e.message, 'with code');
  assert.strictEqual(e.code, 'ERR_CODE');
  assert.strictEqual(Object.getOwnPropertyDescriptor(e, 'code').enumerable, true);

  e = a.createError(kind, '', '').error;
  assert.strictEqual(e.message, '');
  assert.strictEqual(e.code, '');

  // msg must be a string; code must be a string if given. No exception.
  for (const bad of [1, null, {}, Symbol('m'), new String('m')]) {
    assert.strictEqual(a.createError(kind, undefined, bad), string_expected);
    assert.strictEqual(a.createError(kind, bad, 'm'), string_expected);
  }
});
// NULL msg / NULL result.
assert.deepStrictEqual(a.createNulls(), new Array(6).fill(invalid_arg));

// ---- napi_throw_error / type_error / range_error ----
KINDS.forEach((Ctor, kind) => {
  assert.throws(() => a.throwError(kind, undefined, 'thrown msg'), (e) => {
    assert.ok(e instanceof Ctor);
    assert.strictEqual(Object.getPrototypeOf(e), Ctor.prototype);
    assert.strictEqual(e.message, 'thrown msg');
    assert.strictEqual('code' in e, false);
    return true;
  });
  assert.throws(() => a.throwError(kind, 'E_THROWN', 'coded'), {
    name: Ctor.name, message: 'coded', code: 'E_THROWN',
  });
  assert.throws(() => a.throwError(kind, 'E_UTF8', 'ünïcödé ✓'),
                { name: Ctor.name, message: 'ünïcödé ✓', code: 'E_UTF8' });
});

// ---- napi_throw ----
const err = new Error('custom');
assert.throws(() => a.throwValue(err), err);
class MyError extends Error {}
assert.throws(() => a.throwValue(new MyError('mine')), MyError);
// Any value can be thrown.
for (const v of ['string', 42, null, undefined, { plain: true }, Symbol.iterator]) {
  let caught = 'nothing';
  try { a.throwValue(v); } catch (e) { caught = e; }
  assert.strictEqual(caught, v);
}
// napi_throw returns napi_ok and leaves the exception pending.
assert.deepStrictEqual(a.throwStatus(err), { status: ok, pending: true, exception: err });
assert.deepStrictEqual(a.throwStatus(5), { status: ok, pending: true, exception: 5 });

// ---- napi_is_error ----
assert.strictEqual(a.isError(new Error('x')), true);
assert.strictEqual(a.isError(new TypeError('x')), true);
assert.strictEqual(a.isError(new MyError('x')), true);
assert.strictEqual(a.isError(a.createError(2, undefined, 'x').error), true);
assert.strictEqual(a.isError(Object.create(Error.prototype)), false);
assert.strictEqual(a.isError({ message: 'x', name: 'Error' }), false);
for (const v of ['Error', 1, null, undefined, {}, Error]) {
  assert.strictEqual(a.isError(v), false);
}

// ---- napi_is_exception_pending / napi_get_and_clear_last_exception ----
// Nothing pending: false, and get_and_clear returns undefined.
assert.deepStrictEqual(a.pendingAndClear(), { pending: false, exception: undefined });

// While an exception is pending, anything that may run JS fails with
// napi_pending_exception (and does not run it); others still work.
let calls = 0;
const w = a.whilePending(() => { calls++; });
assert.strictEqual(calls, 0);
assert.deepStrictEqual(w.statuses, [
  pending_exception, // napi_call_function
  pending_exception, // napi_throw_error
  pending_exception, // napi_throw
  pending_exception, // napi_set_named_property
  pending_exception, // napi_get_named_property
  pending_exception, // napi_define_properties
  ok,                // napi_create_int32
  ok,                // napi_create_string_utf8
  ok,                // napi_typeof
  string_expected,   // napi_create_error (non-string msg: its own check)
  ok,                // napi_is_exception_pending
]);
assert.strictEqual(w.pending, 1);
// The first exception is the one that survives.
assert.ok(w.exception instanceof Error);
assert.strictEqual(w.exception.message, 'first error');
assert.strictEqual(w.exception.code, 'FIRST');

// NULL arguments.
assert.deepStrictEqual(a.otherNulls(), new Array(8).fill(invalid_arg));

console.log('errors: ok');
