// os: the facts loaders and packages read.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');

assert.strictEqual(require('node:os'), os);
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.machine(), 'x86_64');
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.release(), fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
assert.strictEqual(os.version(), fs.readFileSync('/proc/sys/kernel/version', 'utf8').trim());
assert.strictEqual(os.hostname(), fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim());
assert.strictEqual(`${os.platform}`, 'linux'); // functions convert to their value, as in node

// cpus: one entry per online CPU, with model, speed and times
const cpus = os.cpus();
assert.ok(Array.isArray(cpus) && cpus.length > 0);
const online = fs.readFileSync('/proc/stat', 'utf8').split('\n').filter((l) => /^cpu\d+ /.test(l)).length;
assert.strictEqual(cpus.length, online);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const value of Object.values(cpu.times)) assert.ok(Number.isFinite(value) && value >= 0);
}
const model = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m);
if (model) assert.strictEqual(cpus[0].model, model[1].trim());
assert.ok(os.availableParallelism() >= 1);
assert.ok(os.availableParallelism() <= cpus.length);

// memory, load, uptime
const total = os.totalmem();
const free = os.freemem();
assert.ok(Number.isInteger(total) && total > 0);
assert.ok(Number.isInteger(free) && free > 0 && free <= total);
const memTotal = fs.readFileSync('/proc/meminfo', 'utf8').match(/^MemTotal:\s+(\d+) kB/m);
assert.strictEqual(total, Number(memTotal[1]) * 1024);
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const n of load) assert.ok(typeof n === 'number' && n >= 0);
assert.ok(os.uptime() > 0);

// user and directories
const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(user.uid, process.getuid());
assert.strictEqual(typeof user.username, 'string');
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
assert.strictEqual(os.homedir(), process.env.HOME || user.homedir);
const savedTmp = process.env.TMPDIR;
process.env.TMPDIR = '/some/tmp/';
assert.strictEqual(os.tmpdir(), '/some/tmp');
if (savedTmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = savedTmp;
delete process.env.TMPDIR;
assert.strictEqual(os.tmpdir(), process.env.TMP || process.env.TEMP || '/tmp');
if (savedTmp !== undefined) process.env.TMPDIR = savedTmp;

// network interfaces: the loopback is always there
const interfaces = os.networkInterfaces();
assert.ok(Array.isArray(interfaces.lo));
const v4 = interfaces.lo.find((i) => i.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true,
  cidr: '127.0.0.1/8',
});

// priority
assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(0), os.getPriority(process.pid));

// constants
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.errno.EACCES, 13);
assert.deepStrictEqual({ ...os.constants.dlopen }, { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 });
assert.strictEqual(os.constants.priority.PRIORITY_NORMAL, 0);
assert.strictEqual(Object.getPrototypeOf(os.constants), null);
assert.strictEqual(Object.getPrototypeOf(os.constants.signals), null);
assert.strictEqual(Object.getPrototypeOf(fs.constants), null);
