// The CommonJS loader. Compiled as the body of
// `function (natives, requireBuiltin, isBuiltin, provided, process)` by the
// bootstrap; returns { Module, runMain, evalScript }.
//
// Resolution follows Node's algorithm: builtins (with or without `node:`),
// then relative/absolute paths as a file, with the extensions .js/.json/.node,
// or as a directory (package.json "main", then index.*); `#name` through the
// "imports" of the requiring file's package; a package's own name through its
// "exports" (self-reference); bare names in node_modules folders from the
// requiring file's folder to the root (then NODE_PATH and the global
// folders), through the package's "exports" when it has one.
// Modules are cached by real path before they run, so cycles see the partial
// `exports`, as in Node.
'use strict';

const path = requireBuiltin('path');
const EXTENSIONS = ['.js', '.json', '.node'];
const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
const FILE = 1;
const DIRECTORY = 2;

class Module {
  constructor(id = '', parent = null) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false });
    if (parent) parent.children.push(this);
  }

  require(request) {
    if (typeof request !== 'string') {
      throw invalidArg('id', 'string', request);
    }
    if (request === '') {
      const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return Module._load(request, this);
  }
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = [];
Module.wrapper = WRAPPER_PARAMS;

function invalidArg(name, type, value) {
  const err = new TypeError(`The "${name}" argument must be of type ${type}. Received ${typeof value}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function stat(p) {
  return natives.statKind(p);
}

// node_modules folders from `from` up to the root.
Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  const paths = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    if (dir === path.dirname(dir)) break;
  }
  return paths;
};

function tryFile(p) {
  return stat(p) === FILE ? natives.realpath(p) : false;
}

function tryExtensions(p) {
  for (const ext of EXTENSIONS) {
    const found = tryFile(p + ext);
    if (found) return found;
  }
  return false;
}

// ---- package.json -------------------------------------------------------------
// Parsed package.json files by path (null: none there), read once.
const packageCache = new Map();

function readPackage(pkgPath) {
  if (packageCache.has(pkgPath)) return packageCache.get(pkgPath);
  let pkg = null;
  if (stat(pkgPath) === FILE) {
    try {
      pkg = JSON.parse(natives.readFileUtf8(pkgPath));
    } catch (err) {
      err.path = pkgPath;
      err.message = `Error parsing ${pkgPath}: ${err.message}`;
      throw err;
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  packageCache.set(pkgPath, pkg);
  return pkg;
}

// The package.json closest to `dir` (not crossing into a node_modules
// folder): { pkg, dir } or undefined.
function readPackageScope(dir) {
  for (let d = dir; ; d = path.dirname(d)) {
    if (path.basename(d) === 'node_modules') return undefined;
    const pkg = readPackage(path.join(d, 'package.json'));
    if (pkg) return { pkg, dir: d };
    if (d === path.dirname(d)) return undefined;
  }
}

function readPackageMain(dir) {
  const pkg = readPackage(path.join(dir, 'package.json'));
  return pkg && typeof pkg.main === 'string' && pkg.main !== '' ? pkg.main : undefined;
}

function tryDirectory(dir) {
  const main = readPackageMain(dir);
  if (main !== undefined) {
    const target = path.resolve(dir, main);
    const found = tryFile(target) || tryExtensions(target) || tryExtensions(path.join(target, 'index'));
    if (found) return found;
    const index = tryExtensions(path.join(dir, 'index'));
    if (index) {
      process.emitWarning(`Invalid 'main' field in '${path.join(dir, 'package.json')}' of '${main}'. ` +
        'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    }
    return index;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function tryPath(p, trailingSlash) {
  if (!trailingSlash) {
    const found = tryFile(p) || tryExtensions(p);
    if (found) return found;
  }
  return stat(p) === DIRECTORY ? tryDirectory(p) : false;
}

// ---- "exports" and "imports" --------------------------------------------------
// Node's package resolution for require: conditions `require`, `node`,
// `node-addons` and `default`; subpaths, `*` patterns, arrays, null targets.
const CONDITIONS = new Set(['require', 'node', 'node-addons', 'default']);

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

const importedFrom = (base) => (base ? ` imported from ${base}` : '');

function invalidTarget(pkgDir, key, target, isImports, base) {
  const hint = typeof target === 'string' && !isImports && target.length > 0 && !target.startsWith('./')
    ? '; targets must start with "./"' : '';
  const pkgJson = path.join(pkgDir, 'package.json');
  const message = key === '.'
    ? `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pkgJson}`
    : `Invalid "${isImports ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgJson}`;
  return codedError(Error, 'ERR_INVALID_PACKAGE_TARGET', message + importedFrom(base) + hint);
}

function notExported(pkgDir, subpath, base) {
  const pkgJson = path.join(pkgDir, 'package.json');
  const message = subpath === '.'
    ? `No "exports" main defined in ${pkgJson}`
    : `Package subpath '${subpath}' is not defined by "exports" in ${pkgJson}`;
  return codedError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', message + importedFrom(base));
}

function invalidConfig(pkgDir, base, message) {
  return codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
    `Invalid package config ${path.join(pkgDir, 'package.json')}${base ? ` while importing ${base}` : ''}. ${message}`);
}

