'use strict';
// Object/array property APIs.
const assert = require('assert');
const a = require('./build/objects.node');

const invalid_arg = 1, object_expected = 2, name_expected = 4,
  array_expected = 8, generic_failure = 9;
const OK = { ok: true };
const val = (value) => ({ ok: true, value });

// napi_create_object
const o = a.createObject();
assert.deepStrictEqual(o, {});
assert.strictEqual(Object.getPrototypeOf(o), Object.prototype);
assert.notStrictEqual(a.createObject(), a.createObject());

// set/get/has/delete with string, number and symbol keys
const sym = Symbol('key');
assert.deepStrictEqual(a.setProperty(o, 'x', 1), OK);
assert.deepStrictEqual(a.setProperty(o, sym, 'symval'), OK);
assert.deepStrictEqual(a.setProperty(o, 7, 'seven'), OK);  // key converted
assert.strictEqual(o.x, 1);
assert.strictEqual(o[sym], 'symval');
assert.strictEqual(o['7'], 'seven');
assert.deepStrictEqual(a.getProperty(o, 'x'), val(1));
assert.deepStrictEqual(a.getProperty(o, sym), val('symval'));
assert.deepStrictEqual(a.getProperty(o, '7'), val('seven'));
assert.deepStrictEqual(a.getProperty(o, 'missing'), val(undefined));
assert.deepStrictEqual(a.getProperty(o, 'toString'), val(Object.prototype.toString));
assert.deepStrictEqual(a.hasProperty(o, 'x'), val(true));
assert.deepStrictEqual(a.hasProperty(o, sym), val(true));
assert.deepStrictEqual(a.hasProperty(o, 7), val(true));
assert.deepStrictEqual(a.hasProperty(o, 'missing'), val(false));
assert.deepStrictEqual(a.hasProperty(o, 'toString'), val(true)); // inherited
assert.deepStrictEqual(a.hasOwnProperty(o, 'x'), val(true));
assert.deepStrictEqual(a.hasOwnProperty(o, sym), val(true));
assert.deepStrictEqual(a.hasOwnProperty(o, 'toString'), val(false));
assert.deepStrictEqual(a.hasOwnProperty(o, 'missing'), val(false));
assert.deepStrictEqual(a.deleteProperty(o, 'x'), val(true));
assert.strictEqual('x' in o, false);
assert.deepStrictEqual(a.deleteProperty(o, 'x'), val(true)); // absent: true
assert.deepStrictEqual(a.deleteProperty(o, sym), val(true));
assert.deepStrictEqual(a.deletePropertyNoResult(o, '7'), OK);
assert.deepStrictEqual(Object.keys(o), []);

// Non-configurable properties cannot be deleted (result false, status ok).
const frozen = Object.freeze({ k: 1 });
assert.deepStrictEqual(a.deleteProperty(frozen, 'k'), val(false));
assert.strictEqual(frozen.k, 1);
// Setting on a frozen object is not an error for napi_set_property.
assert.deepStrictEqual(a.setProperty(frozen, 'k', 2), OK);
assert.strictEqual(frozen.k, 1);

// Setters/getters on the JS side run.
let setterArg;
const acc = { get g() { return 'got'; }, set s(v) { setterArg = v; } };
assert.deepStrictEqual(a.getProperty(acc, 'g'), val('got'));
assert.deepStrictEqual(a.setProperty(acc, 's', 99), OK);
assert.strictEqual(setterArg, 99);

// has_own_property needs a name (string or symbol).
for (const badKey of [1, {}, null, undefined, true]) {
  assert.deepStrictEqual(a.hasOwnProperty({ 1: 1 }, badKey), { status: name_expected });
}

// Named variants.
const n = {};
assert.deepStrictEqual(a.setNamed(n, 'hello', 'world'), OK);
assert.strictEqual(n.hello, 'world');
assert.deepStrictEqual(a.setNamed(n, 'ünï', 1), OK);  // UTF-8 name
assert.strictEqual(n['ünï'], 1);
assert.deepStrictEqual(a.getNamed(n, 'hello'), val('world'));
assert.deepStrictEqual(a.getNamed(n, 'ünï'), val(1));
assert.deepStrictEqual(a.getNamed(n, 'nope'), val(undefined));
assert.deepStrictEqual(a.hasNamed(n, 'hello'), val(true));
assert.deepStrictEqual(a.hasNamed(n, 'hasOwnProperty'), val(true));
assert.deepStrictEqual(a.hasNamed(n, 'nope'), val(false));

