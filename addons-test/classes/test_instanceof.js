'use strict';
// napi_instanceof.
const assert = require('assert');
const a = require('./build/classes.node');

const Point = a.defineClass(Symbol('a'), Symbol('b'));
class Sub extends Point {}
const p = new Point();
const s = new Sub();
const yes = { ok: true, value: true };
const no = { ok: true, value: false };

assert.deepStrictEqual(a.instanceOf(p, Point), yes);
assert.deepStrictEqual(a.instanceOf(s, Point), yes);
assert.deepStrictEqual(a.instanceOf(s, Sub), yes);
assert.deepStrictEqual(a.instanceOf(p, Sub), no);
assert.deepStrictEqual(a.instanceOf({}, Point), no);
assert.deepStrictEqual(a.instanceOf(p, Object), yes);
assert.deepStrictEqual(a.instanceOf([], Array), yes);
// Primitives are not instances (no boxing of the object side).
assert.deepStrictEqual(a.instanceOf(5, Number), no);
assert.deepStrictEqual(a.instanceOf('s', String), no);
assert.deepStrictEqual(a.instanceOf(Object.create(null), Object), no);
// Symbol.hasInstance is honoured, its result converted to boolean.
const custom = function () {};
Object.defineProperty(custom, Symbol.hasInstance, { value: (v) => (v === 1 ? 'yes' : 0) });
assert.deepStrictEqual(a.instanceOf(1, custom), yes);
assert.deepStrictEqual(a.instanceOf(2, custom), no);
// Bound functions use their target.
assert.deepStrictEqual(a.instanceOf(p, Point.bind(null)), yes);

// A constructor that is not a function: napi_function_expected + TypeError.
for (const ctor of [{}, 5, 'str', Symbol('s')]) {
  const r = a.instanceOf(p, ctor);
  assert.strictEqual(r.status, 5);
  assert.ok(r.exception instanceof TypeError);
  assert.strictEqual(r.exception.message, 'Constructor must be a function');
  assert.strictEqual(r.exception.code, 'ERR_NAPI_CONS_FUNCTION');
}
// null and undefined fail ToObject first: napi_object_expected + TypeError.
for (const ctor of [null, undefined]) {
  const r = a.instanceOf(p, ctor);
  assert.strictEqual(r.status, 2);
  assert.ok(r.exception instanceof TypeError);
}
// A throwing check: napi_generic_failure, the exception pending.
const throwing = function () {};
Object.defineProperty(throwing, Symbol.hasInstance, { value() { throw new Error('boom'); } });
const t = a.instanceOf(p, throwing);
assert.strictEqual(t.status, 9);
assert.strictEqual(t.exception.message, 'boom');
function BadProto() {}
BadProto.prototype = 3;
const b = a.instanceOf({}, BadProto);
assert.strictEqual(b.status, 9);
assert.ok(b.exception instanceof TypeError);

// NULL object, constructor, result; NULL env.
assert.deepStrictEqual(a.instanceofNulls(p, Point), [1, 1, 1, 1]);
const pending = a.instanceofPending(p, Point);
assert.strictEqual(pending.status, 10);
assert.strictEqual(pending.exception.message, 'already pending');
