'use strict';
// napi_make_callback from the loop drains nextTicks and microtasks right
// after the callback (before other loop work); with JS on the stack it does
// not. The same holds for callback scopes. napi_fatal_exception reaches
// 'uncaughtException'.
const assert = require('assert');
const a = require('./build/async_context.node');
const ok = 0, invalid_arg = 1;

assert.deepStrictEqual(a.nullArgs(() => {}), [
  invalid_arg, invalid_arg, invalid_arg, // async_init name, result; destroy NULL
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, // make_callback recv, func, argv, not a function
  invalid_arg, invalid_arg, invalid_arg, // open scope result, close NULL, fatal NULL
  ok, ok,
]);

// With JS on the stack: the callback runs, its nextTick waits for the
// current JS to finish.
const order = [];
const result = a.makeCallbackNow({ tag: 'recv' }, function (x, y) {
  process.nextTick(() => order.push('tick'));
  order.push(`call ${this.tag} ${x}${y}`);
  return x + y;
}, 1, 2);
order.push(`returned ${result}`);
assert.throws(() => a.makeCallbackNow({}, () => { throw new Error('thrown'); }), /thrown/);

function fromLoop(useScope) {
  return new Promise((resolve) => {
    const seen = [];
    a.callLater(() => {
      seen.push('callback');
      process.nextTick(() => seen.push('tick'));
      Promise.resolve().then(() => seen.push('promise'));
      setImmediate(() => { seen.push('immediate'); resolve(seen); });
    }, useScope);
  });
}

async function main() {
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(order, ['call recv 12', 'returned 3', 'tick']);
  assert.deepStrictEqual(await fromLoop(false), ['callback', 'tick', 'promise', 'immediate']);
  assert.deepStrictEqual(await fromLoop(true), ['callback', 'tick', 'promise', 'immediate']);

  const seen = [];
  process.once('uncaughtException', (err) => seen.push(err.message));
  a.fatal(new Error('via napi_fatal_exception'));
  assert.deepStrictEqual(seen, ['via napi_fatal_exception']);
  console.log('async context: ok');
}
main().catch((err) => { console.error(err); process.exit(1); });
