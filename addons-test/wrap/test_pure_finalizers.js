'use strict';
// Flags: --expose-gc
// NAPI_EXPERIMENTAL modules: a wrap's basic finalizer runs right inside GC
// (so it has run when gc() returns) and may call node_api_basic_env
// functions; what it posts with node_api_post_finalizer runs later, outside
// GC, where touching JS is fine. (A pure finalizer that touches JS is a fatal
// error: see wrapTouchingJs in pure_finalizers.c.)
const assert = require('assert');
const a = require('./build/pure_finalizers.node');
const ok = 0;

// [pure calls, posted calls, napi_create_object status in the posted
// finalizer, napi_get_instance_data status in the pure finalizer]
assert.deepStrictEqual(a.counts(), [0, 0, -1, -1]);
(() => {
  assert.strictEqual(a.wrapPure({}), ok);
})();
gc();
assert.deepStrictEqual(a.counts(), [1, 0, -1, ok]);

// Posting from ordinary code works too (and runs later as well); a NULL
// callback is accepted; a NULL env is not.
assert.strictEqual(a.post(), ok);
assert.deepStrictEqual(a.counts(), [1, 0, -1, ok]);
assert.deepStrictEqual(a.nulls(), [ok, ok]);

// Posted finalizers run on a later macrotask (Node schedules an immediate for
// them; nari drains them after the loop's check phase), so wait a few.
async function main() {
  for (let i = 0; i < 10 && a.counts()[1] < 2; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepStrictEqual(a.counts(), [1, 2, ok, ok]);
  console.log('pure finalizers: ok');
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
