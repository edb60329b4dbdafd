'use strict';
// napi_get_element on arrays of every element kind: nari reads arrays with
// fast elements straight from the heap, so each kind, holes (which reach the
// prototype chain), out-of-range indices and arrays that are not plain
// must give exactly what a JS `array[index]` gives.
const assert = require('assert');
const a = require('./build/objects.node');

const val = (value) => ({ ok: true, value });
function same(array, index) {
  assert.deepStrictEqual(a.getElement(array, index), val(array[index]), `index ${index}`);
}
function sameAll(array, extra = 2) {
  for (let i = 0; i < array.length + extra; i++) same(array, i);
}

// Packed kinds: small integers, doubles (unboxed, including -0, NaN and
// Infinity), and any values.
sameAll([1, 2, 3, -4, 2 ** 30, -(2 ** 31)]);
sameAll([0.5, -0, NaN, Infinity, -Infinity, 1e300, 2 ** 31, 3]);
assert.ok(Object.is(a.getElement([0.5, -0], 1).value, -0));
assert.ok(Number.isNaN(a.getElement([0.5, NaN], 1).value));
const objects = [{}, 'str', Symbol('s'), null, undefined, 10n, [1], () => 1, true];
sameAll(objects);
assert.strictEqual(a.getElement(objects, 0).value, objects[0]);  // the same object

// Holes in each kind read through to the prototype chain.
const holeySmis = [1, , 3];
const holeyDoubles = [0.5, , 1.5];
const holeyObjects = [{}, , 'x'];
sameAll(holeySmis);
sameAll(holeyDoubles);
sameAll(holeyObjects);
sameAll(new Array(5));
Array.prototype[1] = 'from the prototype';
try {
  assert.deepStrictEqual(a.getElement(holeySmis, 1), val('from the prototype'));
  assert.deepStrictEqual(a.getElement(holeyDoubles, 1), val('from the prototype'));
  assert.deepStrictEqual(a.getElement(holeyObjects, 1), val('from the prototype'));
  assert.deepStrictEqual(a.getElement(new Array(3), 1), val('from the prototype'));
  assert.deepStrictEqual(a.getElement([], 1), val('from the prototype'));
} finally {
  delete Array.prototype[1];
}
let getterCalls = 0;
Object.defineProperty(Array.prototype, 2, {
  configurable: true,
  get() { getterCalls++; return `getter on ${this.length}`; },
});
try {
  assert.deepStrictEqual(a.getElement([1, 2], 2), val('getter on 2'));
  assert.deepStrictEqual(a.getElement([1, 2, , 4], 2), val('getter on 4'));
  assert.deepStrictEqual(a.getElement([1, 2, 3], 2), val(3));  // own element wins
  assert.strictEqual(getterCalls, 2);
} finally {
  delete Array.prototype[2];
}

// Own accessors, frozen, sealed, sparse, length-changed and subclassed arrays.
const withGetter = [1, 2, 3];
Object.defineProperty(withGetter, 1, { get() { return 'own getter'; } });
assert.deepStrictEqual(a.getElement(withGetter, 1), val('own getter'));
sameAll(Object.freeze([1, 2.5, 'x']));
sameAll(Object.seal([1, 2, 3]));
sameAll(Object.preventExtensions([0.5, 1.5]));
const sparse = [];
sparse[100000] = 'far';
same(sparse, 100000);
same(sparse, 5);
const shrunk = [1, 2, 3, 4, 5, 6, 7, 8];
shrunk.length = 2;  // the store may keep its capacity: index 5 is gone
sameAll(shrunk, 8);
const shrunkDoubles = [0.5, 1.5, 2.5, 3.5];
shrunkDoubles.length = 1;
sameAll(shrunkDoubles, 4);
class MyArray extends Array {}
const mine = MyArray.from([1, 2, 3]);
sameAll(mine);
const copyOnWrite = () => [1, 2, 3];  // literal arrays share a store until written
sameAll(copyOnWrite());

// Array-likes that are not arrays go through V8's lookup.
sameAll(new Float64Array([1.5, 2.5]));
sameAll({ 0: 'a', 1: 'b', length: 2 });
sameAll(new Proxy([1, 2], {}));
assert.deepStrictEqual(a.getElement(new Proxy([1, 2], { get: () => 'trapped' }), 0), val('trapped'));
(function () { sameAll(arguments); })(1, 'two', 3.5);
