'use strict';
// napi_get_prototype, napi_object_freeze, napi_object_seal.
const assert = require('assert');
const a = require('./build/prototypes.node');

const ok = (r) => {
  assert.strictEqual(r.ok, true, JSON.stringify(r));
  return r.value;
};

// napi_get_prototype
const base = { base: true };
assert.strictEqual(ok(a.getPrototype(Object.create(base))), base);
assert.strictEqual(ok(a.getPrototype({})), Object.prototype);
assert.strictEqual(ok(a.getPrototype(Object.create(null))), null);
assert.strictEqual(ok(a.getPrototype([])), Array.prototype);
assert.strictEqual(ok(a.getPrototype(() => {})), Function.prototype);
class A {}
class B extends A {}
assert.strictEqual(ok(a.getPrototype(new B())), B.prototype);
assert.strictEqual(ok(a.getPrototype(B)), A);
// Primitives are boxed first.
assert.strictEqual(ok(a.getPrototype(5)), Number.prototype);
assert.strictEqual(ok(a.getPrototype('s')), String.prototype);
assert.strictEqual(ok(a.getPrototype(true)), Boolean.prototype);
assert.strictEqual(ok(a.getPrototype(Symbol('s'))), Symbol.prototype);
assert.strictEqual(ok(a.getPrototype(1n)), BigInt.prototype);
// A proxy's getPrototypeOf trap is not run, nor is its target consulted: a
// proxy object itself has a null prototype.
let trapped = false;
const proxy = new Proxy(Object.create(base), {
  getPrototypeOf() { trapped = true; return Array.prototype; },
});
assert.strictEqual(ok(a.getPrototype(proxy)), null);
assert.strictEqual(trapped, false);
assert.strictEqual(ok(a.getPrototype(new Proxy({}, {}))), null);
// null and undefined: napi_object_expected + TypeError.
for (const v of [null, undefined]) {
  const r = a.getPrototype(v);
  assert.strictEqual(r.status, 2);
  assert.ok(r.exception instanceof TypeError);
}

// napi_object_freeze
const f = { x: 1, nested: { y: 2 } };
assert.deepStrictEqual(a.freeze(f), { ok: true });
assert.ok(Object.isFrozen(f));
assert.ok(!Object.isFrozen(f.nested)); // shallow
assert.throws(() => { f.x = 2; }, TypeError);
assert.throws(() => { f.z = 2; }, TypeError);
assert.deepStrictEqual(a.freeze(f), { ok: true }); // again: no-op
const arr = [1, 2];
assert.deepStrictEqual(a.freeze(arr), { ok: true });
assert.throws(() => arr.push(3), TypeError);
// napi_object_seal
const s = { x: 1 };
assert.deepStrictEqual(a.seal(s), { ok: true });
assert.ok(Object.isSealed(s));
assert.ok(!Object.isFrozen(s));
s.x = 2; // still writable
assert.strictEqual(s.x, 2);
assert.throws(() => { s.y = 1; }, TypeError);
assert.throws(() => { delete s.x; }, TypeError);
// Primitives are boxed: the call succeeds on a temporary wrapper.
for (const v of [5, 'str', true, Symbol('x')]) {
  assert.deepStrictEqual(a.freeze(v), { ok: true });
  assert.deepStrictEqual(a.seal(v), { ok: true });
}
for (const v of [null, undefined]) {
  for (const r of [a.freeze(v), a.seal(v)]) {
    assert.strictEqual(r.status, 2);
    assert.ok(r.exception instanceof TypeError);
  }
}
// Typed arrays with elements cannot be frozen: TypeError pending.
const ta = new Uint8Array(2);
const tr = a.freeze(ta);
assert.strictEqual(tr.status, 10);
assert.ok(tr.exception instanceof TypeError);
assert.deepStrictEqual(a.seal(ta), { ok: true });
// Proxy traps run; a throwing trap leaves its exception pending, and so does
// a refusing one (V8 throws a TypeError for it).
const throwing = new Proxy({ x: 1 }, { preventExtensions() { throw new Error('trap'); } });
for (const r of [a.freeze(throwing), a.seal(throwing)]) {
  assert.strictEqual(r.status, 10);
  assert.strictEqual(r.exception.message, 'trap');
}
const refusing = new Proxy({ x: 1 }, { preventExtensions() { return false; } });
for (const r of [a.freeze(refusing), a.seal(refusing)]) {
  assert.strictEqual(r.status, 10);
  assert.ok(r.exception instanceof TypeError);
}

// NULL object or result; NULL env.
assert.deepStrictEqual(a.nullArgs(), [1, 1, 1, 1, 1, 1, 1]);
// A pending exception refuses all three.
assert.deepStrictEqual(a.pending(), [10, 10, 10]);
