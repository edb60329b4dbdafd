// The CommonJS loader. Compiled as the body of
// `function (natives, requireBuiltin, isBuiltin, provided, process)` by the
// bootstrap; returns { Module, runMain, evalScript }.
//
// Resolution follows Node's algorithm: builtins (with or without `node:`),
// then relative/absolute paths as a file, with the extensions .js/.json/.node,
// or as a directory (package.json "main", then index.*); bare names are looked
// up in node_modules folders from the requiring file's folder to the root.
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

function readPackageMain(dir) {
  const pkgPath = path.join(dir, 'package.json');
  if (stat(pkgPath) !== FILE) return undefined;
  let pkg;
  try {
    pkg = JSON.parse(natives.readFileUtf8(pkgPath));
  } catch (err) {
    err.path = pkgPath;
    err.message = `Error parsing ${pkgPath}: ${err.message}`;
    throw err;
  }
  return typeof pkg.main === 'string' && pkg.main !== '' ? pkg.main : undefined;
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

Module._resolveFilename = function (request, parent, isMain, options) {
  if (request.startsWith('node:')) {
    if (isBuiltin(request.slice(5))) return request;
    const err = new Error(`No such built-in module: ${request}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  if (isBuiltin(request)) return request;
  const trailingSlash = request.endsWith('/');
  const relative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  let lookup;
  if (options && Array.isArray(options.paths)) {
    lookup = relative || path.isAbsolute(request)
      ? options.paths.map((p) => path.resolve(p))
      : options.paths.flatMap((p) => Module._nodeModulePaths(p));
  } else if (path.isAbsolute(request)) {
    lookup = [''];
  } else if (relative) {
    lookup = [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
  } else {
    lookup = parent && parent.paths && parent.paths.length ? parent.paths : Module._nodeModulePaths(process.cwd());
  }
  for (const dir of lookup) {
    const found = tryPath(path.resolve(dir, request), trailingSlash);
    if (found) return found;
  }
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

Module._extensions['.js'] = function (module, filename) {
  module._compile(natives.readFileUtf8(filename), filename);
};

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
  require.resolve.paths = (request) =>
    isBuiltin(request) ? null : Module._nodeModulePaths(module.filename ? path.dirname(module.filename) : process.cwd());
  require.main = process.mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

Module.createRequire = function (filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = decodeURIComponent(new URL(filename.href).pathname);
  } else if (typeof filename === 'string' && filename.startsWith('file://')) {
    filename = decodeURIComponent(filename.slice('file://'.length));
  }
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const err = new TypeError(`The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${String(filename)}`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequire(module);
};

Module.isBuiltin = (name) => isBuiltin(name.startsWith('node:') ? name.slice(5) : name);
Module.Module = Module;
provided.set('module', () => Module);

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
