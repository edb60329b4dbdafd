'use strict';
// nari: internal/inspect — value inspection compatible with Node's util.inspect.
// Loaded as require('internal/inspect') (file: internal_inspect.js).
//
// nari has no engine internals exposed to JS, so type detection is done with
// brand-checking builtin getters/methods (they throw on foreign receivers).
// Promise state is read through the optional hook
// globalThis.__nari_internals.promiseState(p) -> [state, value].

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const MIN_LINE_WIDTH = 16;
const OBJECT_TYPE = 0;
const ARRAY_EXTRAS_TYPE = 1;

// ---------------------------------------------------------------------------
// Type checks (brand checks through builtin accessors)

const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
const getterOf = (proto, name) => {
  const d = proto && Object.getOwnPropertyDescriptor(proto, name);
  return d && d.get ? uncurry(d.get) : undefined;
};
const brand = (fn) => (v) => {
  if (fn === undefined || v === null || typeof v !== 'object') return false;
  try { fn(v); return true; } catch { return false; }
};

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);
const objToString = uncurry(Object.prototype.toString);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const propertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);

const isDate = brand(uncurry(Date.prototype.getTime));
const regexpSource = getterOf(RegExp.prototype, 'source');
const isRegExp = (v) => v !== RegExp.prototype && brand(regexpSource)(v);
const isMap = brand(getterOf(Map.prototype, 'size'));
const isSet = brand(getterOf(Set.prototype, 'size'));
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v, {}));
const isArrayBuffer = brand(getterOf(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brand(getterOf(SharedArrayBuffer.prototype, 'byteLength')) : () => false;
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = brand(getterOf(DataView.prototype, 'byteLength'));
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
const typedArrayName = (v) => typedArrayTag(v);
const isNumberObject = brand(uncurry(Number.prototype.valueOf));
const isStringObject = brand(uncurry(String.prototype.valueOf));
const isBooleanObject = brand(uncurry(Boolean.prototype.valueOf));
const isBigIntObject = typeof BigInt === 'function' ?
  brand(uncurry(BigInt.prototype.valueOf)) : () => false;
const isSymbolObject = brand(uncurry(Symbol.prototype.valueOf));
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) ||
  isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
const isArgumentsObject = (v) => v !== null && typeof v === 'object' &&
  !(Symbol.toStringTag in v) && objToString(v) === '[object Arguments]';
const isPromise = (v) => {
  if (v === null || typeof v !== 'object') return false;
  const hook = globalThis.__nari_internals;
  if (hook && typeof hook.isPromise === 'function') return hook.isPromise(v);
  return v instanceof Promise;
};
const isNativeError = (v) => {
  if (v === null || typeof v !== 'object') return false;
  const hook = globalThis.__nari_internals;
  if (hook && typeof hook.isNativeError === 'function') return hook.isNativeError(v);
  // Without engine support: an object whose builtin tag is Error and which has
  // no overriding Symbol.toStringTag.
  return objToString(v) === '[object Error]' && !(Symbol.toStringTag in v);
};
const isError = (v) => isNativeError(v) || v instanceof Error;
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});
const fnTag = (v) => {
  if (typeof v !== 'function') return '';
  let p = Object.getPrototypeOf(v);
  while (p !== null) {
    if (p === GeneratorFunctionProto) return 'GeneratorFunction';
    if (p === AsyncFunctionProto) return 'AsyncFunction';
    if (p === AsyncGeneratorFunctionProto) return 'AsyncGeneratorFunction';
    p = Object.getPrototypeOf(p);
  }
  return '';
};
const isGeneratorFunction = (v) => {
  const t = fnTag(v);
  return t === 'GeneratorFunction' || t === 'AsyncGeneratorFunction';
};
const isAsyncFunction = (v) => {
  const t = fnTag(v);
  return t === 'AsyncFunction' || t === 'AsyncGeneratorFunction';
};

const types = {
  isDate, isRegExp, isMap, isSet, isWeakMap, isWeakSet, isArrayBuffer,
  isSharedArrayBuffer, isAnyArrayBuffer, isDataView, isTypedArray,
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
  isSymbolObject, isBoxedPrimitive, isArgumentsObject, isPromise,
  isNativeError, isGeneratorFunction, isAsyncFunction,
  isGeneratorObject: (v) => v !== null && typeof v === 'object' &&
    objToString(v) === '[object Generator]',
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array',
  'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayTag(v) === name;
}
types.isArrayBufferView = (v) => isTypedArray(v) || isDataView(v);

// Names of the language's builtin constructors (used by format %s and
// constructor lookup) — not the globals the runtime adds, as in Node.
const runtimeGlobals = new Set(['Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'Blob', 'Performance']);
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis)
  .filter((e) => /^[A-Z][a-zA-Z0-9]+$/.test(e) && !runtimeGlobals.has(e)));