// Whether a path segment list has '', '.', '..' or 'node_modules' (also
// percent-encoded), which targets and pattern matches may not contain.
function hasInvalidSegment(text) {
  return text.split(/[\\/]/).some((segment) => {
    const decoded = segment.replace(/%([0-9a-f]{2})/gi, (m, hex) => {
      const c = String.fromCharCode(parseInt(hex, 16));
      return /[.a-z_]/i.test(c) ? c : m;
    }).toLowerCase();
    return decoded === '' || decoded === '.' || decoded === '..' || decoded === 'node_modules';
  });
}

function isArrayIndexKey(key) {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

// Resolves one target of "exports"/"imports"; a path, or null/undefined when
// nothing matched. `key` is the matched key, for messages.
function resolveTarget(pkgDir, target, patternMatch, isImports, key, base, parent) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (!isImports || target.startsWith('../') || target.startsWith('/') || isUrlLike(target)) {
        throw invalidTarget(pkgDir, key, target, isImports, base);
      }
      // An "imports" target naming a package: resolved as a bare require.
      const request = patternMatch === null ? target : target.replaceAll('*', patternMatch);
      return Module._resolveFilename(request, parent, false);
    }
    if (hasInvalidSegment(target.slice(2))) throw invalidTarget(pkgDir, key, target, isImports, base);
    if (patternMatch === null) return path.join(pkgDir, target);
    if (hasInvalidSegment(patternMatch)) {
      throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
        `Invalid module "${key.replace('*', patternMatch)}" request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${path.join(pkgDir, 'package.json')}${importedFrom(base)}`);
    }
    return path.join(pkgDir, target.replaceAll('*', patternMatch));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const item of target) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, item, patternMatch, isImports, key, base, parent);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) { lastError = null; continue; }
      return resolved;
    }
    if (lastError) throw lastError;
    return lastError;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    if (keys.some(isArrayIndexKey)) {
      throw invalidConfig(pkgDir, base, '"exports" cannot contain numeric property keys.');
    }
    for (const condition of keys) {
      if (!CONDITIONS.has(condition)) continue;
      const resolved = resolveTarget(pkgDir, target[condition], patternMatch, isImports, key, base, parent);
      if (resolved === undefined) continue;
      return resolved;
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, key, target, isImports, base);
}

function isUrlLike(text) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text);
}

