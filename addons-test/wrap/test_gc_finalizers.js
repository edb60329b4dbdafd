'use strict';
// Flags: --expose-gc
// Finalizers of wraps and napi_add_finalizer run exactly once after their
// object is collected (on a later macrotask in Node, at the next finalizer
// drain in nari), and never for a removed wrap.
const assert = require('assert');
const a = require('./build/wrap.node');
const ok = 0;

const tick = () => new Promise((resolve) => setImmediate(resolve));

// gc() + a macrotask, until `done()` or 20 rounds.
async function collect(done) {
  for (let i = 0; i < 20 && !done(); i++) {
    gc();
    await tick();
  }
}

async function main() {
  // A wrap's finalizer runs once.
  const wrapId = (() => {
    assert.strictEqual(a.wrap({}, 1, true), ok);
    return a.lastId();
  })();
  await collect(() => a.finalizeCount(wrapId) > 0);
  assert.strictEqual(a.finalizeCount(wrapId), 1);

  // A wrap with a result reference: the finalizer runs once and deletes the
  // reference (which it may do from inside the finalizer).
  const refId = (() => a.wrapWithRef({}, 2)[1])();
  await collect(() => a.finalizeCount(refId) > 0);
  assert.strictEqual(a.finalizeCount(refId), 1);

  // napi_add_finalizer, with and without a reference, on a wrapped object:
  // each finalizer runs once.
  const ids = (() => {
    const target = {};
    const plain = a.addFinalizer(target, false)[1];
    const withRef = a.addFinalizer(target, true)[1];
    assert.strictEqual(a.wrap(target, 3, true), ok);
    return [plain, withRef, a.lastId()];
  })();
  await collect(() => ids.every((id) => a.finalizeCount(id) > 0));
  assert.deepStrictEqual(ids.map(a.finalizeCount), [1, 1, 1]);

  // A removed wrap's finalizer never runs, though its object was collected
  // (a finalizer added to the same object shows that it was).
  const [removedId, witnessId] = (() => {
    const target = {};
    assert.strictEqual(a.wrap(target, 4, true), ok);
    const removed = a.lastId();
    assert.deepStrictEqual(a.removeWrap(target, true), [ok, 4]);
    return [removed, a.addFinalizer(target, false)[1]];
  })();
  await collect(() => a.finalizeCount(witnessId) > 0);
  assert.strictEqual(a.finalizeCount(witnessId), 1);
  assert.strictEqual(a.finalizeCount(removedId), 0);

  // More rounds change nothing: every finalizer ran exactly once.
  for (let i = 0; i < 3; i++) {
    gc();
    await tick();
  }
  assert.deepStrictEqual([wrapId, refId, ...ids, witnessId].map(a.finalizeCount), [1, 1, 1, 1, 1, 1]);
  assert.strictEqual(a.finalizeCount(removedId), 0);
  console.log('wrap finalizers after gc: ok');
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