// ---------------------------------------------------------------------------
// Colors

const colors = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
  underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
  strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39],
  red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49],
  bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
  bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], gray: [90, 39],
  grey: [90, 39],
};
const styles = {
  __proto__: null,
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline',
};

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}
function stylizeNoColor(str) { return str; }

const ansiRe = /\u001b\[\d\d?m/g;
const removeColors = (s) => String(s).replace(ansiRe, '');
const visibleLength = (ctx, s) => (ctx.colors ? removeColors(s).length : s.length);

// ---------------------------------------------------------------------------
// Strings

const ESCAPES = [];
for (let i = 0; i < 160; i++) {
  if (i < 32 || (i >= 127 && i < 160)) {
    ESCAPES[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}
ESCAPES[8] = '\\b'; ESCAPES[9] = '\\t'; ESCAPES[10] = '\\n';
ESCAPES[12] = '\\f'; ESCAPES[13] = '\\r';
ESCAPES[39] = "\\'"; ESCAPES[92] = '\\\\';

// Quote a string like Node: prefer ', then ", then `.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  const quoteCode = quote === "'" ? 39 : -1;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c === quoteCode || c === 92 || c < 32 || (c > 126 && c < 160)) {
      rep = ESCAPES[c];
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      }
      rep = `\\u${c.toString(16)}`;
    } else {
      continue;
    }
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  if (last !== 0) out += str.slice(last);
  else out = str;
  return quote + out + quote;
}

const identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function addNumericSeparator(intStr) {
  let result = '';
  let i = intStr.length;
  const start = intStr.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${intStr.slice(i - 3, i)}${result}`;
  return i === intStr.length ? intStr : `${intStr.slice(0, i)}${result}`;
}

function formatNumber(fn, n, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(n, -0)) return fn('-0', 'number');
    return fn(`${n}`, 'number');
  }
  const integer = Math.trunc(n);
  const str = String(integer);
  if (integer === n) {
    if (!Number.isFinite(integer) || str.includes('e')) return fn(str, 'number');
    return fn(addNumericSeparator(str), 'number');
  }
  if (Number.isNaN(n)) return fn(str, 'number');
  const full = `${n}`;
  const dot = full.indexOf('.');
  if (dot === -1 || full.includes('e')) return fn(full, 'number');
  let frac = full.slice(dot + 1);
  let sep = '';
  for (let i = 0; i < frac.length; i += 3) sep += (i ? '_' : '') + frac.slice(i, i + 3);
  frac = sep;
  return fn(`${addNumericSeparator(full.slice(0, dot))}.${frac}`, 'number');
}

function formatBigInt(fn, n, numericSeparator) {
  const str = String(n);
  return fn(`${numericSeparator ? addNumericSeparator(str) : str}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > MIN_LINE_WIDTH &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = value.split(/(?<=\n)/);
        return lines.map((l) => fn(strEscape(l), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Helpers for objects

function getConstructorName(obj, ctx, recurseTimes) {
  let firstProto;
  const orig = obj;
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstanceof(orig, desc.value)) {
      return String(desc.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = 'Object';
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, ctx.depth === null ? Infinity : ctx.depth + 1);
  if (protoName === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoName}>`;
}

function isInstanceof(obj, ctor) {
  try { return obj instanceof ctor; } catch { return false; }
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    keys = Object.keys(value);
    for (const s of symbols) if (propertyIsEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

const isIndexKey = (k) => typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) &&
  Number(k) < 4294967295;

function getNonIndexKeys(value, showHidden) {
  return Reflect.ownKeys(value).filter((k) => !isIndexKey(k) &&
    (showHidden || propertyIsEnumerable(value, k)));
}

function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

// ---------------------------------------------------------------------------
// Main formatting

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  if (ctx.customInspect) {
    let custom;
    try { custom = value[customInspectSymbol]; } catch { custom = undefined; }
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = Reflect.apply(custom, value, [depth, userOptions(ctx), inspect]);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map([[value, index]]);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function userOptions(ctx) {
  const out = { stylize: ctx.stylize };
  for (const key of Object.keys(inspectDefaultOptions)) out[key] = ctx[key];
  return Object.assign(out, ctx.userOptions);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  const constructor = getConstructorName(value, ctx, recurseTimes);
  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }
  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = OBJECT_TYPE;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = ARRAY_EXTRAS_TYPE;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = Reflect.get(Set.prototype, 'size', value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = Reflect.get(Map.prototype, 'size', value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      const fallback = typedArrayName(value);
      const size = value.length;
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = ARRAY_EXTRAS_TYPE;
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(value);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0) || (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) :
        Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      if (promiseState(value) !== undefined) {
        formatter = formatPromise;
      } else if (keys.length === 0) {
        return `${braces[0]}}`; // state unknown without the engine hook
      }
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0) return base;
    } else {
      // A null-prototype object with an own enumerable tag names itself by it.
      let fallback = 'Object';
      if (constructor === null && tag === '') {
        const own = value[Symbol.toStringTag];
        if (typeof own === 'string' && own !== '') fallback = own;
      }
      if (keys.length === 0) return `${getPrefix(constructor, tag, fallback)}{}`;
      braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
  } catch (err) {
    if (err instanceof RangeError && /call stack/i.test(String(err.message))) {
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
      return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
    }
    throw err;
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const ref = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? ref : `${ref} ${base}`;
      else braces[0] = `${ref} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_TYPE) {
      output = output.sort(cmp);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(cmp);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function getFunctionBase(value, constructor, tag) {
  let src;
  try { src = Function.prototype.toString.call(value); } catch { src = ''; }
  if (src.startsWith('class') && src.endsWith('}')) {
    const body = src.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        /^\s*(?:extends\s+[\w$.]+\s*)?\{/.test(body.replace(/\/\*[\s\S]*?\*\//g, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type, prim;
  if (isNumberObject(value)) { type = 'Number'; prim = Number.prototype.valueOf.call(value); }
  else if (isStringObject(value)) {
    type = 'String';
    prim = String.prototype.valueOf.call(value);
    keys.splice(0, prim.length);
  } else if (isBooleanObject(value)) { type = 'Boolean'; prim = Boolean.prototype.valueOf.call(value); }
  else if (isBigIntObject(value)) { type = 'BigInt'; prim = BigInt.prototype.valueOf.call(value); }
  else { type = 'Symbol'; prim = Symbol.prototype.valueOf.call(value); }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, prim, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// --- errors

function stackString(err) {
  let stack;
  try { stack = err.stack; } catch { stack = undefined; }
  if (stack) return String(stack);
  try { return Error.prototype.toString.call(err); } catch { return '[object Error]'; }
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const m = stack.match(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/) ||
        stack.match(/^([a-z_A-Z0-9-]*Error)$/);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Find a run (> 3 lines) of frames shared with the cause's stack.
function sharedFrames(frames, causeFrames) {
  for (let i = 0; i < frames.length - 3; i++) {
    const pos = causeFrames.indexOf(frames[i]);
    if (pos === -1) continue;
    const rest = causeFrames.length - pos;
    if (rest <= 3) continue;
    const maxLen = Math.min(frames.length - i, rest);
    let len = 1;
    while (len < maxLen && frames[i + len] === causeFrames[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function stackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try { cause = err.cause; } catch { cause = undefined; }
  if (cause != null && isError(cause)) {
    const causeStack = stackString(cause);
    const start = causeStack.indexOf('\n    at');
    if (start !== -1) {
      const causeFrames = causeStack.slice(start + 1).split('\n');
      const { len, offset } = sharedFrames(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        frames.splice(offset + 1, skipped,
          ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined'));
      }
    }
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackString(err);
  // Drop own name/message/stack keys whose value is already shown in the stack.
  if (!ctx.showHidden && keys.length !== 0) {
    for (const key of ['name', 'message', 'stack']) {
      const i = keys.indexOf(key);
      if (i !== -1 && typeof err[key] === 'string' && stack.includes(err[key])) keys.splice(i, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = stackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      stack = head + lines.map((l) => (/^\s+at .*(node:|\(node:)/.test(l) ?
        ctx.stylize(l, 'undefined') : l)).map((l) => `\n${l}`).join('');
    } else {
      stack = `${head}\n${lines.join('\n')}`;
    }
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// --- formatters for the iterable kinds

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  let i = 0;
  while (i < length && output.length < max) {
    if (!hasOwn(value, i)) {
      let j = i + 1;
      while (j < length && !hasOwn(value, j)) j++;
      const holes = j - i;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      i = j;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_EXTRAS_TYPE));
    i++;
  }
  const remaining = length - i;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  const fmt = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < max; i++) output.push(fmt(ctx.stylize, value[i], ctx.numericSeparator));
  if (length > max) output.push(remainingText(length - max));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try { bytes = new Uint8Array(value); } catch { return [ctx.stylize('(detached)', 'special')]; }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(bytes[i].toString(16).padStart(2, '0'));
  let str = parts.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const size = Reflect.get(Set.prototype, 'size', value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(value)) {
    if (i >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (size > max) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = Reflect.get(Map.prototype, 'size', value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= max) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size > max) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// nari's natives know a promise's state (require('internal/natives') is
// only there inside nari; elsewhere the optional global hook is used).
let promiseStateNative;
function promiseState(value) {
  if (promiseStateNative === undefined) {
    try {
      promiseStateNative = require('internal/natives').promiseState || null;
    } catch {
      promiseStateNative = null;
    }
  }
  if (promiseStateNative) return promiseStateNative(value);
  const hook = globalThis.__nari_internals;
  return hook && typeof hook.promiseState === 'function' ? hook.promiseState(value) : undefined;
}

function formatPromise(ctx, value, recurseTimes) {
  const details = promiseState(value);
  if (!details) return [];
  const [state, result] = details;
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  let str;
  let sep = ' ';
  const desc = Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== OBJECT_TYPE) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < visibleLength(ctx, str)) {
      sep = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const got = Reflect.apply(desc.get, value, []);
        ctx.indentationLvl += 2;
        if (got === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        else if (typeof got === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
        else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${err && err.message})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY_EXTRAS_TYPE && typeof key === 'number') return str;
  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(Symbol.prototype.toString.call(key), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${strEscape(key).slice(1, -1)}]`;
  } else if (identRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${sep}${str}`;
}

// ---------------------------------------------------------------------------
// Layout

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    total += visibleLength(ctx, entry);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Arrange many short array entries into aligned columns.
function groupArrayElements(ctx, output, value) {
  let count = output.length;
  if (ctx.maxArrayLength < output.length) count--; // skip "... more items"
  const SEP = 2; // ", "
  const lengths = [];
  let total = 0;
  let maxLen = 0;
  for (let i = 0; i < count; i++) {
    const len = visibleLength(ctx, output[i]);
    lengths.push(len);
    total += len + SEP;
    if (len > maxLen) maxLen = len;
  }
  const cell = maxLen + SEP;
  if (!(cell * 3 + ctx.indentationLvl < ctx.breakLength &&
        (total / cell > 5 || maxLen <= 6))) {
    return output;
  }
  const bias = Math.sqrt(cell - total / output.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * count) / biasedCell),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / cell),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;
  const colWidth = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < output.length; j += columns) {
      if (lengths[j] > w) w = lengths[j];
    }
    colWidth.push(w + SEP);
  }
  let padLeft = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padLeft = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < count; i += columns) {
    const end = Math.min(i + columns, count);
    let line = '';
    let j = i;
    for (; j < end - 1; j++) {
      const width = colWidth[j - i] + output[j].length - lengths[j];
      const cellText = `${output[j]}, `;
      line += padLeft ? cellText.padStart(width, ' ') : cellText.padEnd(width, ' ');
    }
    if (padLeft) {
      const width = colWidth[j - i] + output[j].length - lengths[j] - SEP;
      line += output[j].padStart(width, ' ');
    } else {
      line += output[j];
    }
    rows.push(line);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[count]);
  return rows;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const ind = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${ind}  ${output.join(`,${ind}  `)}${ind}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const ind = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${ind}  `;
  return `${braces[0]}${ln}${output.join(`,\n${ind}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Public entry point

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors)
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.depth === Infinity) ctx.depth = null;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('The "options" argument must be of type object.');
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});
inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------
// format()

function hasBuiltInToString(value) {
  let ts;
  try { ts = value.toString; } catch { return true; }
  if (typeof ts !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let p = value;
  do { p = Object.getPrototypeOf(p); } while (p !== null && !hasOwn(p, 'toString'));
  if (p === null) return true;
  const desc = Object.getOwnPropertyDescriptor(p, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtInObjects.has(desc.value.name);
}

function tryStringify(v) {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const e = new TypeError(`The "inspectOptions" argument must be of type object. Received ${inspect(inspectOptions)}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return formatInternal(inspectOptions, args);
}

function format(...args) {
  return formatInternal(undefined, args);
}

function formatInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  const noColor = (v) => v;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first[++i];
      if (a + 1 !== args.length) {
        let piece;
        switch (next) {
          case 's': {
            const arg = args[++a];
            if (typeof arg === 'number') piece = formatNumber(noColor, arg, false);
            else if (typeof arg === 'bigint') piece = formatBigInt(noColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 'j': piece = tryStringify(args[++a]); break;
          case 'd': {
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(noColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(noColor, Number(arg), false);
            break;
          }
          case 'O': piece = inspect(args[++a], inspectOptions); break;
          case 'o':
            piece = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 'i': {
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(noColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(noColor, Number.parseInt(arg), false);
            break;
          }
          case 'f': {
            const arg = args[++a];
            piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(noColor, Number.parseFloat(arg), false);
            break;
          }
          case 'c': a += 1; piece = ''; break;
          case '%':
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const v = args[a];
    str += join;
    str += typeof v !== 'string' ?
      inspect(v, { ...inspectOptions }) : v;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  inspectDefaultOptions,
  stripVTControlCharacters: (s) => String(s).replace(/[\u001b\u009b][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, ''),
  types,
  isError,
  builtInObjects,
};
