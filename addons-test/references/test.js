'use strict';
// Flags: --expose-gc
// References: counts, strong and weak holding, and argument checks (Node-API 8).
const assert = require('assert');
const a = require('./build/references.node');
const ok = 0, invalid_arg = 1, generic_failure = 9;

// A strong reference keeps its object alive through gc().
const strong = (() => a.create({ name: 'strong' }, 1))();
gc();
assert.deepStrictEqual(a.get(strong), { value: { name: 'strong' } });

// A weak reference gives the value while it lives, and null once collected.
const kept = { name: 'kept' };
const weakAlive = a.create(kept, 0);
assert.strictEqual(a.get(weakAlive).value, kept);
const weakDead = (() => a.create({ name: 'dead' }, 0))();
gc();
assert.strictEqual(a.get(weakAlive).value, kept);
assert.strictEqual(a.get(weakDead), null);

// Counting: ref/unref return the new count; unref at 0 is a generic failure
// and leaves the count at 0.
assert.deepStrictEqual(a.ref(weakAlive), [ok, 1]);
assert.deepStrictEqual(a.ref(weakAlive), [ok, 2]);
assert.deepStrictEqual(a.unref(weakAlive), [ok, 1]);
assert.deepStrictEqual(a.unref(weakAlive), [ok, 0]);
assert.deepStrictEqual(a.unref(weakAlive), [generic_failure, -1]);
assert.strictEqual(a.refNoResult(weakAlive), ok);
assert.strictEqual(a.unrefNoResult(weakAlive), ok);
assert.strictEqual(a.unrefNoResult(weakAlive), generic_failure);

// Unreferencing to 0 makes a strong reference collectable.
const toggled = (() => a.create({ name: 'toggled' }, 1))();
gc();
assert.notStrictEqual(a.get(toggled), null);
assert.deepStrictEqual(a.unref(toggled), [ok, 0]);
gc();
assert.strictEqual(a.get(toggled), null);
// Once the value is gone, ref stays at 0 (and unref fails).
assert.deepStrictEqual(a.ref(toggled), [ok, 0]);
assert.deepStrictEqual(a.unref(toggled), [generic_failure, -1]);

// Referencing to 1 makes a weak reference strong again.
const revived = (() => a.create({ name: 'revived' }, 0))();
assert.deepStrictEqual(a.ref(revived), [ok, 1]);
gc();
assert.deepStrictEqual(a.get(revived), { value: { name: 'revived' } });

// A reference may start with a count above 1.
const many = a.create({}, 3);
assert.deepStrictEqual(a.unref(many), [ok, 2]);

// Below Node-API 10 only objects, functions, symbols (and externals) can be referenced.
for (const value of [{}, [], () => 1, Symbol('s'), Symbol.for('registered'), new Date(), /x/]) {
  assert.strictEqual(a.createStatus(value, 1), ok, String(value));
}
for (const value of [1, 1.5, 'text', true, undefined, null, 10n]) {
  assert.strictEqual(a.createStatus(value, 1), invalid_arg, String(value));
  assert.strictEqual(a.createStatus(value, 0), invalid_arg, String(value));
}

// A strong reference to a symbol keeps it.
const sym = Symbol('held');
const symRef = a.create(sym, 1);
assert.strictEqual(a.get(symRef).value, sym);

// A weak reference to a symbol lets it go; a registered symbol (Symbol.for)
// is never collected.
const weakSym = (() => a.create(Symbol('weak'), 0))();
const registered = (() => a.create(Symbol.for('registered-weak'), 0))();
gc();
assert.strictEqual(a.get(weakSym), null);
assert.strictEqual(a.get(registered).value, Symbol.for('registered-weak'));
assert.strictEqual(a.del(weakSym), ok);
assert.strictEqual(a.del(registered), ok);

// Deleting frees the slot; deleted references are not used again.
for (const slot of [strong, weakAlive, weakDead, toggled, revived, many, symRef]) {
  assert.strictEqual(a.del(slot), ok);
}

// NULL arguments: value, result, reference (each function), result of get;
// then a NULL env.
assert.deepStrictEqual(a.nulls({}), [
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg,
  invalid_arg, ok, ok, ok,
]);

// None of these functions runs JS: they work with an exception pending.
assert.deepStrictEqual(a.withPendingException({}), [ok, ok, ok, ok, ok]);
console.log('references: ok');