// Node's order for pattern keys: longer prefix before `*` first, then longer key.
function comparePatternKeys(a, b) {
  const baseA = a.indexOf('*');
  const baseB = b.indexOf('*');
  const lengthA = baseA === -1 ? a.length : baseA + 1;
  const lengthB = baseB === -1 ? b.length : baseB + 1;
  if (lengthA > lengthB) return -1;
  if (lengthB > lengthA) return 1;
  if (baseA === -1) return 1;
  if (baseB === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Looks `matchKey` up in a subpath map (exports) or an imports map.
function resolveMap(matchKey, map, pkgDir, isImports, base, parent) {
  if (Object.prototype.hasOwnProperty.call(map, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(pkgDir, map[matchKey], null, isImports, matchKey, base, parent);
  }
  let bestKey = '';
  let bestMatch = '';
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    if (!matchKey.startsWith(prefix) || matchKey === prefix) continue;
    const trailer = key.slice(star + 1);
    if (trailer.length > 0 && (!matchKey.endsWith(trailer) || matchKey.length < key.length)) continue;
    if (bestKey === '' || comparePatternKeys(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = matchKey.slice(prefix.length, matchKey.length - trailer.length);
    }
  }
  if (bestKey !== '') return resolveTarget(pkgDir, map[bestKey], bestMatch, isImports, bestKey, base, parent);
  return null;
}

// A file from "exports" must exist as is: no extensions are tried.
function finishPackageResolution(resolved, pkgDir) {
  if (typeof resolved === 'string') {
    if (resolved.startsWith('node:') || isBuiltin(resolved) || path.isAbsolute(resolved) === false) return resolved;
    let file = resolved;
    if (file.includes('%')) {
      try { file = decodeURIComponent(file); } catch { /* keep as is */ }
    }
    const found = tryFile(file);
    if (found) return found;
    const err = new Error(`Cannot find module '${file}'`);
    err.code = 'MODULE_NOT_FOUND';
    err.path = path.join(pkgDir, 'package.json');
    throw err;
  }
  return resolved;
}

// `subpath` ('.' or './x') of the package in `pkgDir` through its "exports".
function resolveExports(pkgDir, pkg, subpath, base, parent) {
  const exportsField = pkg.exports;
  let isSubpathMap = false;
  if (exportsField !== null && typeof exportsField === 'object' && !Array.isArray(exportsField)) {
    const keys = Object.getOwnPropertyNames(exportsField);
    let dotted = 0;
    for (const key of keys) if (key.startsWith('.')) dotted++;
    if (dotted > 0 && dotted !== keys.length) {
      throw invalidConfig(pkgDir, base, '"exports" cannot contain some keys starting with \'.\' and some not. ' +
        'The exports object must either be an object of package subpath keys or an object of main entry ' +
        'condition name keys only.');
    }
    isSubpathMap = dotted > 0;
  }
  let resolved;
  if (subpath === '.') {
    const main = isSubpathMap ? exportsField['.'] : exportsField;
    if (main !== undefined) resolved = resolveTarget(pkgDir, main, null, false, '.', base, parent);
  } else if (isSubpathMap) {
    resolved = resolveMap(subpath, exportsField, pkgDir, false, base, parent);
  }
  if (resolved === null || resolved === undefined) throw notExported(pkgDir, subpath, base);
  return finishPackageResolution(resolved, pkgDir);
}

const PACKAGE_NAME = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// A bare request through the "exports" of the package it names in the
// node_modules folder `dir`; undefined when that package has no "exports".
function tryPackageExports(dir, request, parent) {
  const match = PACKAGE_NAME.exec(request);
  if (match === null) return undefined;
  const pkgDir = path.join(dir, match[1]);
  const pkg = readPackage(path.join(pkgDir, 'package.json'));
  if (!pkg || pkg.exports === null || pkg.exports === undefined) return undefined;
  return resolveExports(pkgDir, pkg, `.${match[2] || ''}`, undefined, parent);
}

// A request naming the package the requiring file belongs to.
function trySelf(parent, request) {
  const from = parent && parent.filename ? parent.filename : undefined;
  const scope = readPackageScope(from ? path.dirname(from) : process.cwd());
  if (!scope) return undefined;
  const { pkg, dir } = scope;
  if (pkg.exports === null || pkg.exports === undefined || typeof pkg.name !== 'string') return undefined;
  let subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(`${pkg.name}/`)) subpath = `.${request.slice(pkg.name.length)}`;
  else return undefined;
  return resolveExports(dir, pkg, subpath, from || process.cwd(), parent);
}

// A `#name` request through the "imports" of the requiring file's package;
// undefined when that package has no "imports".
function tryImports(parent, request) {
  if (!parent || !parent.filename) return undefined;
  const base = parent.filename;
  const scope = readPackageScope(path.dirname(base));
  if (!scope || scope.pkg.imports === null || scope.pkg.imports === undefined) return undefined;
  const { pkg, dir } = scope;
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw codedError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${request}" is not a valid internal imports specifier name imported from ${base}`);
  }
  let resolved = null;
  if (typeof pkg.imports === 'object' && !Array.isArray(pkg.imports)) {
    resolved = resolveMap(request, pkg.imports, dir, true, base, parent);
  }
  if (resolved === null || resolved === undefined) {
    throw codedError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
      `Package import specifier "${request}" is not defined in package ${path.join(dir, 'package.json')} imported from ${base}`);
  }
  return finishPackageResolution(resolved, dir);
}

// ---- resolution -----------------------------------------------------------------
// Global folders searched after node_modules ones: NODE_PATH, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node, as in Node.
Module.globalPaths = [];
Module._initPaths = function () {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)));
  Module.globalPaths = paths;
};
Module._initPaths();

function isRelative(request) {
  return request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
}

// The folders a request is looked up in (null for builtins).
Module._resolveLookupPaths = function (request, parent) {
  if (isBuiltin(request)) return null;
  if (!isRelative(request)) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : Module._nodeModulePaths(process.cwd());
    for (const p of Module.globalPaths) if (!paths.includes(p)) paths.push(p);
    return paths;
  }
  return [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
};

