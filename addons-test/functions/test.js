'use strict';
// napi_create_function, napi_call_function, napi_get_cb_info, napi_get_new_target
const assert = require('assert');
const a = require('./build/functions.node');

const ok = 0, invalid_arg = 1, pending_exception = 10;
const f = a.makeFunctions();

// ---- napi_create_function ----
assert.strictEqual(typeof f.named, 'function');
assert.strictEqual(f.named.name, 'named');
assert.strictEqual(f.explicit.name, 'explicit');   // length 8 of "explicitXYZ"
assert.strictEqual(f.anonymous.name, '');           // NULL name
assert.strictEqual(f.anonymousAuto.name, '');       // NULL name, NAPI_AUTO_LENGTH
assert.strictEqual(f.empty.name, '');
assert.strictEqual(f.utf8.name, 'füñ');
assert.strictEqual(f.named.length, 0);
assert.notStrictEqual(f.named, f.explicit);
assert.ok(f.named instanceof Function);
// NULL callback / NULL result.
assert.deepStrictEqual(a.createNulls(), [invalid_arg, invalid_arg]);

// ---- napi_get_cb_info ----
// Fewer args than slots: missing slots are undefined, argc = actual count.
let r = f.named();
assert.strictEqual(r.argc, 0);
assert.deepStrictEqual(r.args, [undefined, undefined, undefined]);
r = f.named('a');
assert.strictEqual(r.argc, 1);
assert.deepStrictEqual(r.args, ['a', undefined, undefined]);
r = f.named(1, 2, 3);
assert.strictEqual(r.argc, 3);
assert.deepStrictEqual(r.args, [1, 2, 3]);
// More args than slots: only the first ones copied, argc = actual count.
r = f.named(1, 2, 3, 4, 5);
assert.strictEqual(r.argc, 5);
assert.deepStrictEqual(r.args, [1, 2, 3]);
// Explicitly passed undefined counts.
assert.strictEqual(f.named(undefined, undefined).argc, 2);
// Only the count.
assert.strictEqual(f.countOnly(), 0);
assert.strictEqual(f.countOnly(1, 2, 3, 4), 4);
assert.strictEqual(f.countOnly(...new Array(100).fill(0)), 100);
// One slot: the slot past the requested count is not written.
assert.deepStrictEqual(f.oneSlot(), [0, undefined, 'untouched']);
assert.deepStrictEqual(f.oneSlot('x'), [1, 'x', 'untouched']);
assert.deepStrictEqual(f.oneSlot('x', 'y', 'z'), [3, 'x', 'untouched']);

// data pointer.
assert.strictEqual(f.named().data, 1234);
assert.strictEqual(f.anonymous().data, -1);

// this.
const recv = { fn: f.named };
assert.strictEqual(recv.fn().self, recv);
assert.strictEqual(f.named.call(recv).self, recv);
assert.strictEqual(f.thisOnly.call(recv), recv);
// Native functions are sloppy: undefined receiver -> global object,
// primitive receiver -> wrapper object.
assert.strictEqual(f.named.call(undefined).self, globalThis);
const boxed = f.thisOnly.call(5);
assert.strictEqual(typeof boxed, 'object');
assert.ok(boxed instanceof Number);
assert.strictEqual(boxed.valueOf(), 5);

// NULL cbinfo, argv without argc -> invalid_arg; nothing requested -> ok.
assert.deepStrictEqual(f.cbInfoNulls(), [invalid_arg, invalid_arg, ok, invalid_arg, invalid_arg]);

// ---- napi_get_new_target ----
assert.strictEqual(f.named().newTarget, null);          // plain call -> NULL
assert.strictEqual(recv.fn().newTarget, null);
const inst = new f.named('c');
assert.strictEqual(inst.newTarget, f.named);
assert.strictEqual(inst.argc, 1);
assert.deepStrictEqual(inst.args, ['c', undefined, undefined]);
assert.ok(inst.self instanceof f.named);                 // `this` is the new object
class Sub extends f.named {}
const sub = new Sub();
assert.strictEqual(sub.newTarget, Sub);
function Other() {}
assert.strictEqual(Reflect.construct(f.named, [], Other).newTarget, Other);
assert.ok(Reflect.construct(f.named, [], Other).self instanceof Other);

