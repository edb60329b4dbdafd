'use strict';
// napi_run_script: runs a string as a classic script in the global scope.
const assert = require('assert');
const a = require('./build/run_script.node');

const value = (r) => {
  assert.strictEqual(r.ok, true, JSON.stringify(r));
  return r.value;
};

// The result is the script's completion value.
assert.strictEqual(value(a.run('1 + 2')), 3);
assert.strictEqual(value(a.run('')), undefined);
assert.strictEqual(value(a.run('if (true) { 7 } else { 8 }')), 7);
assert.strictEqual(value(a.run('function declared() {}')), undefined);
assert.strictEqual(typeof value(a.run('(x) => x')), 'function');
const obj = value(a.run('({ a: [1, 2] })'));
assert.deepStrictEqual(obj, { a: [1, 2] });

// Global scope: var declarations become globals, `this` is the global object,
// sloppy mode unless the script opts in, no CommonJS wrapper variables.
assert.strictEqual(value(a.run('var rsGlobal = 5; rsGlobal * 2')), 10);
assert.strictEqual(globalThis.rsGlobal, 5);
assert.strictEqual(value(a.run('this === globalThis')), true);
assert.strictEqual(value(a.run('(function () { return this; })() === globalThis')), true);
assert.strictEqual(value(a.run('"use strict"; (function () { return this; })()')), undefined);
assert.strictEqual(value(a.run('typeof require + typeof module + typeof exports')),
  'undefinedundefinedundefined');
globalThis.rsFromJs = 'seen';
assert.strictEqual(value(a.run('rsFromJs')), 'seen');
// Top-level let stays in the script scope shared by later scripts, not on globalThis.
assert.strictEqual(value(a.run('let rsLexical = 1; rsLexical')), 1);
assert.strictEqual('rsLexical' in globalThis, false);
assert.strictEqual(value(a.run('rsLexical + 1')), 2);

// Errors: a syntax error or a throw is napi_generic_failure, the exception pending.
const syntax = a.run('this is not js');
assert.strictEqual(syntax.status, 9);
assert.ok(syntax.exception instanceof SyntaxError);
const thrown = a.run('throw new RangeError("r")');
assert.strictEqual(thrown.status, 9);
assert.ok(thrown.exception instanceof RangeError);
assert.strictEqual(thrown.exception.message, 'r');
const five = a.run('throw 5');
assert.strictEqual(five.status, 9);
assert.strictEqual(five.exception, 5);
const undef = a.run('throw undefined');
assert.strictEqual(undef.status, 9);
assert.ok('exception' in undef);
assert.strictEqual(undef.exception, undefined);
// Side effects before a throw stay.
a.run('globalThis.rsBefore = 1; throw 0');
assert.strictEqual(globalThis.rsBefore, 1);

// Not a string (String objects included): napi_string_expected, nothing pending.
for (const v of [42, null, undefined, {}, new String('1'), Symbol('s')]) {
  assert.strictEqual(a.run(v), 3);
}

// NULL script, NULL result, NULL env.
assert.deepStrictEqual(a.nullArgs(), [1, 1, 1]);
// A pending exception refuses the call: the script does not run.
const pending = a.pending();
assert.strictEqual(pending.status, 10);
assert.strictEqual(pending.exception.message, 'already pending');
assert.strictEqual(globalThis.ranWhilePending, undefined);