// The file `request` names, looked up in `paths`; false when none.
Module._findPath = function (request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const trailingSlash = request.endsWith('/') || (request.length > 0 && /(^|\/)\.\.?$/.test(request));
  const bare = !absolute && !isRelative(request);
  for (const dir of paths) {
    if (bare && dir !== '') {
      const exported = tryPackageExports(dir, request, null);
      if (exported !== undefined) return exported;
    }
    const found = tryPath(path.resolve(dir, request), trailingSlash);
    if (found) return found;
  }
  return false;
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (request.startsWith('node:')) {
    if (isBuiltin(request.slice(5))) return request;
    const err = new Error(`No such built-in module: ${request}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  if (isBuiltin(request)) return request;
  let paths;
  if (options && Array.isArray(options.paths)) {
    if (isRelative(request)) {
      paths = options.paths.map((p) => path.resolve(p));
    } else {
      paths = [];
      for (const p of options.paths) {
        const fake = new Module('', null);
        fake.paths = Module._nodeModulePaths(p);
        for (const dir of Module._resolveLookupPaths(request, fake)) if (!paths.includes(dir)) paths.push(dir);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request.startsWith('#')) {
    const imported = tryImports(parent, request);
    if (imported !== undefined) return imported;
  }
  if (!isRelative(request) && !path.isAbsolute(request)) {
    const self = trySelf(parent, request);
    if (self !== undefined) return self;
  }
  const found = Module._findPath(request, paths, isMain);
  if (found) return found;
  const stack = [];
  for (let m = parent; m; m = m.parent) if (m.filename) stack.push(m.filename);
  const err = new Error(`Cannot find module '${request}'` + (stack.length ? `\nRequire stack:\n- ${stack.join('\n- ')}` : ''));
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  throw err;
};

Module._load = function (request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename.startsWith('node:') || isBuiltin(filename)) {
    return requireBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const ext = path.extname(filename);
  const loader = Module._extensions[ext] || Module._extensions['.js'];
  loader(this, filename);
  this.loaded = true;
};

Module.prototype._compile = function (content, filename) {
  if (content.startsWith('#!')) content = '//' + content.slice(2);
  let fn;
  try {
    fn = natives.compileFunction(content, filename, WRAPPER_PARAMS);
  } catch (err) {
    // Node's stack starts with `file:line`, the source line and a caret;
    // V8's SyntaxError has no location here, so name at least the file.
    if (err instanceof SyntaxError && typeof err.stack === 'string' && !err.stack.startsWith(filename)) {
      err.stack = `${filename}\n\n${err.stack}`;
    }
    throw err;
  }
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

// require() of an ES module (.mjs, or .js in a "type": "module" package):
// its namespace, evaluated synchronously (as Node 20.19+ / 22.12+).
function requireEsm(module, filename) {
  module.exports = requireBuiltin('internal/esm').requireModule(filename);
}

Module._extensions['.js'] = function (module, filename) {
  if (filename.endsWith('.js')) {
    const scope = readPackageScope(path.dirname(filename));
    if (scope && scope.pkg.type === 'module') return requireEsm(module, filename);
  }
  module._compile(natives.readFileUtf8(filename), filename);
};

Module._extensions['.mjs'] = requireEsm;

Module._extensions['.json'] = function (module, filename) {
  const content = natives.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  process.dlopen(module, filename);
};

function makeRequire(module) {
  const require = (request) => module.require(request);
  require.resolve = (request, options) => {
    if (typeof request !== 'string') throw invalidArg('request', 'string', request);
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

Module.createRequire = function (filename) {
  let file = filename;
  if ((typeof file === 'object' && file !== null && typeof file.href === 'string') ||
    (typeof file === 'string' && file.startsWith('file:'))) {
    file = requireBuiltin('url').fileURLToPath(file);
  } else if (typeof file !== 'string' || !path.isAbsolute(file)) {
    const err = new TypeError('The argument \'filename\' must be a file URL object, file URL string, or absolute path string. ' +
      `Received ${requireBuiltin('util').inspect(filename)}`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  // A directory (trailing slash) requires as a file inside it would.
  if (file.endsWith('/')) file += 'noop.js';
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  return makeRequire(module);
};

Module.isBuiltin = (name) => typeof name === 'string' && isBuiltin(name.startsWith('node:') ? name.slice(5) : name);
Module.syncBuiltinESMExports = () => {};
Module.Module = Module;
provided.set('module', () => {
  const names = new Set(natives.data.builtins);
  for (const name of provided.keys()) if (!name.startsWith('internal/')) names.add(name);
  Module.builtinModules = [...names].sort();
  return Module;
});

function runMain(script, args) {
  const resolved = path.resolve(script);
  process.argv.push(resolved, ...args);
  Module._load(resolved, null, true);
}

// Runs `code` as a script in the global scope with CommonJS names defined as
// globals (what `node -e` does); returns its completion value.
function evalScript(code) {
  const module = new Module('[eval]', null);
  module.filename = path.join(process.cwd(), '[eval]');
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = makeRequire(module);
  globalThis.__filename = '[eval]';
  globalThis.__dirname = '.';
  return natives.runScript(code, '[eval]');
}

return { Module, runMain, evalScript };
