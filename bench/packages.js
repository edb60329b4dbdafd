'use strict';
// Real-package workloads: npm packages with Node-API addons, one case per
// process, like cases.js.
//
//   node bench/packages.js <case> [n]     (or: nari bench/packages.js ...)
//     n: work items per timed batch (default: the case's own)
//   node bench/packages.js --list         (case names, default sizes)
//
// Prints one JSON line: {"case", "ops", "seconds", "opsPerSec", "batches",
// "meanSeconds", "runtime"}: after an untimed warm-up (a tenth of a batch),
// the whole workload of n items runs `batches` times; `seconds` is the
// fastest batch's total time. If the case cannot run (the package cache is
// missing, a package fails to load or gives a wrong answer), prints
// {"case", "error", "runtime"} and exits with code 3.
//
// The packages are NOT installed here: they come from the compatibility
// suite's install cache, target/compat/<hash>/node_modules (created by
// `cargo test --test compat`). NARI_BENCH_PACKAGES=<dir containing
// node_modules> overrides; otherwise the newest target/compat/*/node_modules
// is used (bench/run passes the one it picked, so both runtimes load the very
// same files).

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.dirname(__dirname);

const now = typeof process.hrtime.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e9
  : () => { const [s, ns] = process.hrtime(); return s + ns / 1e9; };

function runtimeName() {
  if (process.versions.nari) return `nari ${process.versions.nari}`;
  if (process.versions.bun) return `bun ${process.versions.bun}`;
  if (process.versions.deno) return `deno ${process.versions.deno}`;
  return `node ${process.version}`;
}

/** The directory holding the compat suite's node_modules, or null. */
function cacheDir() {
  if (process.env.NARI_BENCH_PACKAGES) return process.env.NARI_BENCH_PACKAGES;
  const base = path.join(ROOT, 'target', 'compat');
  let best = null;
  let bestTime = -Infinity;
  let entries = [];
  try { entries = fs.readdirSync(base); } catch (_) { return null; }
  for (const e of entries) {
    const dir = path.join(base, e);
    try {
      const t = fs.statSync(path.join(dir, 'node_modules')).mtimeMs;
      if (t > bestTime) { best = dir; bestTime = t; }
    } catch (_) { /* not an install */ }
  }
  return best;
}

function load(name) {
  const dir = cacheDir();
  if (!dir) throw new Error('no package cache: run `cargo test --test compat` once (creates target/compat/*/node_modules)');
  return require(path.join(dir, 'node_modules', name));
}

let sink = 0;

/** `count` distinct buffers of `size` bytes (deterministic contents). */
function bufferPool(count, size) {
  const pool = [];
  let x = 0x12345678;
  for (let i = 0; i < count; i++) {
    const b = Buffer.allocUnsafe(size);
    for (let j = 0; j < size; j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      b[j] = x >>> 24;
    }
    pool.push(b);
  }
  return pool;
}

function check(cond, what) {
  if (!cond) throw new Error(`check failed: ${what}`);
}

// classic-level: a temp dir removed at exit, a fresh database per batch
// (opening and closing it is timed too: a few ms).
function levelSetup() {
  const { ClassicLevel } = load('classic-level');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nari-bench-leveldb-'));
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  return { ClassicLevel, root, count: 0, value: 'v'.repeat(100) };
}

async function levelOpen(ctx) {
  const db = new ctx.ClassicLevel(path.join(ctx.root, `db${ctx.count++}`), { valueEncoding: 'utf8' });
  await db.open();
  return db;
}

const levelKey = (i) => `key-${String(i).padStart(8, '0')}`;