// Elements.
const arr = a.createArray();
assert.ok(Array.isArray(arr));
assert.strictEqual(arr.length, 0);
assert.deepStrictEqual(a.setElement(arr, 0, 'a'), OK);
assert.deepStrictEqual(a.setElement(arr, 2, 'c'), OK);
assert.strictEqual(arr.length, 3);
assert.deepStrictEqual(a.getElement(arr, 0), val('a'));
assert.deepStrictEqual(a.getElement(arr, 1), val(undefined));
assert.deepStrictEqual(a.hasElement(arr, 0), val(true));
assert.deepStrictEqual(a.hasElement(arr, 1), val(false)); // hole
assert.deepStrictEqual(a.hasElement(arr, 5), val(false));
assert.deepStrictEqual(a.deleteElement(arr, 0), val(true));
assert.deepStrictEqual(a.hasElement(arr, 0), val(false));
assert.strictEqual(arr.length, 3); // delete leaves a hole
assert.deepStrictEqual(a.setElement(arr, 4294967294, 'last'), OK);
assert.strictEqual(arr.length, 4294967295);
assert.deepStrictEqual(a.getElement(arr, 4294967294), val('last'));
// Elements also work on plain objects.
const eo = {};
assert.deepStrictEqual(a.setElement(eo, 3, 'x'), OK);
assert.deepStrictEqual(eo, { 3: 'x' });
assert.deepStrictEqual(a.deleteElement(Object.freeze([1]), 0), val(false));

// Array creation and length.
const sized = a.createArrayWithLength(5);
assert.ok(Array.isArray(sized));
assert.strictEqual(sized.length, 5);
assert.strictEqual(0 in sized, false); // holes
assert.strictEqual(a.createArrayWithLength(0).length, 0);
assert.deepStrictEqual(a.getArrayLength([1, 2, 3]), val(3));
assert.deepStrictEqual(a.getArrayLength([]), val(0));
assert.deepStrictEqual(a.getArrayLength(sized), val(5));
for (const notArray of [{}, { length: 3 }, 'abc', 1, undefined, null,
                        new Uint8Array(2), new Proxy({}, {})]) {
  assert.deepStrictEqual(a.getArrayLength(notArray), { status: array_expected });
}
assert.deepStrictEqual(a.isArray([]), val(true));
assert.deepStrictEqual(a.isArray(sized), val(true));
// Unlike Array.isArray, napi_is_array does not look through a Proxy.
assert.deepStrictEqual(a.isArray(new Proxy([], {})), val(false));
for (const notArray of [{}, 'abc', 1, undefined, null, new Uint8Array(2),
                        { length: 0 }]) {
  assert.deepStrictEqual(a.isArray(notArray), val(false));
}

// Primitive receivers are converted with ToObject: no error.
for (const prim of [1, 'str', true, Symbol('s'), 1n]) {
  assert.deepStrictEqual(a.setProperty(prim, 'k', 1), OK);
  assert.deepStrictEqual(a.getProperty(prim, 'k'), val(undefined));
  assert.deepStrictEqual(a.hasProperty(prim, 'k'), val(false));
  assert.deepStrictEqual(a.hasOwnProperty(prim, 'k'), val(false));
  assert.deepStrictEqual(a.deleteProperty(prim, 'k'), val(true));
  assert.deepStrictEqual(a.setNamed(prim, 'k', 1), OK);
  assert.deepStrictEqual(a.getNamed(prim, 'k'), val(undefined));
  assert.deepStrictEqual(a.hasNamed(prim, 'k'), val(false));
  assert.deepStrictEqual(a.isArray(prim), val(false));
}
assert.deepStrictEqual(a.getProperty('str', 'length'), val(3));
assert.deepStrictEqual(a.getElement('str', 1), val('t'));
assert.deepStrictEqual(a.hasElement('str', 1), val(true));
assert.deepStrictEqual(a.getNamed(5, 'toFixed'), val(Number.prototype.toFixed));

