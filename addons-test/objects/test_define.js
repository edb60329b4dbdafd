'use strict';
// napi_define_properties: values, methods, accessors and attribute combos.
const assert = require('assert');
const a = require('./build/objects.node');

const sym = Symbol('defined');
const target = {};
const r = a.defineOn(target, sym, 'byName');
assert.strictEqual(r.ok, true);
assert.strictEqual(r.value, target);

const desc = (k) => Object.getOwnPropertyDescriptor(target, k);
const dataDesc = (value, writable, enumerable, configurable) =>
  ({ value, writable, enumerable, configurable });

// Value properties and attribute combinations.
assert.deepStrictEqual(desc('plain'), dataDesc(1, false, false, false));
assert.deepStrictEqual(desc('w'), dataDesc(2, true, false, false));
assert.deepStrictEqual(desc('e'), dataDesc(3, false, true, false));
assert.deepStrictEqual(desc('c'), dataDesc(4, false, false, true));
assert.deepStrictEqual(desc('all'), dataDesc(5, true, true, true));
assert.deepStrictEqual(desc('jsprop'), dataDesc(1, true, true, true)); // napi_default_jsproperty

// Methods: value is a function; napi_default -> nothing set,
// napi_default_method -> writable + configurable, not enumerable.
const m = desc('method');
assert.strictEqual(typeof m.value, 'function');
assert.deepStrictEqual([m.writable, m.enumerable, m.configurable], [false, false, false]);
const m2 = desc('method2');
assert.strictEqual(typeof m2.value, 'function');
assert.deepStrictEqual([m2.writable, m2.enumerable, m2.configurable], [true, false, true]);
// Node creates these functions without a name.
assert.strictEqual(target.method.name, '');
assert.strictEqual(target.method2.name, '');
// Methods receive this, args and the descriptor's data pointer.
const res = target.method('arg');
assert.strictEqual(res.self, target);
assert.strictEqual(res.arg, 'arg');
assert.strictEqual(res.data, 42);
assert.strictEqual(target.method2().data, -1); // NULL data
const other = { fn: target.method };
assert.strictEqual(other.fn().self, other);

// Accessors.
const ac = desc('accessor');
assert.strictEqual(typeof ac.get, 'function');
assert.strictEqual(typeof ac.set, 'function');
assert.strictEqual(ac.enumerable, true);
assert.strictEqual(ac.configurable, true);
assert.strictEqual('value' in ac, false);
assert.strictEqual('writable' in ac, false);
target._backing = 'initial';
assert.strictEqual(target.accessor, 'initial');
target.accessor = 'changed';
assert.strictEqual(target._backing, 'changed');
assert.strictEqual(target.accessor, 'changed');

const ro = desc('readonlyAccessor');
assert.strictEqual(typeof ro.get, 'function');
assert.strictEqual(ro.set, undefined);
assert.strictEqual(ro.enumerable, false);
assert.strictEqual(ro.configurable, false);
assert.strictEqual(target.readonlyAccessor, 'changed');

const wo = desc('writeonlyAccessor');
assert.strictEqual(wo.get, undefined);
assert.strictEqual(typeof wo.set, 'function');
target.writeonlyAccessor = 'via setter';
assert.strictEqual(target._backing, 'via setter');
assert.strictEqual(target.writeonlyAccessor, undefined);

// napi_writable is ignored for accessor properties.
const aw = desc('accessorW');
assert.strictEqual(typeof aw.get, 'function');
assert.strictEqual('writable' in aw, false);
assert.strictEqual(aw.set, undefined);

// Properties named by napi_value: a symbol and a string.
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(target, sym), dataDesc(2, false, true, false));
const bn = desc('byName');
assert.strictEqual(typeof bn.value, 'function');
assert.strictEqual(bn.value.name, '');
assert.strictEqual(bn.enumerable, false);

// Enumerable keys in definition order.
assert.deepStrictEqual(Object.keys(target), ['e', 'all', 'jsprop', 'accessor', '_backing']);

// Non-writable value cannot be changed (strict mode assignment throws).
assert.throws(() => { target.plain = 2; }, TypeError);
assert.throws(() => { delete target.plain; }, TypeError);
target.w = 20;
assert.strictEqual(target.w, 20);

// Defining fails without throwing when the property cannot be redefined.
// Node: a value descriptor -> napi_invalid_arg, a method (new function for a
// non-configurable method) -> napi_generic_failure; no exception pending.
assert.deepStrictEqual(a.defineErrors(Object.freeze({})), { status: 1 });
const fixed = {};
Object.defineProperty(fixed, 'x', { value: 0 });
assert.deepStrictEqual(a.defineErrors(fixed), { status: 1 });
assert.strictEqual(fixed.x, 0);
assert.deepStrictEqual(a.defineOn(target, Symbol('x'), 'y'), { status: 9 });

// Defining on a primitive works on a temporary wrapper object: status ok.
assert.deepStrictEqual(a.defineErrors(1), { ok: true });
assert.deepStrictEqual(a.defineErrors('s'), { ok: true });

// Defining on a function and an array.
const fn = function() {};
assert.deepStrictEqual(a.defineErrors(fn), { ok: true });
assert.strictEqual(fn.x, 1);
const ar = [];
assert.deepStrictEqual(a.defineErrors(ar), { ok: true });
assert.strictEqual(ar.x, 1);

console.log('objects define: ok');
