'use strict';
// Flags: --expose-gc
// Node-API 10 strings: node_api_create_external_string_latin1/_utf16 (text
// read in place from addon memory, finalizer once V8 lets go of it) and
// node_api_create_property_key_latin1/_utf8/_utf16.
const assert = require('assert');

if (Number(process.versions.napi) < 10) {
  console.log(`SKIPPED (needs Node-API 10): external strings and property keys ` +
              `(this runtime has Node-API ${process.versions.napi})`);
  process.exit(0);
}

const a = require('./build/external_strings.node');
const ok = 0, invalid_arg = 1;

// ---- creation ----
const samples = {
  latin1: ['hello', 'caf\xe9 \xa9\xff', 'a\0b', 'x'.repeat(1000), '\x80\x9f'],
  utf16: ['hello', 'hé€😀', 'a\ud800b\udc00', 'a\0b', '日本語'.repeat(300)],
};
for (const [kind, make] of [['latin1', a.makeLatin1], ['utf16', a.makeUtf16]]) {
  for (const text of samples[kind]) {
    const autoLength = !text.includes('\0');
    for (const withFinalizer of [true, false]) {
      const r = make(text, autoLength, withFinalizer);
      assert.strictEqual(typeof r.value, 'string');
      assert.strictEqual(r.value, text);
      assert.strictEqual(r.value.length, text.length);
      assert.strictEqual(r.copied, false);          // used in place, not copied
      assert.strictEqual(a.isFinalized(r.slot), false);
    }
  }
}
// NAPI_AUTO_LENGTH stops at the first NUL.
assert.strictEqual(a.makeLatin1('ab\0cd', true, true).value, 'ab');
assert.strictEqual(a.makeUtf16('ab\0cd', true, true).value, 'ab');
// `copied` may be NULL.
assert.strictEqual(a.makeWithoutCopied(), 'no copied flag');

// An empty string needs no buffer: its finalizer runs before the call returns.
for (const make of [a.makeLatin1, a.makeUtf16]) {
  for (const autoLength of [true, false]) {
    const r = make('', autoLength, true);
    assert.strictEqual(r.value, '');
    assert.strictEqual(r.copied, false);
    assert.strictEqual(a.isFinalized(r.slot), true);
  }
}

// External strings are ordinary strings to JS.
{
  const s = a.makeLatin1('caf\xe9 au lait', false, true).value;
  const u = a.makeUtf16('😀 smile', false, true).value;
  assert.strictEqual(s + u, 'caf\xe9 au lait😀 smile');
  assert.strictEqual(s.slice(5), 'au lait');
  assert.strictEqual(s.charCodeAt(3), 0xe9);
  assert.strictEqual(u.codePointAt(0), 0x1f600);
  assert.ok(/au/.test(s));
  assert.strictEqual(JSON.stringify({ s }), '{"s":"café au lait"}');
  assert.strictEqual(Symbol.for(s), Symbol.for('café au lait'));
  assert.strictEqual(typeof s, 'string');
  assert.strictEqual(Object.prototype.toString.call(u), '[object String]');
}

// ---- finalization ----
// Strings still reachable keep their buffers: GC runs, nothing is finalized,
// and the text (poisoned by the finalizer) reads back intact.
{
  const kept = [];
  for (let i = 0; i < 50; i++) {
    kept.push([`kept latin1 ${i}`, a.makeLatin1(`kept latin1 ${i}`, false, true)]);
    kept.push([`kept utf16 € ${i}`, a.makeUtf16(`kept utf16 € ${i}`, true, true)]);
    a.makeLatin1(`garbage ${i}`, false, true);    // dropped at once
    a.makeUtf16(`garbage € ${i}`, false, true);
  }
  // Used as property keys (V8 internalizes them, possibly by copying).
  const keyed = {};
  kept.forEach(([, r], i) => { if (i % 2 === 0) keyed[r.value] = i; });
  for (let i = 0; i < 3; i++) globalThis.gc();
  for (const [text, r] of kept) {
    assert.strictEqual(r.value, text);
    assert.strictEqual(r.value + '', text);
  }
  kept.forEach(([text, r], i) => {
    if (i % 2 === 0) assert.strictEqual(keyed[text], i);
    if (i % 2 === 1) assert.strictEqual(a.isFinalized(r.slot), false);
  });
  assert.deepStrictEqual(Object.keys(keyed), kept.filter((_, i) => i % 2 === 0).map(([t]) => t));
}
// Finalizers of collected strings run (during GC in Node, queued and run
// outside GC in nari — every one exactly once by exit, checked by the addon);
// never twice, never with the wrong data or hint.
assert.ok(a.finalizedCount() <= 204);
assert.strictEqual(a.errorCount(), 0);

// ---- property keys ----
assert.deepStrictEqual(a.propertyKeyCases(), [
  'café', 'caf', 'a\0b', '',             // latin1
  'café', 'caf', 'a\0b', '', 'length',   // utf8
  'hé€😀', 'hé', '',                      // utf16
]);
for (const s of ['', 'x', 'name', 'café', 'a\0b', '0', '4294967295', 'constructor']) {
  assert.strictEqual(a.propertyKey(0, s), s);
}
for (const s of ['', 'name', 'héllo wörld', '😀', '日本', '__proto__', '12']) {
  assert.strictEqual(a.propertyKey(1, s), s);
  assert.strictEqual(a.propertyKey(2, s), s);
}
{
  const o = {};
  o[a.propertyKey(1, 'key')] = 1;
  o[a.propertyKey(2, '7')] = 2;          // an index key stays an index
  assert.deepStrictEqual(Object.keys(o), ['7', 'key']);
  assert.strictEqual(o.key, 1);
  assert.strictEqual([10, 20][a.propertyKey(0, '1')], 20);
}

// ---- argument checks ----
assert.deepStrictEqual(a.nullArgs(), [
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,   // latin1 external
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,   // utf16 external
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,   // latin1 key
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,   // utf8 key
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,   // utf16 key
  ok,                                                   // no finalizer ran
]);
assert.deepStrictEqual(a.nullEnv(), new Array(5).fill(invalid_arg));
assert.deepStrictEqual(a.whilePending(), new Array(5).fill(ok));

console.log('external strings: ok');
