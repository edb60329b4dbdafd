'use strict';
// napi_define_class: constructor, prototype and static members, attributes,
// calls with and without new, subclassing from JS.
const assert = require('assert');
const a = require('./build/classes.node');

const sym = Symbol('proto');
const ssym = Symbol('static');
const Point = a.defineClass(sym, ssym);

// The class itself.
assert.strictEqual(typeof Point, 'function');
assert.strictEqual(Point.name, 'Point');
assert.strictEqual(Point.length, 0);
assert.strictEqual(Point.prototype.constructor, Point);
assert.strictEqual(Object.getPrototypeOf(Point), Function.prototype);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Point, 'prototype'),
  { value: Point.prototype, writable: true, enumerable: false, configurable: false });

// Prototype members, in declaration order, then constructor (template order).
assert.deepStrictEqual(Reflect.ownKeys(Point.prototype), [
  'method', 'method2', 'methodE', 'label', 'readonlyLabel', 'writeonlyLabel',
  'kind', 'version', 'constructor', sym,
]);
const desc = (o, k) => Object.getOwnPropertyDescriptor(o, k);
const data = (value, writable, enumerable, configurable) =>
  ({ value, writable, enumerable, configurable });
const proto = Point.prototype;
assert.deepStrictEqual(desc(proto, 'method'), data(proto.method, false, false, false));
assert.deepStrictEqual(desc(proto, 'method2'), data(proto.method2, true, false, true));
assert.deepStrictEqual(desc(proto, 'methodE'), data(proto.methodE, false, true, false));
assert.deepStrictEqual(desc(proto, sym), data(proto[sym], true, false, true));
assert.deepStrictEqual(desc(proto, 'kind'), data('point', false, false, false));
assert.deepStrictEqual(desc(proto, 'version'), data(2, true, true, true));
// Template methods are named after their key; symbol-keyed and accessor ones are not.
assert.strictEqual(proto.method.name, 'method');
assert.strictEqual(proto.method2.name, 'method2');
assert.strictEqual(typeof proto[sym], 'function');
assert.strictEqual(proto[sym].name, '');

const label = desc(proto, 'label');
assert.strictEqual(typeof label.get, 'function');
assert.strictEqual(typeof label.set, 'function');
assert.deepStrictEqual([label.enumerable, label.configurable], [true, true]);
const ro = desc(proto, 'readonlyLabel');
assert.strictEqual(typeof ro.get, 'function');
assert.strictEqual(ro.set, undefined);
assert.deepStrictEqual([ro.enumerable, ro.configurable], [false, false]);
// napi_writable is ignored for accessors.
const wo = desc(proto, 'writeonlyLabel');
assert.strictEqual(wo.get, undefined);
assert.strictEqual(typeof wo.set, 'function');
assert.strictEqual('writable' in wo, false);

// Static members live on the constructor, as napi_define_properties makes them.
assert.deepStrictEqual(desc(Point, 'create'), data(Point.create, false, false, false));
assert.deepStrictEqual(desc(Point, 'ORIGIN'), data(0, false, true, false));
assert.deepStrictEqual(desc(Point, ssym), data('static-sym', true, false, false));
const count = desc(Point, 'count');
assert.strictEqual(typeof count.get, 'function');
assert.deepStrictEqual([count.set, count.enumerable, count.configurable], [undefined, false, true]);
assert.strictEqual(Point.create.name, '');
assert.strictEqual('create' in proto, false);
assert.strictEqual('method' in Point, false);

// new: the constructor gets its data pointer, arguments, this and new.target.
const p = new Point(1, 2);
assert.ok(p instanceof Point);
assert.strictEqual(Object.getPrototypeOf(p), proto);
assert.deepStrictEqual([p.x, p.y, p.argc, p.data], [1, 2, 2, 7]);
assert.strictEqual(p.newTarget, Point);
assert.deepStrictEqual(Object.keys(p), ['x', 'y', 'argc', 'data', 'newTarget']);
const q = new Point('only');
assert.deepStrictEqual([q.x, q.y, q.argc], ['only', undefined, 1]);

// Methods: this, data pointer, arguments.
const m = p.method('a');
assert.strictEqual(m.self, p);
assert.strictEqual(m.data, 11);
assert.strictEqual(m.arg, 'a');
assert.strictEqual(p.method2().data, -1);
assert.strictEqual(p[sym]('z').arg, 'z');
assert.strictEqual(p[sym]().data, 11);
// Prototype methods check their receiver (V8 signature), as in Node.
assert.throws(() => proto.method.call({}), { name: 'TypeError', message: 'Illegal invocation' });
assert.throws(() => proto.method(), TypeError);
// Accessors do not.
p.label = 'L';
assert.deepStrictEqual(p.label, ['L', 13]);
assert.deepStrictEqual(p.readonlyLabel, ['L', -1]);
p.writeonlyLabel = 'W';
assert.deepStrictEqual(p.label, ['W', 13]);
assert.strictEqual(p.writeonlyLabel, undefined);
assert.deepStrictEqual(label.get.call({ _label: 'foreign' }), ['foreign', 13]);
// Value members are shared through the prototype.
assert.strictEqual(p.kind, 'point');
assert.strictEqual(Object.prototype.hasOwnProperty.call(p, 'kind'), false);
assert.throws(() => { p.kind = 'other'; }, TypeError); // read-only, strict mode
p.version = 3;
assert.deepStrictEqual([p.version, proto.version], [3, 2]);

// Without new: allowed; new.target is NULL and this is the receiver.
const called = Point(3, 4);
assert.strictEqual(called.newTarget, undefined);
assert.strictEqual(called.thisArg, globalThis);
assert.deepStrictEqual([called.x, called.y, called.data], [3, 4, 7]);
const receiver = { r: 1 };
assert.strictEqual(Point.call(receiver, 5).thisArg, receiver);
assert.strictEqual('x' in receiver, false);

// Static members.
const made = Point.create(7, 8);
assert.ok(made instanceof Point);
assert.deepStrictEqual([made.x, made.y, made.newTarget], [7, 8, Point]);
const before = Point.count;
assert.strictEqual(before[1], 17);
new Point();
assert.strictEqual(Point.count[0], before[0] + 1);
assert.strictEqual(Point.ORIGIN, 0);
assert.strictEqual(Point[ssym], 'static-sym');

// Subclassing from JS: new.target is the subclass, methods work on its instances.
class Sub extends Point {
  constructor(x) {
    super(x, 9);
    this.sub = true;
  }
  twice() { return this.x * 2; }
}
const s = new Sub(5);
assert.strictEqual(s.newTarget, Sub);
assert.ok(s instanceof Sub);
assert.ok(s instanceof Point);
assert.strictEqual(Object.getPrototypeOf(s), Sub.prototype);
assert.deepStrictEqual([s.x, s.y, s.sub, s.twice()], [5, 9, true, 10]);
assert.strictEqual(s.method('m').self, s);
assert.strictEqual(Sub.ORIGIN, 0); // statics are inherited
const subMade = Sub.create(1, 1); // napi_new_instance on the subclass
assert.ok(subMade instanceof Sub);
assert.strictEqual(subMade.sub, true);
assert.strictEqual(subMade.newTarget, Sub);
assert.throws(() => Sub(1), TypeError); // JS classes still need new

// Each definition is a new class.
const Point2 = a.defineClass(Symbol('a'), Symbol('b'));
assert.notStrictEqual(Point2, Point);
assert.strictEqual(new Point2() instanceof Point, false);
assert.throws(() => Point2.prototype.method.call(p), TypeError);