// undefined/null receivers: napi_object_expected AND a pending TypeError
// (ToObject threw; the helper clears and returns it).
function checkObjectExpected(r) {
  assert.strictEqual(r.status, object_expected);
  assert.ok(r.exception instanceof TypeError);
}
for (const nil of [undefined, null]) {
  checkObjectExpected(a.setProperty(nil, 'k', 1));
  checkObjectExpected(a.getProperty(nil, 'k'));
  checkObjectExpected(a.hasProperty(nil, 'k'));
  checkObjectExpected(a.hasOwnProperty(nil, 'k'));
  checkObjectExpected(a.deleteProperty(nil, 'k'));
  checkObjectExpected(a.setNamed(nil, 'k', 1));
  checkObjectExpected(a.getNamed(nil, 'k'));
  checkObjectExpected(a.hasNamed(nil, 'k'));
  checkObjectExpected(a.setElement(nil, 0, 1));
  checkObjectExpected(a.getElement(nil, 0));
  checkObjectExpected(a.hasElement(nil, 0));
  checkObjectExpected(a.deleteElement(nil, 0));
  checkObjectExpected(a.defineErrors(nil));
}

// JS code that throws while napi accesses a property leaves the exception
// pending. Node.js before 22 reported napi_generic_failure; Node.js 22 and
// later (and nari, which reports 22.x) report napi_pending_exception.
const nodeMajor = Number(process.versions.node.split('.')[0]);
const threw = nodeMajor >= 22 ? 10 : generic_failure;
const boom = new RangeError('boom');
const thrower = { get x() { throw boom; } };
assert.deepStrictEqual(a.getProperty(thrower, 'x'), { status: threw, exception: boom });
assert.deepStrictEqual(a.getNamed(thrower, 'x'), { status: threw, exception: boom });
const trapErr = (name) => new Error(name);
const errs = {};
const trap = (name) => () => { throw (errs[name] = trapErr(name)); };
const px = new Proxy({}, {
  has: trap('has'), get: trap('get'), set: trap('set'),
  deleteProperty: trap('del'), getOwnPropertyDescriptor: trap('gopd'),
  defineProperty: trap('dp'),
});
const gf = (name) => ({ status: threw, exception: errs[name] });
let r;
r = a.setProperty(px, 'k', 1); assert.deepStrictEqual(r, gf('set'));
r = a.getProperty(px, 'k'); assert.deepStrictEqual(r, gf('get'));
r = a.hasProperty(px, 'k'); assert.deepStrictEqual(r, gf('has'));
r = a.hasOwnProperty(px, 'k'); assert.deepStrictEqual(r, gf('gopd'));
r = a.deleteProperty(px, 'k'); assert.deepStrictEqual(r, gf('del'));
r = a.setNamed(px, 'k', 1); assert.deepStrictEqual(r, gf('set'));
r = a.getNamed(px, 'k'); assert.deepStrictEqual(r, gf('get'));
r = a.hasNamed(px, 'k'); assert.deepStrictEqual(r, gf('has'));
r = a.setElement(px, 0, 1); assert.deepStrictEqual(r, gf('set'));
r = a.getElement(px, 0); assert.deepStrictEqual(r, gf('get'));
r = a.hasElement(px, 0); assert.deepStrictEqual(r, gf('has'));
r = a.deleteElement(px, 0); assert.deepStrictEqual(r, gf('del'));
// napi_define_properties leaves a throwing defineProperty trap's exception
// pending; Node.js before 22 reported it as napi_invalid_arg.
r = a.defineErrors(px);
assert.deepStrictEqual(r, { status: nodeMajor >= 22 ? threw : invalid_arg, exception: errs.dp });
// A key whose conversion throws.
const badKey = { toString() { throw boom; } };
assert.deepStrictEqual(a.hasProperty({}, badKey), { status: threw, exception: boom });

// When the addon just returns, the pending exception propagates to JS.
assert.throws(() => a.getAndPropagate(thrower, 'x'), boom);
assert.throws(() => a.getNamedAndPropagate(thrower, 'x'), boom);
assert.throws(() => a.getAndPropagate(undefined, 'x'), TypeError);

// NULL arguments.
const nulls = new Array(39).fill(invalid_arg);
nulls[37] = 0; // napi_delete_property with NULL result
nulls[38] = 0; // napi_delete_element with NULL result
assert.deepStrictEqual(a.nullArgs(), nulls);
// define_properties: NULL descriptors with count 1, NULL object, count 0 and
// NULL descriptors (fine), descriptor named by a non-name napi_value.
assert.deepStrictEqual(a.defineNullArgs(), [invalid_arg, invalid_arg, 0, name_expected]);

console.log('objects: ok');