// ---- napi_call_function ----
function strictThis(...args) { return { self: this, args }; } // file is strict
const target = {};
let c = a.callFunction(target, strictThis, 1, 'two', null);
assert.strictEqual(c.ok, true);
assert.strictEqual(c.value.self, target);
assert.deepStrictEqual(c.value.args, [1, 'two', null]);
c = a.callFunction(undefined, strictThis);
assert.strictEqual(c.value.self, undefined);
assert.deepStrictEqual(c.value.args, []);
c = a.callFunction(42, strictThis);
assert.strictEqual(c.value.self, 42);   // strict callee sees the primitive
// Sloppy callee with undefined receiver sees the global object.
// eslint-disable-next-line no-new-func
const sloppy = new Function('return this');
assert.strictEqual(a.callFunction(undefined, sloppy).value, globalThis);
// Calling built-ins and native functions.
assert.strictEqual(a.callFunction(undefined, Math.max, 3, 9, 4).value, 9);
assert.strictEqual(a.callFunction([1, 2], Array.prototype.join, '-').value, '1-2');
assert.strictEqual(a.callFunction(undefined, f.named, 'n').value.args[0], 'n');
// Return value passes through.
const ret = {};
assert.strictEqual(a.callFunction(undefined, () => ret).value, ret);
assert.strictEqual(a.callFunction(undefined, () => {}).value, undefined);

// Callee throws: napi_pending_exception, exception pending, cleared by
// napi_get_and_clear_last_exception which returns the thrown value.
const err = new TypeError('from callee');
c = a.callFunction(undefined, () => { throw err; });
assert.deepStrictEqual(c, { status: pending_exception, pending: true, exception: err });
c = a.callFunction(undefined, () => { throw 'a string'; });
assert.deepStrictEqual(c, { status: pending_exception, pending: true, exception: 'a string' });
c = a.callFunction(undefined, () => { throw undefined; });
assert.strictEqual(c.status, pending_exception);
assert.strictEqual(c.pending, true);
assert.strictEqual(c.exception, undefined);
// Calling a class constructor without new throws a TypeError.
c = a.callFunction(undefined, class K {});
assert.strictEqual(c.status, pending_exception);
assert.ok(c.exception instanceof TypeError);

// Not a function: napi_invalid_arg, nothing pending.
for (const notFn of [5, 'f', {}, null, undefined, Symbol('f')]) {
  assert.deepStrictEqual(a.callFunction(undefined, notFn), { status: invalid_arg, pending: false });
}

// Exception propagates to the JS caller when the addon returns.
assert.throws(() => a.callAndPropagate(() => { throw err; }), err);
assert.throws(() => a.callAndPropagate(() => { throw new RangeError('r'); }),
              { name: 'RangeError', message: 'r' });

// NULL recv / func / argv (argc > 0) -> invalid_arg; NULL result is allowed;
// non-function func -> invalid_arg.
let calls = 0;
assert.deepStrictEqual(a.callNulls(() => { calls++; }),
                       [invalid_arg, invalid_arg, invalid_arg, ok, invalid_arg, invalid_arg]);
assert.strictEqual(calls, 1);

console.log('functions: ok');

// napi_new_instance: constructs with arguments; new.target is the constructor.
{
  class Point {
    constructor(x, y) { this.x = x; this.y = y; this.target = new.target; }
  }
  const p = a.newInstance(Point, 1, 2);
  assert.ok(p instanceof Point);
  assert.deepStrictEqual([p.x, p.y, p.target], [1, 2, Point]);
  function Legacy(v) { this.v = v; }
  assert.strictEqual(a.newInstance(Legacy, 'x').v, 'x');
  class Throws { constructor() { throw new RangeError('no'); } }
  assert.throws(() => a.newInstance(Throws), { name: 'RangeError', message: 'no' });
  assert.throws(() => a.newInstance(() => {}), TypeError); // arrows are not constructors
  assert.deepStrictEqual(a.newInstanceNulls(Point), [invalid_arg, invalid_arg, invalid_arg, invalid_arg]);
}
