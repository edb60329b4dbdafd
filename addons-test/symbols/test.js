'use strict';
// napi_create_symbol and node_api_symbol_for (Node-API 9).
const assert = require('assert');
const a = require('./build/symbols.node');

const ok = 0, invalid_arg = 1, string_expected = 3;

// ---- unique symbols ----
{
  const s = a.createSymbol();
  assert.strictEqual(typeof s, 'symbol');
  assert.strictEqual(s.description, undefined);
  assert.strictEqual(s.toString(), 'Symbol()');
  assert.notStrictEqual(a.createSymbol(), s);
  assert.strictEqual(Symbol.keyFor(s), undefined);
}
for (const d of ['', 'abc', 'héllo 😀', 'a\0b']) {
  const s = a.createSymbol(d);
  assert.strictEqual(typeof s, 'symbol');
  assert.strictEqual(s.description, d);
  assert.notStrictEqual(a.createSymbol(d), s);     // never shared
  assert.notStrictEqual(s, Symbol.for(d));
  assert.strictEqual(Symbol.keyFor(s), undefined);
}
{
  // Usable as a property key.
  const s = a.createSymbol('key');
  const o = { [s]: 1 };
  assert.strictEqual(o[s], 1);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(o), [s]);
}
// The description must be a string value (not coerced, not a String object).
for (const d of [undefined, null, 1, true, {}, new String('x'), Symbol('x'), 1n]) {
  assert.strictEqual(a.createSymbol(d), string_expected);
}

// ---- registered symbols ----
assert.deepStrictEqual(a.symbolForCases(), [
  Symbol.for('nari.key'),
  Symbol.for('nari'),
  Symbol.for('a\0b'),
  Symbol.for('a'),
  Symbol.for(''),
  Symbol.for(''),
  Symbol.for('café'),
]);
for (const d of ['', 'x', 'nari.registry', 'héllo 😀', 'a\0b']) {
  const s = a.symbolFor(d);
  assert.strictEqual(s, Symbol.for(d));
  assert.strictEqual(Symbol.keyFor(s), d);
  assert.strictEqual(s.description, d);
}
// Registered from JS first, then looked up from C.
const early = Symbol.for('registered.from.js');
assert.strictEqual(a.symbolFor('registered.from.js'), early);

// ---- argument checks ----
assert.deepStrictEqual(a.nullArgs(), [
  invalid_arg, invalid_arg, invalid_arg, string_expected,
  invalid_arg, invalid_arg, invalid_arg, invalid_arg,
  ok, ok,
]);
assert.deepStrictEqual(a.nullEnv(), [invalid_arg, invalid_arg]);
assert.deepStrictEqual(a.whilePending(), [ok, ok]);

console.log('symbols: ok');
