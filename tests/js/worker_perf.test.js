// worker_threads on the main thread, perf_hooks and the performance global,
// querystring basics.
'use strict';
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.workerData, null);
assert.strictEqual(typeof wt.Worker, 'function');
assert.strictEqual(typeof wt.MessageChannel, 'function');
const { port1, port2 } = new wt.MessageChannel();
port2.on('message', (msg) => {
  assert.deepStrictEqual(msg, { hello: [1, 2] });
  port1.close();
});
port1.postMessage({ hello: [1, 2] });
wt.setEnvironmentData('k', 'v');
assert.strictEqual(wt.getEnvironmentData('k'), 'v');

const { performance, PerformanceObserver } = require('perf_hooks');
assert.strictEqual(globalThis.performance, performance);
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
const t0 = performance.now();
assert.ok(typeof t0 === 'number' && t0 >= 0 && t0 < 60000);
assert.ok(Math.abs(performance.timeOrigin + t0 - Date.now()) < 1000);
const end = Date.now() + 5;
while (Date.now() < end);
assert.ok(performance.now() - t0 >= 4);
const mark = performance.mark('a');
assert.strictEqual(mark.name, 'a');
assert.strictEqual(mark.entryType, 'mark');
performance.mark('b');
const m = performance.measure('a-b', 'a', 'b');
assert.strictEqual(m.entryType, 'measure');
assert.ok(m.duration >= 0);
assert.ok(performance.getEntriesByName('a-b').length === 1);
performance.clearMarks();
performance.clearMeasures();
assert.strictEqual(performance.getEntriesByType('mark').length, 0);
assert.strictEqual(typeof PerformanceObserver, 'function');
assert.strictEqual(typeof performance.toJSON().timeOrigin, 'number');

const qs = require('querystring');
assert.deepStrictEqual({ ...qs.parse('a=1&b=2&a=3&c&d=x%20y+z&e=%zz') }, { a: ['1', '3'], b: '2', c: '', d: 'x y z', e: '%zz' });
assert.strictEqual(Object.getPrototypeOf(qs.parse('a=1')), null);
assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: 'é&' }), 'a=1&a=2&b=x%20y&c=true&d=&e=&f=%C3%A9%26');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.deepStrictEqual({ ...qs.parse('a:1;b:2', ';', ':') }, { a: '1', b: '2' });
assert.strictEqual(qs.escape('a b&c'), 'a%20b%26c');
assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.encode, qs.stringify);
