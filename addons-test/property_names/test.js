'use strict';
// napi_get_property_names and napi_get_all_property_names.
const assert = require('assert');
const a = require('./build/property_names.node');

const OWN = 1, ALL = 0; // napi_key_collection_mode
const WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4, SKIP_STRINGS = 8, SKIP_SYMBOLS = 16;
const NUMBERS = 0, STRINGS = 1; // napi_key_conversion

const s1 = Symbol('s1');
const bs = Symbol('bs');
const base = { inherited: 1, [bs]: 2 };
Object.defineProperty(base, 'hiddenBase', { value: 1, enumerable: false });
const o = Object.create(base);
o.b = 1;
o[2] = 'two';
o.a = 2;
o[1] = 'one';
o[s1] = 3;
Object.defineProperty(o, 'ro', { value: 1, enumerable: true, writable: false, configurable: true });
Object.defineProperty(o, 'nc', { value: 1, enumerable: true, writable: true, configurable: false });
Object.defineProperty(o, 'ne', { value: 1, enumerable: false, writable: true, configurable: true });
Object.defineProperty(o, 'acc', { get() {}, enumerable: true, configurable: true });

const ok = (r) => {
  assert.strictEqual(r.ok, true, JSON.stringify(r));
  return r.value;
};
const objectKeys = Reflect.ownKeys(Object.prototype);

// napi_get_property_names: what for...in visits (enumerable string keys, own
// and inherited, indices first, as strings).
const forIn = [];
for (const k in o) forIn.push(k);
assert.deepStrictEqual(ok(a.names(o)), forIn);
assert.deepStrictEqual(forIn, ['1', '2', 'b', 'a', 'ro', 'nc', 'acc', 'inherited']);
assert.deepStrictEqual(ok(a.allNames(o, ALL, ENUMERABLE | SKIP_SYMBOLS, STRINGS)), forIn);

// Own keys, every filter bit, both conversions.
const own = [1, 2, 'b', 'a', 'ro', 'nc', 'ne', 'acc', s1];
const str = (keys) => keys.map((k) => (typeof k === 'number' ? String(k) : k));
assert.deepStrictEqual(ok(a.allNames(o, OWN, 0, NUMBERS)), own);
assert.deepStrictEqual(ok(a.allNames(o, OWN, 0, STRINGS)), str(own));
assert.deepStrictEqual(ok(a.allNames(o, OWN, WRITABLE, NUMBERS)), own.filter((k) => k !== 'ro'));
assert.deepStrictEqual(ok(a.allNames(o, OWN, ENUMERABLE, NUMBERS)), own.filter((k) => k !== 'ne'));
assert.deepStrictEqual(ok(a.allNames(o, OWN, CONFIGURABLE, NUMBERS)), own.filter((k) => k !== 'nc'));
assert.deepStrictEqual(ok(a.allNames(o, OWN, SKIP_STRINGS, NUMBERS)), [s1]);
assert.deepStrictEqual(ok(a.allNames(o, OWN, SKIP_SYMBOLS, STRINGS)), str(own.slice(0, -1)));
assert.deepStrictEqual(ok(a.allNames(o, OWN, SKIP_STRINGS | SKIP_SYMBOLS, NUMBERS)), []);
assert.deepStrictEqual(ok(a.allNames(o, OWN, WRITABLE | CONFIGURABLE, NUMBERS)),
  [1, 2, 'b', 'a', 'ne', 'acc', s1]);
// Unknown filter bits are ignored.
assert.deepStrictEqual(ok(a.allNames(o, OWN, 32, NUMBERS)), own);

// With prototypes: own keys, then each prototype's (down to Object.prototype).
assert.deepStrictEqual(ok(a.allNames(o, ALL, 0, NUMBERS)),
  [...own, 'inherited', 'hiddenBase', bs, ...objectKeys]);
assert.deepStrictEqual(ok(a.allNames(o, ALL, ENUMERABLE, STRINGS)),
  ['1', '2', 'b', 'a', 'ro', 'nc', 'acc', s1, 'inherited', bs]);
assert.deepStrictEqual(ok(a.allNames(o, ALL, SKIP_STRINGS, NUMBERS)), [s1, bs]);
// A non-enumerable own key hides an enumerable inherited one.
const shadow = Object.create({ x: 1, y: 2 });
shadow.x = 3;
Object.defineProperty(shadow, 'y', { value: 1, enumerable: false });
assert.deepStrictEqual(ok(a.names(shadow)), ['x']);

// Arrays, functions, class instances.
assert.deepStrictEqual(ok(a.names([7, 8])), ['0', '1']);
assert.deepStrictEqual(ok(a.allNames([7, 8], OWN, 0, NUMBERS)), [0, 1, 'length']);
assert.deepStrictEqual(ok(a.allNames([7, 8], OWN, 0, STRINGS)), ['0', '1', 'length']);
class C { m() {} }
const ci = new C();
ci.own = 1;
assert.deepStrictEqual(ok(a.names(ci)), ['own']);
assert.ok(ok(a.allNames(ci, ALL, 0, STRINGS)).includes('m'));

// Primitives are boxed; null and undefined are napi_object_expected + TypeError.
assert.deepStrictEqual(ok(a.names('ab')), ['0', '1']);
assert.deepStrictEqual(ok(a.allNames('ab', OWN, 0, NUMBERS)), [0, 1, 'length']);
assert.deepStrictEqual(ok(a.names(5)), []);
for (const v of [null, undefined]) {
  const r = a.names(v);
  assert.strictEqual(r.status, 2);
  assert.ok(r.exception instanceof TypeError);
  const r2 = a.allNames(v, OWN, 0, NUMBERS);
  assert.strictEqual(r2.status, 2);
  assert.ok(r2.exception instanceof TypeError);
}
// The object is converted before the enums are checked.
assert.strictEqual(a.allNames(null, 9, 0, 9).status, 2);

// Invalid key_mode or key_conversion: napi_invalid_arg, nothing pending.
assert.deepStrictEqual(a.allNames(o, 2, 0, NUMBERS), { status: 1 });
assert.deepStrictEqual(a.allNames(o, 0xffffffff, 0, NUMBERS), { status: 1 });
assert.deepStrictEqual(a.allNames(o, OWN, 0, 2), { status: 1 });
assert.deepStrictEqual(a.allNames(o, OWN, 0, 0xffffffff), { status: 1 });

// Proxies: the ownKeys trap runs; its exception stays pending.
const trap = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
for (const r of [a.names(trap), a.allNames(trap, OWN, 0, NUMBERS)]) {
  assert.strictEqual(r.status, 10);
  assert.strictEqual(r.exception.message, 'trap');
}
const listed = new Proxy({ x: 1 }, {
  ownKeys() { return ['y', 'x']; },
  getOwnPropertyDescriptor() { return { value: 1, enumerable: true, configurable: true }; },
});
assert.deepStrictEqual(ok(a.names(listed)), ['y', 'x']);

// NULL object and result (also before an invalid enum), NULL env.
assert.deepStrictEqual(a.nullArgs(), [1, 1, 1, 1, 1, 1, 1]);
// A pending exception refuses both.
assert.deepStrictEqual(a.pending(), [10, 10]);
