// os: facts about the machine, from natives.osInfo (builtins/os.rs).
// Also assembles process.report.getReport() (bootstrap calls _nariReport).
'use strict';

const natives = require('internal/natives');

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19,
  ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28,
  ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
  ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71,
  EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};
const priority = {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};
const dlopen = { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };
// As node's: objects without a prototype.
const bare = (object) => Object.assign(Object.create(null), object);
const constants = bare({
  UV_UDP_REUSEADDR: 4,
  dlopen: bare(dlopen),
  errno: bare(errno),
  signals: bare(signals),
  priority: bare(priority),
});

// errno number → its name (the first name listed for it).
const errnoNames = new Map();
for (const [name, number] of Object.entries(errno)) if (!errnoNames.has(number)) errnoNames.set(number, name);

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// node's SystemError for a failed uv call (uv_os_get_passwd …).
function systemError(err) {
  const message = err.message.replace(/^(\w+): (.*), (\w+)$/, '$3 returned $1 ($2)');
  const e = new Error(`A system error occurred: ${message}`);
  e.name = 'SystemError';
  e.code = 'ERR_SYSTEM_ERROR';
  e.info = { errno: err.errno, code: err.code, message: err.message.split(', ')[0].replace(/^\w+: /, ''), syscall: err.syscall };
  e.errno = err.errno;
  e.syscall = err.syscall;
  return e;
}

function call(kind, ...args) {
  try {
    return natives.osInfo(kind, ...args);
  } catch (err) {
    if (err && err.syscall) throw systemError(err);
    throw err;
  }
}

let unameCache;
function uname() {
  if (unameCache === undefined) unameCache = call('uname');
  return unameCache;
}

function checkPid(pid) {
  if (pid === undefined) return 0;
  if (!Number.isInteger(pid)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "pid" argument must be of type number. Received ${typeof pid}`);
  }
  return pid;
}

function userInfo(options) {
  const info = call('user');
  const result = Object.create(null);
  const encode = (s) => (options && options.encoding === 'buffer' ? Buffer.from(s) : s);
  result.uid = info.uid;
  result.gid = info.gid;
  result.username = encode(info.username);
  result.homedir = encode(info.homedir);
  result.shell = info.shell ? encode(info.shell) : null;
  return result;
}

function networkInterfaces() {
  const result = {};
  for (const item of call('interfaces')) {
    const { name, ...entry } = item;
    let bits = 0;
    if (entry.family === 'IPv4') {
      for (const part of entry.netmask.split('.')) bits += (Number(part) >>> 0).toString(2).split('1').length - 1;
    } else {
      for (const part of entry.netmask.split(':')) if (part) bits += parseInt(part, 16).toString(2).split('1').length - 1;
    }
    const ordered = { address: entry.address, netmask: entry.netmask, family: entry.family, mac: entry.mac, internal: entry.internal, cidr: `${entry.address}/${bits}` };
    if (entry.scopeid !== undefined) ordered.scopeid = entry.scopeid;
    (result[name] || (result[name] = [])).push(ordered);
  }
  return result;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  return process.env.HOME || call('user').homedir;
}

const os = module.exports;
Object.defineProperty(os, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
Object.assign(os, {
  arch: () => process.arch,
  availableParallelism: () => call('parallelism'),
  cpus: () => call('cpus'),
  devNull: '/dev/null',
  endianness: () => 'LE',
  EOL: '\n',
  freemem: () => call('memory').free,
  getPriority: (pid) => call('getPriority', checkPid(pid)),
  homedir,
  hostname: () => call('uname').hostname,
  loadavg: () => call('loadavg'),
  machine: () => uname().machine,
  networkInterfaces,
  platform: () => process.platform,
  release: () => uname().release,
  setPriority(pid, prio) {
    if (prio === undefined) {
      prio = pid;
      pid = 0;
    }
    call('setPriority', checkPid(pid), prio);
  },
  tmpdir,
  totalmem: () => call('memory').total,
  type: () => uname().sysname,
  uptime: () => call('uptime'),
  userInfo,
  version: () => uname().version,
});
for (const name of ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir',
  'hostname', 'loadavg', 'machine', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version']) {
  os[name][Symbol.toPrimitive] = () => os[name]();
}

// ---- process.report.getReport() ------------------------------------------------------
function getReport(err) {
  const facts = natives.processReport();
  const u = uname();
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const dumpEventTime = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}Z`;
  const interfaces = [];
  for (const [name, list] of Object.entries(networkInterfaces())) {
    for (const i of list) {
      const entry = { name, internal: i.internal, mac: i.mac, address: i.address, netmask: i.netmask, family: i.family };
      if (i.scopeid !== undefined) entry.scopeid = i.scopeid;
      interfaces.push(entry);
    }
  }
  const memory = process.memoryUsage();
  const header = {
    reportVersion: 4,
    event: 'JavaScript API',
    trigger: 'GetReport',
    filename: null,
    dumpEventTime,
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    glibcVersionRuntime: facts.glibcVersionRuntime,
    glibcVersionCompiler: facts.glibcVersionCompiler,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: u.sysname,
    osRelease: u.release,
    osVersion: u.version,
    osMachine: u.machine,
    cpus: call('cpus').map(({ model, speed, times }) => ({ model, speed, ...times })),
    networkInterfaces: interfaces,
    host: u.hostname,
  };
  const error = err instanceof Error ? err : new Error('nari report');
  return {
    header,
    javascriptStack: {
      message: `${error.name}: ${error.message}`,
      stack: String(error.stack).split('\n').slice(1).map((line) => line.trim()),
      errorProperties: {},
    },
    javascriptHeap: {
      totalMemory: memory.heapTotal,
      usedMemory: memory.heapUsed,
      externalMemory: memory.external,
      heapSpaces: {},
    },
    nativeStack: [],
    resourceUsage: { rss: memory.rss },
    libuv: [],
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: facts.userLimits,
    sharedObjects: facts.sharedObjects,
  };
}

Object.defineProperty(os, '_nariReport', { value: getReport, enumerable: false });
Object.defineProperty(os, '_nariErrorName', { value: (n) => [errnoNames.get(n) || `Unknown system error -${n}`], enumerable: false });
