// process: argv, env, platform/arch, versions, hrtime, cwd, pid, exitCode.
'use strict';
const assert = require('assert');
const path = require('path');

// argv: [execPath, absolute path of this script, ...extra args]; none here.
assert.ok(Array.isArray(process.argv));
assert.strictEqual(process.argv.length, 2);
assert.strictEqual(process.argv[0], process.execPath);
assert.ok(path.isAbsolute(process.argv[0]));
assert.strictEqual(process.argv[1], __filename);
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(process.argv0.length > 0);

// env: an object of strings; PATH is there.
assert.strictEqual(typeof process.env, 'object');
assert.strictEqual(typeof process.env.PATH, 'string');
assert.ok(process.env.PATH.length > 0);
for (const key of Object.keys(process.env)) assert.strictEqual(typeof process.env[key], 'string', key);
assert.strictEqual(process.env.NARI_TEST_SURELY_UNSET_VARIABLE, undefined);

// Platform facts.
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm64'].includes(process.arch), process.arch);
assert.strictEqual(typeof process.pid, 'number');
assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.strictEqual(process.cwd(), path.resolve('.'));
assert.ok(path.isAbsolute(process.cwd()));

// Versions.
assert.match(process.version, /^v\d+\.\d+\.\d+/);
assert.strictEqual(process.version, `v${process.versions.node}`);
assert.strictEqual(typeof process.versions.napi, 'string');
assert.ok(Number(process.versions.napi) >= 8, process.versions.napi);
assert.strictEqual(typeof process.versions.v8, 'string');
assert.strictEqual(typeof process.versions.modules, 'string');
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.config, 'object');

// hrtime: [seconds, nanoseconds], monotonic; a diff against a previous value.
const t0 = process.hrtime();
assert.ok(Array.isArray(t0));
assert.strictEqual(t0.length, 2);
assert.ok(t0.every(Number.isInteger));
assert.ok(t0[1] >= 0 && t0[1] < 1e9);
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
assert.ok(spin > 0);
const d = process.hrtime(t0);
assert.strictEqual(d.length, 2);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.ok(d[0] * 1e9 + d[1] > 0);
const b0 = process.hrtime.bigint();
assert.strictEqual(typeof b0, 'bigint');
assert.ok(process.hrtime.bigint() >= b0);
assert.strictEqual(typeof process.uptime(), 'number');

// exitCode starts undefined; setting 0 explicitly is fine.
assert.strictEqual(process.exitCode, undefined);
process.exitCode = 0;

// process is an EventEmitter.
assert.strictEqual(typeof process.on, 'function');
assert.strictEqual(typeof process.emit, 'function');
assert.ok(process instanceof require('events'));
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(globalThis.process, process);
assert.strictEqual(global, globalThis);
