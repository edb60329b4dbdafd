'use strict';
// Flags: --expose-gc
// napi_wrap on instances of napi_define_class classes (nari keeps their wrap
// in an embedder field, other objects' in a private property): the same
// statuses and lifetimes as for any object, for instances, instances of JS
// subclasses, and objects V8 gives embedder fields of its own (buffers).
const assert = require('assert');
const a = require('./build/wrap.node');
const ok = 0, invalid_arg = 1;

const { Plain } = a;
const instance = new Plain();
assert.deepStrictEqual(a.unwrap(instance), { status: invalid_arg });  // not wrapped yet
assert.strictEqual(instance.unwrapThis(), -invalid_arg);
assert.strictEqual(a.wrap(instance, 21, true), ok);
assert.strictEqual(a.unwrap(instance), 21);
assert.strictEqual(instance.unwrapThis(), 21);
assert.strictEqual(a.wrap(instance, 22, true), invalid_arg);  // wrapped twice
assert.strictEqual(a.unwrap(instance), 21);
assert.deepStrictEqual(Reflect.ownKeys(instance), []);  // invisible to JS
assert.deepStrictEqual(a.removeWrap(instance, true), [ok, 21]);
assert.deepStrictEqual(a.unwrap(instance), { status: invalid_arg });
assert.deepStrictEqual(a.removeWrap(instance, true), [invalid_arg, -1]);
assert.strictEqual(a.wrap(instance, 23, false), ok);  // wrapped again
assert.strictEqual(instance.unwrapThis(), 23);

// Each instance has its own wrap.
const many = Array.from({ length: 50 }, () => new Plain());
many.forEach((object, i) => assert.strictEqual(a.wrap(object, 1000 + i, false), ok));
many.forEach((object, i) => assert.strictEqual(object.unwrapThis(), 1000 + i));

// JS subclasses and Reflect.construct with another new.target.
class Sub extends Plain {}
const sub = new Sub();
assert.strictEqual(a.wrap(sub, 31, false), ok);
assert.strictEqual(sub.unwrapThis(), 31);
function Other() {}
const constructed = Reflect.construct(Plain, [], Other);
assert.strictEqual(a.wrap(constructed, 32, false), ok);
assert.strictEqual(a.unwrap(constructed), 32);

// The prototype object is not an instance; it is wrapped like any object.
assert.strictEqual(a.wrap(Plain.prototype, 33, false), ok);
assert.strictEqual(a.unwrap(Plain.prototype), 33);
assert.deepStrictEqual(a.unwrap(new Plain()), { status: invalid_arg });

// Buffers, typed arrays and DataViews have embedder fields V8 uses itself.
const bytes = new Uint8Array(8);
for (const target of [new ArrayBuffer(8), bytes, new DataView(bytes.buffer), Buffer.alloc(4)]) {
  assert.strictEqual(a.wrap(target, 41, false), ok);
  assert.strictEqual(a.unwrap(target), 41);
  assert.deepStrictEqual(a.removeWrap(target, true), [ok, 41]);
  assert.deepStrictEqual(a.unwrap(target), { status: invalid_arg });
}
bytes[3] = 7;
assert.deepStrictEqual([...bytes], [0, 0, 0, 7, 0, 0, 0, 0]);

// A wrapped instance's finalizer runs once it is collected; a removed
// wrap's never does.
let finalizedId, removedId;
(() => {
  assert.strictEqual(a.wrap(new Plain(), 51, true), ok);
  finalizedId = a.lastId();
  const removed = new Plain();
  assert.strictEqual(a.wrap(removed, 52, true), ok);
  removedId = a.lastId();
  assert.deepStrictEqual(a.removeWrap(removed, false), [ok, -1]);
})();
(async () => {
  for (let i = 0; i < 20 && a.finalizeCount(finalizedId) === 0; i++) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.strictEqual(a.finalizeCount(finalizedId), 1);
  assert.strictEqual(a.finalizeCount(removedId), 0);
})();
