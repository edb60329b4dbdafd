// The ES module loader. Compiled on first use as the body of
// `function (natives, requireBuiltin, isBuiltin, cjs, process, fatal)` by the
// bootstrap; returns { runMain, importDynamic, initializeMeta,
// evaluateSynthetic } (the last three are the host hooks V8 calls through
// modules/esm.rs).
//
// Modules are keyed by URL: `file:` URLs for files, `node:` for builtins.
// Resolution follows Node's ESM rules: relative and absolute URLs must name
// the file exactly (no extension search, no directories); bare specifiers are
// packages found in node_modules folders, through package.json "exports"
// (conditions "node", "import", "default") or else "main"; "#…" specifiers go
// through the package's "imports". The format comes from the file: .mjs is a
// module, .cjs CommonJS, .js what the package scope's "type" says, .json JSON.
//
// A module graph is loaded synchronously: every source text module is
// compiled and its imports resolved and loaded, recursively, and V8 is told
// what each specifier resolved to (natives.esmLink); then the root is
// instantiated and evaluated (a promise, because of top-level await).
// CommonJS modules and builtins are synthetic modules: `default` is
// module.exports, and every own enumerable key at load time is also a named
// export. A CommonJS module imported by a module therefore runs while the
// graph is loaded (Node runs it in graph order; the names it exports are only
// known by running it here).
'use strict';

const path = requireBuiltin('path');
const { Module } = cjs;
const FILE = 1;
const DIRECTORY = 2;
const CONDITIONS = new Set(['node', 'import', 'default']);

// ---- errors -------------------------------------------------------------------
function codedError(Kind, code, message) {
  const err = new Kind(message);
  err.code = code;
  // As Node's: the code shows in the name line of the stack.
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(`${err.name}: `)) {
    err.stack = `${err.name} [${code}]: ${stack.slice(err.name.length + 2)}`;
  }
  return err;
}

// Where a syntax error is (`url:line\n<line>\n   ^\n`), shown when it is fatal.
const arrows = new WeakMap();

