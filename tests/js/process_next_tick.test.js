// process.nextTick vs promise microtasks, for code run from the main script:
// every queued nextTick runs first (including ticks queued by ticks), then the
// microtasks (including those queued by ticks); a tick queued by a microtask
// runs after the microtask queue is empty.
'use strict';
const assert = require('assert');

const order = [];
Promise.resolve().then(() => order.push('p1'));
process.nextTick(() => order.push('t1'));
Promise.resolve().then(() => {
  order.push('p2');
  process.nextTick(() => order.push('t-from-p2'));
  Promise.resolve().then(() => order.push('p-from-p2'));
});
process.nextTick((a, b) => {
  order.push(`t2:${a},${b}`);
  process.nextTick(() => order.push('t3'));
  Promise.resolve().then(() => order.push('p-from-t2'));
}, 'x', 'y');
order.push('sync');

assert.throws(() => process.nextTick(42), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

let exitSeen = false;
process.on('exit', (code) => {
  exitSeen = true;
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(order, [
    'sync', 't1', 't2:x,y', 't3', 'p1', 'p2', 'p-from-t2', 'p-from-p2', 't-from-p2',
  ]);
});

// beforeExit runs once the queues are empty and before exit.
let beforeExitCount = 0;
process.on('beforeExit', (code) => {
  beforeExitCount++;
  assert.strictEqual(code, 0);
  assert.strictEqual(exitSeen, false);
  assert.strictEqual(order.length, 9);
});
process.on('exit', () => assert.strictEqual(beforeExitCount, 1));
