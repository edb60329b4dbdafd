'use strict';
// napi_create_date, napi_is_date, napi_get_date_value.
const assert = require('assert');
const a = require('./build/dates.node');

const ok = 0, invalid_arg = 1, pending_exception = 10, date_expected = 18;

const created = (t) => {
  const r = a.createDate(t);
  assert.ok(r.ok, `status ${r.status}`);
  assert.ok(r.value instanceof Date);
  return r.value;
};

// ---- creation ----
assert.strictEqual(created(0).getTime(), 0);
assert.strictEqual(created(1549183351).getTime(), 1549183351);
assert.strictEqual(created(-62167219200000).toISOString(), '0000-01-01T00:00:00.000Z');
assert.strictEqual(created(8.64e15).getTime(), 8.64e15);    // the largest time value
assert.strictEqual(created(-8.64e15).getTime(), -8.64e15);
// TimeClip: fractions are truncated, -0 becomes +0, out of range is NaN.
assert.strictEqual(created(1.9).getTime(), 1);
assert.strictEqual(created(-1.9).getTime(), -1);
assert.ok(Object.is(created(-0).getTime(), 0));
assert.ok(Number.isNaN(created(8.64e15 + 1).getTime()));
assert.ok(Number.isNaN(created(NaN).getTime()));
assert.ok(Number.isNaN(created(Infinity).getTime()));
assert.ok(Number.isNaN(created(-Infinity).getTime()));
// A new object each time, with the realm's Date.prototype.
assert.notStrictEqual(created(5), created(5));
assert.strictEqual(Object.getPrototypeOf(created(5)), Date.prototype);

// ---- detection ----
class SubDate extends Date {}
assert.strictEqual(a.isDate(new Date()), true);
assert.strictEqual(a.isDate(new Date(NaN)), true);
assert.strictEqual(a.isDate(new SubDate()), true);
assert.strictEqual(a.isDate(created(1)), true);
for (const v of [Date.now(), '2020-01-01', {}, Object.create(Date.prototype),
                 new Proxy(new Date(), {}), null, undefined, Date, 1n, Symbol('d')]) {
  assert.strictEqual(a.isDate(v), false, String(typeof v));
}

// ---- reading ----
assert.deepStrictEqual(a.getDateValue(new Date(1549183351)), { ok: true, value: 1549183351 });
assert.deepStrictEqual(a.getDateValue(new SubDate(-5)), { ok: true, value: -5 });
{
  const d = new Date(10);
  d.valueOf = () => 99;               // the internal time value is read, not valueOf
  assert.deepStrictEqual(a.getDateValue(d), { ok: true, value: 10 });
  d.setTime(20);
  assert.deepStrictEqual(a.getDateValue(d), { ok: true, value: 20 });
}
assert.ok(Number.isNaN(a.getDateValue(new Date(NaN)).value));
for (const v of [0, 'x', {}, Object.create(Date.prototype), new Proxy(new Date(), {}),
                 null, undefined]) {
  assert.deepStrictEqual(a.getDateValue(v), { status: date_expected });
}

// ---- argument checks ----
assert.deepStrictEqual(a.nullArgs(), [
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg,
  date_expected, ok, ok,
]);
assert.deepStrictEqual(a.nullEnv(), [invalid_arg, invalid_arg, invalid_arg]);
assert.deepStrictEqual(a.whilePending(), [pending_exception, pending_exception, ok]);

console.log('dates: ok');
