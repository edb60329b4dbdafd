'use strict';
// node_api_set_prototype (NAPI_EXPERIMENTAL; Node.js 25.4 and later).
const assert = require('assert');
const a = require('./build/set_prototype.node');

if (!a.available()) {
  console.log(`SKIPPED (needs node_api_set_prototype, Node.js >= 25.4): ${process.version}`);
  process.exit(0);
}

const base = { base: true };
const o = {};
assert.strictEqual(a.setPrototype(o, base), 0);
assert.strictEqual(Object.getPrototypeOf(o), base);
assert.strictEqual(o.base, true);
assert.strictEqual(a.setPrototype(o, null), 0);
assert.strictEqual(Object.getPrototypeOf(o), null);
// Functions and class instances.
class A { hi() { return 'hi'; } }
const fn = function () {};
assert.strictEqual(a.setPrototype(fn, A.prototype), 0);
assert.strictEqual(fn.hi(), 'hi');
// Setting the current prototype again is fine, even when non-extensible.
const frozen = Object.freeze(Object.create(base));
assert.strictEqual(a.setPrototype(frozen, base), 0);

// Values other than objects and null leave the prototype unchanged.
for (const v of [5, 'str', undefined, true, Symbol('s')]) {
  const t = Object.create(base);
  assert.strictEqual(a.setPrototype(t, v), 0);
  assert.strictEqual(Object.getPrototypeOf(t), base);
}

// Refusals: napi_generic_failure, nothing pending.
assert.strictEqual(a.setPrototype(Object.preventExtensions({}), base), 9);
const c = {};
const d = Object.create(c);
assert.strictEqual(a.setPrototype(c, d), 9); // a cycle
assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);
assert.strictEqual(a.setPrototype(Object.prototype, base), 9); // immutable prototype
// Proxies: the setPrototypeOf trap runs; a refusal or a throw is
// napi_generic_failure, and the trap's exception is dropped.
let seen;
const target = {};
const proxy = new Proxy(target, { setPrototypeOf(t, p) { seen = p; return Reflect.setPrototypeOf(t, p); } });
assert.strictEqual(a.setPrototype(proxy, base), 0);
assert.strictEqual(seen, base);
assert.strictEqual(Object.getPrototypeOf(target), base);
assert.strictEqual(a.setPrototype(new Proxy({}, { setPrototypeOf() { return false; } }), base), 9);
assert.strictEqual(a.setPrototype(new Proxy({}, { setPrototypeOf() { throw new Error('trap'); } }), base), 9);

// Primitives are boxed (the change is lost with the wrapper); null and
// undefined are napi_object_expected with a TypeError pending.
assert.strictEqual(a.setPrototype(5, base), 0);
for (const v of [null, undefined]) {
  const r = a.setPrototype(v, base);
  assert.strictEqual(r.status, 2);
  assert.ok(r.exception instanceof TypeError);
}

// NULL object, NULL value (checked before the object is converted), NULL env.
assert.deepStrictEqual(a.nullArgs(null), [1, 1, 1, 1]);
const pending = a.pending();
assert.strictEqual(pending.status, 10);
assert.strictEqual(pending.exception.message, 'already pending');
