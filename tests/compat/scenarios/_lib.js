'use strict';
// Shared helpers for the compatibility scenarios (not a scenario itself: the
// harness runs only files whose name does not start with '_').
//
// tests/compat.rs copies this folder into the install cache, next to its
// node_modules/, so `require('<package>')` resolves exactly as it would in an
// application after `npm install`.

// Builtins are required lazily, where used, so that a runtime lacking one
// fails first inside the package under test, which is what we want to see.
const path = require('path');

function fail(message) {
  throw new Error(message);
}

function check(condition, what) {
  if (!condition) fail(`check failed: ${what}`);
}

function same(actual, expected, what) {
  if (actual !== expected) {
    fail(`${what}: got ${String(actual)}, expected ${String(expected)}`);
  }
}

function hex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

const temps = [];

/** A fresh directory under the OS temp dir, removed when the scenario ends. */
function tempDir(label) {
  const fs = require('fs');
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), `nari-compat-${label}-`));
  temps.push(dir);
  return dir;
}

/** The native files (*.node) mapped into this process, from /proc/self/maps. */
function mappedNativeFiles() {
  const maps = require('fs').readFileSync('/proc/self/maps', 'utf8');
  const files = new Set();
  for (const line of maps.split('\n')) {
    const at = line.indexOf('/');
    if (at >= 0 && line.endsWith('.node')) files.add(line.slice(at));
  }
  return [...files];
}

/** Fails unless a `.node` file whose path matches `pattern` is mapped. */
function checkNativeLoaded(pattern) {
  const files = mappedNativeFiles();
  const found = files.filter((f) => pattern.test(f));
  if (found.length === 0) {
    fail(
      `no native file matching ${pattern} is mapped (a pure-JS fallback?); ` +
        `mapped .node files: ${files.length ? files.join(', ') : 'none'}`,
    );
  }
  return found;
}

/**
 * Runs the scenario `body` (sync or async) for `name`, then checks that the
 * package's native file was really loaded. Prints "ok <name>" on success;
 * on failure prints the error and exits 1. Also fails when the event loop
 * empties before the scenario finished (something stopped keeping it alive).
 */
function scenario(name, nativePattern, body) {
  let finished = false;
  process.on('exit', (code) => {
    if (!finished && code === 0) {
      console.error(`${name}: the process is exiting but the scenario never finished (the event loop emptied early?)`);
      process.exitCode = 1;
    }
  });
  Promise.resolve()
    .then(body)
    .then(() => {
      const found = checkNativeLoaded(nativePattern);
      finished = true;
      cleanup();
      console.log(`native ${found.join(', ')}`);
      console.log(`ok ${name}`);
    })
    .catch((error) => {
      finished = true;
      cleanup();
      console.error(`${name} FAILED:`);
      console.error(error && error.stack ? error.stack : error);
      process.exit(1);
    });
}

function cleanup() {
  for (const dir of temps.splice(0)) {
    try {
      require('fs').rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      console.error(`warning: could not remove ${dir}: ${error.message}`);
    }
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with `promise`, or rejects after `ms` milliseconds saying `what`. */
function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

module.exports = { check, same, hex, tempDir, checkNativeLoaded, mappedNativeFiles, scenario, sleep, within, fail };
