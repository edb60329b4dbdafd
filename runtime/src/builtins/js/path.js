'use strict';
// nari builtin: path (POSIX only).
// path.posix === path. path.win32 is NOT provided by nari: accessing it throws.

function invalidArgType(name, value) {
  let received;
  if (value == null) received = ` Received ${value}`;
  else if (typeof value === 'function') received = ` Received function ${value.name}`;
  else if (typeof value === 'object') {
    received = value.constructor && value.constructor.name ?
      ` Received an instance of ${value.constructor.name}` : ' Received [object]';
  } else {
    let shown = typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
    if (typeof value === 'symbol') shown = String(value);
    else if (typeof value === 'string') shown = `'${value}'`;
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    received = ` Received type ${typeof value} (${shown})`;
  }
  const err = new TypeError(`The "${name}" argument must be of type string.${received}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function checkString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, value);
}

// Collapse '.', '..' and repeated separators of a path (no leading-slash logic).
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

function cwd() {
  const proc = globalThis.process;
  if (proc && typeof proc.cwd === 'function') return proc.cwd();
  return '/';
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : cwd();
    checkString(p, `paths[${i}]`);
    if (p.length === 0) continue;
    resolved = `${p}/${resolved}`;
    absolute = p.charCodeAt(0) === 47;
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(path) {
  checkString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === 47;
  const trailing = path.charCodeAt(path.length - 1) === 47;
  let result = normalizeSegments(path, !absolute);
  if (result.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) result += '/';
  return absolute ? `/${result}` : result;
}

function isAbsolute(path) {
  checkString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === 47;
}

function join(...args) {
  if (args.length === 0) return '.';
  const parts = [];
  for (const arg of args) {
    checkString(arg, 'path');
    if (arg.length > 0) parts.push(arg);
  }
  if (parts.length === 0) return '.';
  return normalize(parts.join('/'));
}

function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return up.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  checkString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === 47;
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === 47) {
      if (!matchedSlash) { end = i; break; }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

// Strip trailing slashes (keeping a lone root) and return the last segment.
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  if (end === 0) return '';
  const start = path.lastIndexOf('/', end - 1) + 1;
  return path.slice(start, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(path, 'path');
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return lastSegment(path);
  }
  if (suffix === path) return '';
  let baseEnd = path.length;
  while (baseEnd > 0 && path.charCodeAt(baseEnd - 1) === 47) baseEnd--;
  if (baseEnd === 0) return path; // only slashes: Node returns the input
  const start = path.lastIndexOf('/', baseEnd - 1) + 1;
  // Match the suffix against the end of the last segment.
  let i = baseEnd - 1;
  let k = suffix.length - 1;
  while (i >= start && k >= 0 && path[i] === suffix[k]) { i--; k--; }
  let end;
  if (k < 0) end = i + 1; // whole suffix matched
  else if (i < start) end = path.length; // segment is a proper tail of suffix
  else end = baseEnd; // mismatch
  if (end === start) end = baseEnd; // suffix equals the whole segment
  return path.slice(start, end);
}

// Extension of a single path segment, following Node's rules.
function segmentExt(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function extname(path) {
  checkString(path, 'path');
  return segmentExt(lastSegment(path));
}

function parse(path) {
  checkString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path.charCodeAt(0) === 47;
  if (absolute) ret.root = '/';
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  if (end === 0) {
    ret.dir = absolute ? '/' : '';
    return ret;
  }
  const start = path.lastIndexOf('/', end - 1) + 1;
  const base = path.slice(start, end);
  ret.base = base;
  ret.ext = segmentExt(base);
  // Node quirk: '..' directly under the root parses as name '.', ext '.'.
  if (base === '..' && start === 1) ret.ext = '.';
  ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
  // Only the single separator right before the last segment is dropped.
  if (start > 1) ret.dir = path.slice(0, start - 1);
  else if (absolute) ret.dir = '/';
  return ret;
}

function format(pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    const err = new TypeError(`The "pathObject" argument must be of type object. Received ${
      pathObject === null ? 'null' : `type ${typeof pathObject} (${String(pathObject)})`}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext || '';
  const base = pathObject.base ||
    `${pathObject.name || ''}${ext && ext[0] !== '.' ? `.${ext}` : ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

const path = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '/',
  delimiter: ':',
  posix: null,
  _makeLong: toNamespacedPath,
};
path.posix = path;
Object.defineProperty(path, 'win32', {
  enumerable: true,
  configurable: true,
  get() {
    throw new Error('path.win32 is not supported by nari');
  },
});

module.exports = path;