// ---- file URLs ----------------------------------------------------------------
// Characters a file URL's path must percent-encode (the WHATWG path set, plus
// '%' and '\' as Node encodes them).
const ENCODE = /[\x00-\x20"#%<>?`{}\\\x7f-\uffff]/;

function pathToFileURL(filename) {
  let out = '';
  for (const ch of filename) {
    if (!ENCODE.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of utf8Bytes(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `file://${out}`;
}

// UTF-8 bytes of one code point (no TextEncoder in the bootstrap).
function utf8Bytes(ch) {
  const cp = ch.codePointAt(0);
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// Splits a URL or relative URL into [path, '?query#hash'].
function splitSuffix(url) {
  const at = url.search(/[?#]/);
  return at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

function decodePath(text, original) {
  if (/%2f/i.test(text)) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      `File URL path must not include encoded / characters: ${original}`);
  }
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function fileURLToPath(url) {
  if (!url.startsWith('file:')) {
    throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  let rest = splitSuffix(url.slice(5))[0];
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    if (host !== '' && host !== 'localhost') {
      throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    }
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  const filename = path.resolve(decodePath(rest, url));
  return rest.endsWith('/') && filename !== '/' ? `${filename}/` : filename;
}

// How an importer is named in errors: its path for files.
function describeParent(parentURL) {
  return parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL;
}

// ---- package.json ----------------------------------------------------------------
const packageCache = new Map();

// The parsed package.json in `dir`, or null.
function readPackage(dir) {
  if (packageCache.has(dir)) return packageCache.get(dir);
  const file = path.join(dir, 'package.json');
  let pkg = null;
  if (natives.statKind(file) === FILE) {
    try {
      pkg = JSON.parse(natives.readFileUtf8(file));
    } catch (err) {
      throw codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${file}: ${err.message}`);
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  packageCache.set(dir, pkg);
  return pkg;
}

// The nearest package.json above `filename` (not past a node_modules folder).
function packageScope(filename) {
  for (let dir = path.dirname(filename); ; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'node_modules') return null;
    const pkg = readPackage(dir);
    if (pkg !== null) return { dir, pkg };
    if (dir === path.dirname(dir)) return null;
  }
}

// ---- resolution ------------------------------------------------------------------
function isRelative(specifier) {
  return specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier === '.' || specifier === '..';
}

// The URL `specifier` names when imported by `parentURL`. With `check`, the
// file must exist (and the URL names its real path), as for an import;
// import.meta.resolve does not check.
function resolve(specifier, parentURL, check = true) {
  if (specifier.startsWith('node:')) {
    if (isBuiltin(specifier.slice(5))) return specifier;
    throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
  }
  if (isBuiltin(specifier)) return `node:${specifier}`;
  let url;
  if (isRelative(specifier)) {
    url = resolveRelative(specifier, parentURL);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    if (!specifier.startsWith('file:')) {
      throw codedError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
        `Only URLs with a scheme in: file and node are supported by the default ESM loader. Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
    }
    const [, suffix] = splitSuffix(specifier);
    url = pathToFileURL(fileURLToPath(specifier)) + suffix;
  } else if (specifier.startsWith('#')) {
    url = resolveImports(specifier, parentURL);
  } else {
    url = resolvePackage(specifier, parentURL);
  }
  return check ? finalize(url, parentURL) : url;
}

function parentDir(parentURL) {
  if (parentURL.startsWith('file:')) {
    const parent = fileURLToPath(parentURL);
    return parent.endsWith('/') ? parent : path.dirname(parent);
  }
  return process.cwd();
}

function resolveRelative(specifier, parentURL) {
  const [rel, suffix] = splitSuffix(specifier);
  const decoded = decodePath(rel, specifier);
  let resolved = path.resolve(parentDir(parentURL), decoded);
  if (/(^|\/)\.{0,2}$/.test(rel) && resolved !== '/') resolved += '/';
  return pathToFileURL(resolved) + suffix;
}

// The file must exist and not be a directory; the URL names its real path.
function finalize(url, parentURL) {
  if (!url.startsWith('file:')) return url;
  const [, suffix] = splitSuffix(url);
  const filename = fileURLToPath(url);
  const kind = natives.statKind(filename);
  if (filename.endsWith('/') || kind === DIRECTORY) {
    throw Object.assign(codedError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${filename}' is not supported resolving ES modules imported from ${describeParent(parentURL)}`), { url });
  }
  if (kind !== FILE) {
    throw Object.assign(codedError(Error, 'ERR_MODULE_NOT_FOUND',
      `Cannot find module '${filename}' imported from ${describeParent(parentURL)}`), { url });
  }
  return pathToFileURL(natives.realpath(filename)) + suffix;
}

function invalidSpecifier(specifier, reason, parentURL) {
  return codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
    `Invalid module "${specifier}" ${reason} imported from ${describeParent(parentURL)}`);
}

function resolvePackage(specifier, parentURL) {
  let sep = specifier.indexOf('/');
  if (specifier.startsWith('@')) {
    if (sep === -1) throw invalidSpecifier(specifier, 'is not a valid package name', parentURL);
    sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  const subpath = `.${sep === -1 ? '' : specifier.slice(sep)}`;
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) {
    throw invalidSpecifier(specifier, 'is not a valid package name', parentURL);
  }
  const fromDir = parentDir(parentURL);
  // A package may import itself by name (through its "exports").
  const scope = packageScope(path.join(fromDir, 'x'));
  if (scope && scope.pkg.name === name && scope.pkg.exports !== undefined && scope.pkg.exports !== null) {
    return resolveExports(scope.dir, subpath, scope.pkg.exports, parentURL);
  }
  for (const modules of Module._nodeModulePaths(fromDir)) {
    const dir = path.join(modules, name);
    if (natives.statKind(dir) !== DIRECTORY) continue;
    const pkg = readPackage(dir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      return resolveExports(dir, subpath, pkg.exports, parentURL);
    }
    if (subpath === '.') return resolveMain(dir, pkg, parentURL);
    return pathToFileURL(path.join(dir, subpath));
  }
  throw codedError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find package '${name}' imported from ${describeParent(parentURL)}`);
}

// A package without "exports": its "main", as CommonJS finds it, else index.js.
function resolveMain(dir, pkg, parentURL) {
  const tries = [];
  if (pkg && typeof pkg.main === 'string' && pkg.main !== '') {
    const main = path.join(dir, pkg.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
      path.join(main, 'index.js'), path.join(main, 'index.json'), path.join(main, 'index.node'));
  }
  tries.push(path.join(dir, 'index.js'), path.join(dir, 'index.json'), path.join(dir, 'index.node'));
  for (const file of tries) {
    if (natives.statKind(file) === FILE) return pathToFileURL(file);
  }
  throw codedError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find package '${dir}' imported from ${describeParent(parentURL)}`);
}

function resolveExports(dir, subpath, exports, parentURL) {
  const manifest = path.join(dir, 'package.json');
  if (typeof exports === 'string' || Array.isArray(exports) || !hasDotKeys(exports, manifest)) {
    exports = { '.': exports };
  }
  const found = matchMap(dir, subpath, exports, parentURL, false);
  if (found !== undefined && found !== null) return found;
  const base = describeParent(parentURL);
  throw codedError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
    ? `No "exports" main defined in ${manifest} imported from ${base}`
    : `Package subpath '${subpath}' is not defined by "exports" in ${manifest} imported from ${base}`);
}

function hasDotKeys(object, manifest) {
  const keys = Object.keys(object);
  const dots = keys.filter((k) => k.startsWith('.')).length;
  if (dots !== 0 && dots !== keys.length) {
    throw codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
      `Invalid package config ${manifest}. "exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`);
  }
  return dots !== 0;
}

// Looks `key` up in an "exports" or "imports" map: exact keys, then the
// longest matching "*" pattern.
function matchMap(dir, key, map, parentURL, isImports) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
    return resolveTarget(dir, map[key], '', false, isImports, parentURL);
  }
  let best = null;
  let bestPrefix = -1;
  for (const pattern of Object.keys(map)) {
    const star = pattern.indexOf('*');
    if (star === -1 || pattern.indexOf('*', star + 1) !== -1) continue;
    const prefix = pattern.slice(0, star);
    const trailer = pattern.slice(star + 1);
    if (key.length >= pattern.length && key.startsWith(prefix) && key.endsWith(trailer) && prefix.length > bestPrefix) {
      best = { pattern, match: key.slice(prefix.length, key.length - trailer.length) };
      bestPrefix = prefix.length;
    }
  }
  if (best === null) return undefined;
  return resolveTarget(dir, map[best.pattern], best.match, true, isImports, parentURL);
}

function invalidTarget(dir, target, parentURL) {
  return codedError(Error, 'ERR_INVALID_PACKAGE_TARGET',
    `Invalid "exports" target ${JSON.stringify(target)} defined in the package config ${path.join(dir, 'package.json')} imported from ${describeParent(parentURL)}`);
}

// A target of "exports"/"imports": a "./" path, conditions, or a list of
// alternatives. undefined: no condition matched; null: excluded.
function resolveTarget(dir, target, match, isPattern, isImports, parentURL) {
  if (typeof target === 'string') {
    const substituted = isPattern ? target.replace(/\*/g, match) : target + match;
    if (!target.startsWith('./')) {
      if (isImports && !isRelative(target) && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
        return resolve(substituted, pathToFileURL(path.join(dir, 'package.json')), false);
      }
      throw invalidTarget(dir, target, parentURL);
    }
    const resolved = path.join(dir, substituted);
    if (resolved !== dir && !resolved.startsWith(`${dir}/`)) throw invalidTarget(dir, target, parentURL);
    if (/(^|\/)node_modules(\/|$)/.test(substituted.slice(2))) throw invalidTarget(dir, target, parentURL);
    return pathToFileURL(resolved);
  }
  if (Array.isArray(target)) {
    let lastError;
    for (const item of target) {
      let found;
      try {
        found = resolveTarget(dir, item, match, isPattern, isImports, parentURL);
      } catch (err) {
        if (err.code !== 'ERR_INVALID_PACKAGE_TARGET') throw err;
        lastError = err;
        continue;
      }
      if (found !== undefined) return found;
    }
    if (lastError !== undefined) throw lastError;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (!CONDITIONS.has(condition)) continue;
      const found = resolveTarget(dir, target[condition], match, isPattern, isImports, parentURL);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(dir, target, parentURL);
}

function resolveImports(specifier, parentURL) {
  if (specifier === '#' || specifier.startsWith('#/')) {
    throw invalidSpecifier(specifier, 'is not a valid internal imports specifier name', parentURL);
  }
  const scope = parentURL.startsWith('file:') ? packageScope(fileURLToPath(parentURL)) : null;
  if (scope && scope.pkg.imports !== null && typeof scope.pkg.imports === 'object') {
    const found = matchMap(scope.dir, specifier, scope.pkg.imports, parentURL, true);
    if (found !== undefined && found !== null) return found;
  }
  const where = scope ? ` in package ${scope.dir}/` : '';
  throw codedError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    `Package import specifier "${specifier}" is not defined${where} imported from ${describeParent(parentURL)}`);
}

// ---- formats ---------------------------------------------------------------------
function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  const filename = fileURLToPath(url);
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  const scope = packageScope(filename);
  const type = scope && scope.pkg.type === 'module' ? 'module' : 'commonjs';
  if (ext === '.js') return type;
  if (ext === '' && type === 'commonjs') return 'commonjs';
  throw codedError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension "${ext}" for ${filename}`);
}

// ---- the module map ----------------------------------------------------------------
const records = new Map(); // url -> record
const byId = []; // module id -> record

// Loads the graph rooted at `url`; returns its record. On failure nothing
// this call added stays in the map (a later import tries again).
function loadGraph(url) {
  const added = [];
  try {
    return load(url, added);
  } catch (err) {
    for (const record of added) records.delete(record.url);
    throw err;
  }
}

function addRecord(record, added) {
  records.set(record.url, record);
  byId[record.id] = record;
  added.push(record);
  return record;
}

function load(url, added) {
  const cached = records.get(url);
  if (cached !== undefined) return cached;
  const format = formatOf(url);
  if (format === 'builtin') {
    const name = url.slice(5);
    return synthetic(url, format, requireBuiltin(name), added);
  }
  const filename = fileURLToPath(url);
  if (format === 'commonjs') {
    const exports = Module._load(filename, null, false);
    return synthetic(url, format, exports, added, Module._cache[filename]);
  }
  if (format === 'json') {
    const text = natives.readFileUtf8(filename);
    let value;
    try {
      value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      err.message = `${filename}: ${err.message}`;
      throw err;
    }
    return synthetic(url, format, value, added, undefined, false);
  }
  let source = natives.readFileUtf8(filename);
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const compiled = natives.esmCompile(source, url);
  if (typeof compiled !== 'number') {
    if (compiled.arrow !== undefined && compiled.error !== null && typeof compiled.error === 'object') {
      arrows.set(compiled.error, compiled.arrow);
    }
    throw compiled.error;
  }
  const record = addRecord({ url, id: compiled, format, filename, evaluation: undefined }, added);
  const specifiers = natives.esmRequests(compiled);
  const types = natives.esmRequestTypes(compiled);
  const ids = specifiers.map((specifier, i) => checkType(load(resolve(specifier, url), added), types[i]).id);
  natives.esmLink(compiled, specifiers, ids);
  return record;
}

// Import assertions, as Node: JSON needs `type: 'json'`, which nothing else may have.
function checkType(record, type) {
  if (type === undefined) {
    if (record.format === 'json') {
      throw codedError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
        `Module "${record.url}" needs an import attribute of type "json"`);
    }
  } else if (type !== 'json') {
    throw codedError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', `Import attribute type "${type}" is unsupported`);
  } else if (record.format !== 'json') {
    throw codedError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_FAILED', `Module "${record.url}" is not of type "json"`);
  }
  return record;
}

// A synthetic module for CommonJS exports, a builtin or JSON: `default` is the
// value, and (unless `named` is false) its own enumerable keys are named exports.
function synthetic(url, format, value, added, cjsModule, named = true) {
  const names = ['default'];
  if (named && value !== null && (typeof value === 'object' || typeof value === 'function')) {
    for (const key of Object.keys(value)) if (key !== 'default') names.push(key);
  }
  const id = natives.esmCreateSynthetic(url, names);
  return addRecord({ url, id, format, names, value, cjsModule, evaluation: undefined }, added);
}

// Evaluation steps of a synthetic module (called by V8 through esm.rs).
function evaluateSynthetic(id) {
  const record = byId[id];
  const value = record.cjsModule ? record.cjsModule.exports : record.value;
  for (const name of record.names) {
    let exported = value;
    if (name !== 'default') {
      // A builtin's getter may throw (path.win32 on nari): that export is undefined.
      try {
        exported = value[name];
      } catch (err) {
        if (record.format !== 'builtin') throw err;
        exported = undefined;
      }
    }
    natives.esmSetExport(id, name, exported);
  }
}

const UNINSTANTIATED = 0;
const EVALUATING = 3;

// Instantiates and evaluates a loaded graph; a promise of its namespace.
function run(record) {
  const status = natives.esmStatus(record.id);
  if (status === EVALUATING) {
    // Imported while its own body runs: answer once that is done.
    return Promise.resolve().then(() => run(record));
  }
  if (status === UNINSTANTIATED) natives.esmInstantiate(record.id);
  if (record.evaluation === undefined) record.evaluation = natives.esmEvaluate(record.id);
  return record.evaluation.then(() => natives.esmNamespace(record.id));
}

// ---- hooks ---------------------------------------------------------------------------
// The URL of a script or module by its origin's resource name: a module's
// URL, a CommonJS file's path, or something else (eval: the cwd).
function referrerURL(name) {
  if (typeof name === 'string') {
    if (name.startsWith('file:')) return name;
    if (path.isAbsolute(name)) return pathToFileURL(name);
  }
  return pathToFileURL(path.join(process.cwd(), '[eval]'));
}

// import(specifier) from the script or module named `referrer`.
function importDynamic(specifier, referrer, type) {
  const parentURL = referrerURL(referrer);
  // Loading starts after the importer's synchronous code, as in Node.
  return Promise.resolve().then(() => run(checkType(loadGraph(resolve(specifier, parentURL)), type)));
}

function initializeMeta(id, meta) {
  const record = byId[id];
  if (record === undefined) return;
  if (record.filename !== undefined) {
    meta.dirname = path.dirname(record.filename);
    meta.filename = record.filename;
  }
  meta.resolve = (specifier) => resolve(`${specifier}`, record.url, false);
  meta.url = record.url;
}

// ---- require() of an ES module ------------------------------------------------------------
// As Node 20.19+ / 22.12+: loads, links and evaluates the graph
// synchronously and returns its namespace. A graph that awaits at top
// level (its evaluation does not settle synchronously) cannot be required.
function requireModule(filename) {
  const record = loadGraph(pathToFileURL(filename));
  if (natives.esmStatus(record.id) === UNINSTANTIATED) natives.esmInstantiate(record.id);
  if (record.evaluation === undefined) record.evaluation = natives.esmEvaluate(record.id);
  const [state, result] = natives.promiseState(record.evaluation);
  if (state === 2) {
    record.evaluation.catch(() => {}); // reported here, not as unhandled
    throw result;
  }
  if (state === 0) {
    throw codedError(Error, 'ERR_REQUIRE_ASYNC_MODULE',
      'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the ' +
      `top-level await occurs, use --experimental-print-required-tla.\n  From ${filename}`);
  }
  return natives.esmNamespace(record.id);
}

// ---- the entry point ---------------------------------------------------------------------
// `nari file.mjs`: runs the module; the process waits for its top-level
// await; if that never settles, the exit code is 13 (as Node's).
function runMain(script, args) {
  const given = path.resolve(script);
  process.argv.push(given, ...args);
  const filename = natives.statKind(given) === FILE ? given : `${given}.js`;
  let record;
  try {
    record = loadGraph(pathToFileURL(natives.realpath(filename)));
    natives.esmInstantiate(record.id);
  } catch (err) {
    throw withArrow(err);
  }
  let settled = false;
  let drained = false;
  process.on('beforeExit', () => { drained = true; });
  process.on('exit', () => {
    if (!settled && drained) process.exitCode = 13;
  });
  record.evaluation = natives.esmEvaluate(record.id);
  record.evaluation.then(() => { settled = true; }, (err) => {
    settled = true;
    fatal(withSourceLine(err));
  });
}

// An error a module threw, when fatal, shows the line it came from above its
// stack (`url:line\n<line>\n   ^\n`), as in Node.
function withSourceLine(err) {
  if (!(err instanceof Error) || typeof err.stack !== 'string') return err;
  const frame = /\n    at (?:[^\n]*?\()?(file:\/\/[^\n]*?):(\d+):(\d+)\)?\n?/.exec(err.stack);
  if (frame === null) return err;
  try {
    const [, url, line, column] = frame;
    const text = natives.readFileUtf8(fileURLToPath(url)).split('\n')[line - 1];
    if (text === undefined) return err;
    err.stack = `${url}:${line}\n${text}\n${' '.repeat(column - 1)}^\n\n${err.stack}`;
  } catch {
    // The file is gone: the stack alone will do.
  }
  return err;
}

// A fatal syntax error shows where it is, as in Node.
function withArrow(err) {
  const arrow = arrows.get(err);
  if (arrow !== undefined && typeof err.stack === 'string') {
    err.stack = `${arrow}\n${err.stack}`;
    arrows.delete(err);
  }
  return err;
}

return { runMain, importDynamic, initializeMeta, evaluateSynthetic, requireModule };
