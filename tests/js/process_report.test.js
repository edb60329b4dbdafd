// What addon loaders probe before opening an addon: process.report,
// process.config, process.release, /proc/self/exe's ELF header and
// /usr/bin/ldd (as detect-libc and the napi-rs loaders read them).
'use strict';
const assert = require('assert');
const fs = require('fs');

// ---- process.report.getReport()
assert.strictEqual(typeof process.report, 'object');
assert.strictEqual(typeof process.report.getReport, 'function');
const report = process.report.getReport();
for (const key of ['header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage', 'libuv',
  'workers', 'environmentVariables', 'userLimits', 'sharedObjects']) {
  assert.ok(key in report, key);
}
const { header } = report;
assert.match(header.glibcVersionRuntime, /^\d+\.\d+$/);
assert.match(header.glibcVersionCompiler, /^\d+\.\d+$/);
assert.strictEqual(header.processId, process.pid);
assert.strictEqual(header.cwd, process.cwd());
assert.strictEqual(header.nodejsVersion, process.version);
assert.strictEqual(header.arch, process.arch);
assert.strictEqual(header.platform, 'linux');
assert.strictEqual(header.wordSize, 64);
assert.strictEqual(header.osName, 'Linux');
assert.strictEqual(header.osRelease, require('os').release());
assert.strictEqual(header.osMachine, require('os').machine());
assert.deepStrictEqual(header.componentVersions, { ...process.versions });
assert.strictEqual(header.release.name, 'node');
assert.ok(Array.isArray(header.cpus) && header.cpus.length > 0);
assert.ok(Array.isArray(report.sharedObjects));
assert.ok(report.sharedObjects.length > 0);
// detect-libc's report check: a glibc process maps libc.so.6, no musl
assert.ok(report.sharedObjects.some((f) => /\/libc\.so\.6$/.test(f)), report.sharedObjects.join('\n'));
assert.ok(!report.sharedObjects.some((f) => f.includes('libc.musl-') || f.includes('ld-musl-')));
assert.deepStrictEqual(report.environmentVariables.PATH, process.env.PATH);
assert.ok(report.userLimits.open_files);
// What the napi-rs loader reads
assert.strictEqual(!report.header.glibcVersionRuntime, false);
assert.strictEqual(typeof process.report.getReport(new Error('x')).javascriptStack.message, 'string');

// glibc version: the runtime's, as ldd --version prints it
const ldd = require('child_process').execFileSync('ldd', ['--version'], { encoding: 'utf8' });
assert.ok(ldd.includes(header.glibcVersionRuntime), ldd);

// ---- process.config, process.release
const { variables } = process.config;
assert.strictEqual(typeof variables, 'object');
assert.strictEqual(variables.host_arch, 'x64');
assert.strictEqual(variables.target_arch, 'x64');
assert.strictEqual(typeof variables.napi_build_version, 'string');
assert.ok(Number(variables.napi_build_version) >= 9);
assert.strictEqual(typeof variables.node_shared, 'boolean');
assert.strictEqual(variables.asan, 0);
assert.strictEqual(process.release.name, 'node');
assert.match(process.release.headersUrl, /-headers\.tar\.gz$/);
assert.ok(process.release.headersUrl.includes(process.version));
assert.match(process.release.sourceUrl, /\.tar\.gz$/);

// ---- /proc/self/exe: ELF header and PT_INTERP, read the way detect-libc does
const exe = fs.readFileSync('/proc/self/exe');
assert.deepStrictEqual([...exe.subarray(0, 4)], [0x7f, 0x45, 0x4c, 0x46]); // \x7fELF
assert.strictEqual(exe[4], 2); // 64-bit
const phoff = Number(exe.readBigUInt64LE(0x20));
const phentsize = exe.readUInt16LE(0x36);
const phnum = exe.readUInt16LE(0x38);
let interpreter = null;
for (let i = 0; i < phnum; i++) {
  const at = phoff + i * phentsize;
  if (exe.readUInt32LE(at) === 3) { // PT_INTERP
    const offset = Number(exe.readBigUInt64LE(at + 8));
    const size = Number(exe.readBigUInt64LE(at + 32));
    interpreter = exe.subarray(offset, offset + size).toString('latin1').replace(/\0.*$/, '');
  }
}
assert.ok(interpreter && interpreter.includes('ld-linux'), interpreter);
// The same through a descriptor and a small read (the header only).
const fd = fs.openSync('/proc/self/exe', 'r');
const head = Buffer.alloc(64);
assert.strictEqual(fs.readSync(fd, head, 0, 64, 0), 64);
fs.closeSync(fd);
assert.ok(head.equals(exe.subarray(0, 64)));

// ---- /usr/bin/ldd: a shell script that names the C library
const lddScript = fs.readFileSync('/usr/bin/ldd', 'utf-8');
assert.ok(lddScript.includes('GNU C Library') || lddScript.includes('GLIBC'), 'ldd names glibc');
assert.ok(!lddScript.includes('musl'));
