'use strict';
// The benchmark driver: one case per process.
//
//   node bench/cases.js <case> [iterations]     (or: nari bench/cases.js ...)
//     iterations: ops per timed batch (default: the case's own)
//   node bench/cases.js --list                  (case names, default iterations)
//
// Prints one JSON line: {"case", "ops", "seconds", "opsPerSec", "batches",
// "meanOpsPerSec", "runtime"}: after a warm-up, the case runs `batches` times
// with `iterations` ops each; ops/seconds/opsPerSec are the fastest batch's.
// If the case cannot run on this runtime (a Node-API function missing, an
// exception), prints {"case", "error", "runtime"} and exits with code 3.
//
// The same file and the same bench/build/bench.node run under every runtime;
// bench/run builds the addon and compares runtimes.

const path = require('path');

const ADDON = process.env.NARI_BENCH_ADDON || path.join(__dirname, 'build', 'bench.node');

// Seconds since an arbitrary origin, from process.hrtime (available in nari
// and node; hrtime.bigint is preferred where present).
const now = typeof process.hrtime.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e9
  : () => { const [s, ns] = process.hrtime(); return s + ns / 1e9; };

function runtimeName() {
  if (process.versions.nari) return `nari ${process.versions.nari}`;
  if (process.versions.bun) return `bun ${process.versions.bun}`;
  if (process.versions.deno) return `deno ${process.versions.deno}`;
  return `node ${process.version}`;
}

let sink = 0;  // results are folded in here so that no call is dead code

const STRING_100 = 'nari-bench-'.repeat(10).slice(0, 100);  // 100 bytes of ASCII
const ARRAY_100 = Array.from({ length: 100 }, (_, i) => i * 0.5);

// Each case: `iterations` (ops per timed batch; defaults chosen so that a
// whole case takes ~0.3-1 s under node on a small machine) and
// `run(addon, n)` returning either nothing (sync) or a promise (async). A
// case's opsPerSec is n / seconds; for the async cases n counts work items
// (all n queued at once) or threadsafe-function calls.
function counterClass(addon) {
  if (typeof addon.Counter !== 'function') throw new Error(addon.classError || 'no Counter class');
  return addon.Counter;
}

const CASES = {
  noop: {
    kind: 'call', iterations: 8e6,
    run(addon, n) {
      const f = addon.noop;
      for (let i = 0; i < n; i++) f();
    },
  },
  add: {
    kind: 'call', iterations: 2e6,
    run(addon, n) {
      let s = 0;
      for (let i = 0; i < n; i++) s = addon.add(s, 1) - i;
      sink += s;
    },
  },
  makeObject: {
    kind: 'call', iterations: 2e5,
    run(addon, n) {
      let s = 0;
      for (let i = 0; i < n; i++) s += addon.makeObject().x;
      sink += s;
    },
  },
  stringRoundTrip: {
    kind: 'call', iterations: 1e6,
    run(addon, n) {
      let s = 0;
      for (let i = 0; i < n; i++) s += addon.stringRoundTrip(STRING_100).length;
      if (s !== n * 100) throw new Error(`stringRoundTrip: bad lengths (${s})`);
      sink += s;
    },
  },
  sumArray: {
    kind: 'call', iterations: 2e4,
    run(addon, n) {
      let s = 0;
      for (let i = 0; i < n; i++) s += addon.sumArray(ARRAY_100);
      sink += s;
    },
  },
  bufferCopy: {
    kind: 'call', iterations: 1e5,
    run(addon, n) {
      let s = 0;
      for (let i = 0; i < n; i++) s += addon.bufferCopy().length;
      if (s !== n * 1024) throw new Error(`bufferCopy: bad lengths (${s})`);
      sink += s;
    },
  },
  classConstruct: {
    kind: 'call', iterations: 1e5,
    run(addon, n) {
      const Counter = counterClass(addon);
      let last;
      for (let i = 0; i < n; i++) last = new Counter();
      sink += last ? 1 : 0;
    },
  },
  methodCall: {
    kind: 'call', iterations: 8e5,
    run(addon, n) {
      const c = new (counterClass(addon))();
      let s = 0;
      for (let i = 0; i < n; i++) s = c.increment();
      sink += s;
    },
  },
  asyncWork: {
    kind: 'throughput', unit: 'items', iterations: 1e5,
    run(addon, n) {
      return new Promise((resolve, reject) => {
        addon.runAsyncWork(n, (completed) => {
          if (completed !== n) reject(new Error(`asyncWork: ${completed} of ${n} completed`));
          else setImmediate(resolve);
        });
      });
    },
  },
  tsfn: {
    // 4 producer threads, n / 4 blocking calls each, unbounded queue.
    kind: 'throughput', unit: 'calls', iterations: 1.5e6,
    run(addon, n) {
      const producers = 4;
      const per = Math.ceil(n / producers);
      return new Promise((resolve, reject) => {
        addon.runTsfn(producers, per, (delivered) => {
          if (delivered !== producers * per) {
            reject(new Error(`tsfn: ${Math.abs(delivered)} of ${producers * per} delivered`));
          } else {
            setImmediate(resolve);
          }
        });
      });
    },
    ops: (n) => Math.ceil(n / 4) * 4,
  },
};

function fail(name, err) {
  const message = err && err.message ? err.message : String(err);
  process.stdout.write(JSON.stringify({ case: name, error: message, runtime: runtimeName() }) + '\n');
  process.exitCode = 3;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--list') {
    for (const [name, c] of Object.entries(CASES)) {
      process.stdout.write(JSON.stringify({ case: name, kind: c.kind, unit: c.unit || 'calls', iterations: c.iterations }) + '\n');
    }
    return;
  }
  const name = args[0];
  const c = CASES[name];
  if (!c) {
    process.stderr.write(`usage: cases.js <case> [iterations]  (cases: ${Object.keys(CASES).join(', ')})\n`);
    process.exitCode = 2;
    return;
  }
  const n = args[1] !== undefined ? Number(args[1]) : c.iterations;
  if (!(n > 0) || !Number.isInteger(n)) {
    process.stderr.write(`bad iteration count: ${args[1]}\n`);
    process.exitCode = 2;
    return;
  }
  let addon;
  try {
    addon = require(ADDON);
    // Warm-up, untimed: a tenth of a batch, twice (lets V8 tier the loop up
    // and the runtime fill its caches / start its worker threads).
    const warm = Math.max(1, Math.floor(n / 10));
    await c.run(addon, warm);
    await c.run(addon, warm);
    // Then `batches` timed batches of n; the fastest one is the result (on a
    // shared machine, interference only ever makes a batch slower).
    const batches = c.kind === 'call' ? 5 : 3;
    const times = [];
    for (let b = 0; b < batches; b++) {
      const t0 = now();
      await c.run(addon, n);
      times.push(now() - t0);
    }
    const ops = c.ops ? c.ops(n) : n;
    const seconds = Math.min(...times);
    const total = times.reduce((a, b) => a + b, 0);
    process.stdout.write(JSON.stringify({
      case: name, ops, seconds, opsPerSec: ops / seconds,
      batches, meanOpsPerSec: ops * batches / total, runtime: runtimeName(),
    }) + '\n');
  } catch (err) {
    fail(name, err);
  }
  if (sink === 0.5) process.stdout.write('');  // keep `sink` observable
}

main();
