'use strict';
// Primitive value creation/extraction, napi_typeof, napi_strict_equals.
const assert = require('assert');
const a = require('./build/values.node');

const invalid_arg = 1, number_expected = 6, boolean_expected = 7;

// Singletons.
assert.strictEqual(a.getUndefined(), undefined);
assert.strictEqual(a.getNull(), null);
assert.strictEqual(a.getGlobal(), globalThis);
assert.deepStrictEqual(a.getTrueFalse(), [true, false]);
assert.strictEqual(a.getBoolean(true), true);
assert.strictEqual(a.getBoolean(false), false);

// napi_create_int32 / uint32 / int64 / double from C values.
const created = a.createCases();
const expected = [
  0, 2147483647, -2147483648, -1,
  0, 4294967295, 2147483648,
  0, 2 ** 63, -(2 ** 63), 2 ** 53, -(2 ** 53), 12345678901,
  0.5, -0, Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE,
];
assert.strictEqual(created.length, expected.length);
for (let i = 0; i < expected.length; i++) {
  assert.ok(Object.is(created[i], expected[i]),
            `createCases[${i}]: ${created[i]} vs ${expected[i]}`);
}

// Conversions: [input, int32, uint32, int64 (string), double]
const conv = [
  [0, 0, 0, '0', 0],
  [-0, 0, 0, '0', -0],
  [1, 1, 1, '1', 1],
  [-1, -1, 4294967295, '-1', -1],
  [1.9, 1, 1, '1', 1.9],
  [-1.9, -1, 4294967295, '-1', -1.9],
  [2 ** 31, -2147483648, 2147483648, '2147483648', 2 ** 31],
  [2 ** 32 + 1, 1, 1, '4294967297', 2 ** 32 + 1],
  [4294967295.5, -1, 4294967295, '4294967295', 4294967295.5],
  [2 ** 53 + 2, 2, 2, '9007199254740994', 2 ** 53 + 2],
  [1e20, 1661992960, 1661992960, '9223372036854775807', 1e20],
  [-1e20, -1661992960, 2632974336, '-9223372036854775808', -1e20],
  [2 ** 63, 0, 0, '9223372036854775807', 2 ** 63],
  [-(2 ** 63), 0, 0, '-9223372036854775808', -(2 ** 63)],
  [NaN, 0, 0, '0', NaN],
  [Infinity, 0, 0, '0', Infinity],
  [-Infinity, 0, 0, '0', -Infinity],
  [Number.MIN_VALUE, 0, 0, '0', Number.MIN_VALUE],
];
for (const [input, i32, u32, i64, dbl] of conv) {
  assert.ok(Object.is(a.toInt32(input), i32), `int32(${input}) = ${a.toInt32(input)}`);
  assert.ok(Object.is(a.toUint32(input), u32), `uint32(${input}) = ${a.toUint32(input)}`);
  assert.strictEqual(a.toInt64(input), i64, `int64(${input})`);
  assert.ok(Object.is(a.toDouble(input), dbl), `double(${input})`);
}

// Non-numbers (including Number wrapper objects and BigInt) are rejected.
for (const bad of ['1', new Number(5), true, null, undefined, {}, [], 10n,
                   Symbol('s'), () => 1]) {
  for (const fn of [a.toInt32, a.toUint32, a.toInt64, a.toDouble]) {
    assert.deepStrictEqual(fn(bad), { status: number_expected },
                           `${fn.name}(${String(bad)})`);
  }
}

// Booleans.
assert.strictEqual(a.toBool(true), true);
assert.strictEqual(a.toBool(false), false);
for (const bad of [0, 1, '', 'true', null, undefined, new Boolean(true), {}]) {
  assert.deepStrictEqual(a.toBool(bad), { status: boolean_expected });
}

// The output parameter is left untouched when the type is wrong.
assert.strictEqual(a.outputUntouchedOnFailure(), true);

// napi_typeof
const T = { undefined: 0, null: 1, boolean: 2, number: 3, string: 4,
            symbol: 5, object: 6, function: 7, external: 8, bigint: 9 };
const types = [
  [undefined, T.undefined],
  [null, T.null],
  [true, T.boolean], [false, T.boolean],
  [0, T.number], [-0, T.number], [NaN, T.number], [1.5, T.number],
  ['', T.string], ['abc', T.string],
  [Symbol('x'), T.symbol], [Symbol.iterator, T.symbol],
  [{}, T.object], [[], T.object], [new Number(1), T.object],
  [new String('s'), T.object], [/re/, T.object], [new Date(0), T.object],
  [Object.create(null), T.object], [new Proxy({}, {}), T.object],
  [function f() {}, T.function], [() => 1, T.function], [class C {}, T.function],
  [Math.max, T.function], [a.typeOf, T.function],
  [10n, T.bigint], [0n, T.bigint],
  // More of each kind (nari tells most of them from the heap object's type).
  [2 ** 31, T.number], [-1e300, T.number], [Infinity, T.number],
  ['a'.repeat(20) + String(Math.random()), T.string], ['é€😀', T.string],
  [Symbol.for('registered'), T.symbol], [2n ** 200n, T.bigint], [-(2n ** 64n), T.bigint],
  [async () => {}, T.function], [function* g() {}, T.function], [Math.max.bind(null), T.function],
  [new Proxy(function f() {}, {}), T.function], [Proxy, T.function],
  [new Uint8Array(4), T.object], [Buffer.alloc(2), T.object], [new ArrayBuffer(8), T.object],
  [Promise.resolve(), T.object], [new Map(), T.object], [new Error('e'), T.object],
  [globalThis, T.object], [(function () { return arguments; })(), T.object],
  [new (class extends Array {})(), T.object], [Object(1n), T.object], [Object(Symbol()), T.object],
];
for (const [i, [v, t]] of types.entries()) {
  assert.strictEqual(a.typeOf(v), t, `typeof case ${i}`);
}
const ext = a.makeExternal();
assert.strictEqual(a.typeOf(ext), T.external);
assert.strictEqual(typeof ext, 'object');

// napi_strict_equals follows ===.
const o = {};
assert.strictEqual(a.strictEquals(o, o), true);
assert.strictEqual(a.strictEquals(o, {}), false);
assert.strictEqual(a.strictEquals(1, 1), true);
assert.strictEqual(a.strictEquals(1, '1'), false);
assert.strictEqual(a.strictEquals(0, -0), true);
assert.strictEqual(a.strictEquals(NaN, NaN), false);
assert.strictEqual(a.strictEquals('ab', 'a' + 'b'), true);
assert.strictEqual(a.strictEquals(null, undefined), false);
assert.strictEqual(a.strictEquals(undefined, undefined), true);
assert.strictEqual(a.strictEquals(10n, 10n), true);
const sym = Symbol('s');
assert.strictEqual(a.strictEquals(sym, sym), true);
assert.strictEqual(a.strictEquals(Symbol('s'), Symbol('s')), false);

// NULL arguments: all napi_invalid_arg (also when the value has the wrong
// type but the result pointer is NULL).
assert.deepStrictEqual(a.nullArgs(), new Array(26).fill(invalid_arg));

console.log('values: ok');