// Each case: `n` (work items per timed batch), `batches`, `desc` (the table
// label), `setup()` returning a context (untimed), `run(ctx, n)` (sync or
// returning a promise); `defaultSet: false` keeps a slow case out of a plain
// `bench/run` (it still runs with --cases).
const CASES = {
  xxhash: {
    n: 1e6, batches: 3,
    desc: (n) => `@node-rs/xxhash xxh64, ${n.toLocaleString('en-US')} × 32 B buffers`,
    setup() {
      const { xxh64 } = load('@node-rs/xxhash');
      check(xxh64('abc') === 0x44bc2cf5ad770999n, 'xxh64("abc")');
      return { xxh64, pool: bufferPool(1024, 32) };
    },
    run({ xxh64, pool }, n) {
      let zeros = 0;
      for (let i = 0; i < n; i++) {
        if (xxh64(pool[i & 1023]) === 0n) zeros++;
      }
      sink += zeros;
    },
  },
  generichash: {
    n: 2e5, batches: 5,
    desc: (n) => `sodium-native crypto_generichash (BLAKE2b-256), ${n.toLocaleString('en-US')} × 64 B`,
    setup() {
      const sodium = load('sodium-native');
      const out = Buffer.alloc(32);
      sodium.crypto_generichash(out, Buffer.from('abc'));
      check(out.toString('hex') === 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319', 'BLAKE2b-256("abc")');
      return { hash: sodium.crypto_generichash, out, pool: bufferPool(1024, 64) };
    },
    run({ hash, out, pool }, n) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        hash(out, pool[i & 1023]);
        s += out[0];
      }
      sink += s;
    },
  },
  leveldb: {
    // Batched: db.batch() of 1,000 puts at a time, then db.getMany() of
    // 1,000 keys at a time (100 + 100 addon calls, 200,000 key/value
    // conversions): mostly LevelDB itself plus Node-API string and array
    // traffic. Keys are written in order into a fresh database per batch.
    n: 1e5, batches: 3,
    desc: (n) => `classic-level, ${n.toLocaleString('en-US')} put + ${n.toLocaleString('en-US')} get: batch() / getMany() of 1,000`,
    setup: levelSetup,
    async run(ctx, n) {
      const db = await levelOpen(ctx);
      const chunk = 1000;
      for (let i = 0; i < n; i += chunk) {
        const ops = [];
        for (let j = i; j < Math.min(n, i + chunk); j++) ops.push({ type: 'put', key: levelKey(j), value: ctx.value });
        await db.batch(ops);
      }
      let bytes = 0;
      for (let i = 0; i < n; i += chunk) {
        const keys = [];
        for (let j = i; j < Math.min(n, i + chunk); j++) keys.push(levelKey(j));
        for (const v of await db.getMany(keys)) bytes += v.length;
      }
      check(bytes === n * ctx.value.length, `leveldb: read back ${bytes} bytes`);
      await db.close();
    },
  },
  leveldbSeq: {
    // Sequential awaits: one put (then one get) in flight at a time, so the
    // time is the per-operation round trip (JS -> addon -> worker thread ->
    // promise settled on the JS thread), ~30 µs each on a small machine:
    // ~6-8 s per process, hence not in bench/run's default set.
    n: 1e5, batches: 1, defaultSet: false,
    desc: (n) => `classic-level, ${n.toLocaleString('en-US')} put + ${n.toLocaleString('en-US')} get: sequential awaits`,
    setup: levelSetup,
    async run(ctx, n) {
      const db = await levelOpen(ctx);
      for (let i = 0; i < n; i++) await db.put(levelKey(i), ctx.value);
      let bytes = 0;
      for (let i = 0; i < n; i++) bytes += (await db.get(levelKey(i))).length;
      check(bytes === n * ctx.value.length, `leveldb: read back ${bytes} bytes`);
      await db.close();
    },
  },
  sharp: {
    n: 100, batches: 3,
    desc: (n) => `${n} × resize 1024×1024 raw RGB → 256×256 JPEG, one at a time`,
    setup() {
      const sharp = load('sharp');
      const width = 1024;
      const height = 1024;
      const raw = Buffer.allocUnsafe(width * height * 3);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const o = (y * width + x) * 3;
          raw[o] = x & 255;
          raw[o + 1] = y & 255;
          raw[o + 2] = (x ^ y) & 255;
        }
      }
      return { sharp, raw, width, height };
    },
    async run({ sharp, raw, width, height }, n) {
      // One image at a time (libvips still uses its own threads inside).
      for (let i = 0; i < n; i++) {
        const { data, info } = await sharp(raw, { raw: { width, height, channels: 3 } })
          .resize(256, 256)
          .jpeg({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        check(info.format === 'jpeg' && info.width === 256 && info.height === 256, `sharp output ${info.format} ${info.width}x${info.height}`);
        sink += data.length;
      }
    },
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
      process.stdout.write(JSON.stringify({
        case: name, kind: 'total', unit: 'items', iterations: c.n, batches: c.batches, desc: c.desc(c.n),
        default: c.defaultSet !== false,
      }) + '\n');
    }
    return;
  }
  const name = args[0];
  const c = CASES[name];
  if (!c) {
    process.stderr.write(`usage: packages.js <case> [n]  (cases: ${Object.keys(CASES).join(', ')})\n`);
    process.exitCode = 2;
    return;
  }
  const n = args[1] !== undefined ? Number(args[1]) : c.n;
  if (!(n > 0) || !Number.isInteger(n)) {
    process.stderr.write(`bad item count: ${args[1]}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const ctx = await c.setup();
    await c.run(ctx, Math.max(1, Math.floor(n / 10)));  // warm-up, untimed
    const times = [];
    for (let b = 0; b < c.batches; b++) {
      const t0 = now();
      await c.run(ctx, n);
      times.push(now() - t0);
    }
    const seconds = Math.min(...times);
    process.stdout.write(JSON.stringify({
      case: name, ops: n, seconds, opsPerSec: n / seconds, batches: c.batches,
      meanSeconds: times.reduce((a, b) => a + b, 0) / times.length, runtime: runtimeName(),
    }) + '\n');
  } catch (err) {
    fail(name, err);
  }
  if (sink === 0.5) process.stdout.write('');
}

main();
