'use strict';
// Flags: --expose-gc
// napi_wrap / napi_unwrap / napi_remove_wrap / napi_add_finalizer: what is
// visible synchronously (finalizers after GC are in test_gc_finalizers.js).
const assert = require('assert');
const a = require('./build/wrap.node');
const ok = 0, invalid_arg = 1, pending_exception = 10;

// Wrap and unwrap; any object kind can be wrapped.
for (const target of [{}, [], function f() {}, new Date(), Object.create(null), new Proxy({}, {})]) {
  assert.strictEqual(a.wrap(target, 42, false), ok);
  assert.strictEqual(a.unwrap(target), 42);
}

// A wrap is invisible to JS.
const plain = { a: 1 };
assert.strictEqual(a.wrap(plain, 7, true), ok);
assert.deepStrictEqual(Object.getOwnPropertyNames(plain), ['a']);
assert.deepStrictEqual(Object.getOwnPropertySymbols(plain), []);
assert.deepStrictEqual(Reflect.ownKeys(plain), ['a']);
assert.strictEqual(JSON.stringify(plain), '{"a":1}');

// Wrapping twice fails; the first wrap stays.
assert.strictEqual(a.wrap(plain, 8, true), invalid_arg);
assert.strictEqual(a.unwrap(plain), 7);

// Removing returns the pointer (if asked), detaches the wrap, and runs no finalizer.
const removable = {};
assert.strictEqual(a.wrap(removable, 11, true), ok);
const removedId = a.lastId();
assert.deepStrictEqual(a.removeWrap(removable, true), [ok, 11]);
assert.deepStrictEqual(a.unwrap(removable), { status: invalid_arg });
assert.deepStrictEqual(a.removeWrap(removable, true), [invalid_arg, -1]);
assert.strictEqual(a.finalizeCount(removedId), 0);
// ... and the object can be wrapped again.
assert.strictEqual(a.wrap(removable, 12, false), ok);
assert.strictEqual(a.unwrap(removable), 12);
assert.deepStrictEqual(a.removeWrap(removable, false), [ok, -1]);

// A wrap with a result reference: the reference is weak (count 0) and gives
// the object while it lives.
const withRef = {};
const [status, id] = a.wrapWithRef(withRef, 21);
assert.strictEqual(status, ok);
assert.strictEqual(a.refValue(id), withRef);
assert.strictEqual(a.refCount(id), 0);
assert.strictEqual(a.unwrap(withRef), 21);
// Removing the wrap keeps the reference (the addon still owns it).
assert.deepStrictEqual(a.removeWrap(withRef, true), [ok, 21]);
assert.strictEqual(a.refValue(id), withRef);

// A wrap does not keep its object alive.
const [, weakId] = (() => a.wrapWithRef({}, 22))();
gc();
assert.strictEqual(a.refValue(weakId), null);

// napi_add_finalizer: several per object, with or without a reference; the
// object may be wrapped too.
const finalized = {};
assert.deepStrictEqual(a.addFinalizer(finalized, false)[0], ok);
const [addStatus, addId] = a.addFinalizer(finalized, true);
assert.strictEqual(addStatus, ok);
assert.strictEqual(a.refValue(addId), finalized);
assert.strictEqual(a.refCount(addId), 0);
assert.strictEqual(a.wrap(finalized, 5, true), ok);
assert.strictEqual(a.addFinalizer(() => 1, false)[0], ok);

// NULL and wrong-type arguments: non-objects give napi_invalid_arg (not
// napi_object_expected).
const wrapped = {};
assert.strictEqual(a.wrap(wrapped, 1, false), ok);
assert.deepStrictEqual(a.nulls({}, wrapped), [
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg, // wrap
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, // unwrap
  invalid_arg, invalid_arg, invalid_arg, // remove_wrap
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, // add_finalizer
]);

// wrap / unwrap / remove_wrap refuse while an exception is pending;
// add_finalizer runs no JS and works.
assert.deepStrictEqual(a.withPendingException({}),
                       [pending_exception, pending_exception, pending_exception, ok]);
console.log('wrap: ok');
