'use strict';
// Many producers making blocking calls on a tiny bounded queue must never
// hang or lose a call. Node.js 20 and 26 (and Deno, Bun) can hang here: a
// lost wake-up in their queues (known defect), so under Node.js this runs
// only with NARI_RUN_NODE_HANG_REPRO=1 (and then may never finish).
const assert = require('assert');
const a = require('./build/threadsafe_functions.node');

if (!process.versions.nari && !process.env.NARI_RUN_NODE_HANG_REPRO) {
  console.log('SKIPPED under Node.js (known defect: lost wake-up hang): multi-producer blocking stress');
  process.exit(0);
}

function run(threads, calls, maxQueue) {
  return new Promise((resolve) => {
    let seen = 0;
    globalThis.tsfnFinalized = (stats) => resolve({ stats, seen });
    a.start(() => seen++, threads, calls, maxQueue, true, -1);
  });
}

async function main() {
  for (const maxQueue of [1, 2]) {
    const { stats, seen } = await run(32, 3000, maxQueue);
    assert.strictEqual(stats.otherFailures, 0);
    assert.strictEqual(stats.delivered, 32 * 3000);
    assert.strictEqual(seen, 32 * 3000);
  }
  console.log('threadsafe function stress: ok');
}

main().catch((err) => { console.error(err); process.exit(1); });
