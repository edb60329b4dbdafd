'use strict';
// nari: internal/comparisons — deep equality used by assert and
// util.isDeepStrictEqual. Loaded as require('internal/comparisons')
// (file: internal_comparisons.js).

const { types, isError } = require('internal/inspect');
const {
  isDate, isRegExp, isMap, isSet, isAnyArrayBuffer, isArrayBufferView,
  isBoxedPrimitive, isNumberObject, isStringObject, isBooleanObject,
  isBigIntObject, isSymbolObject, isNativeError, isTypedArray,
} = types;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objToString = (o) => Object.prototype.toString.call(o);
const isIndexKey = (k) => typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) &&
  Number(k) < 4294967295;

function nonIndexKeys(obj, strict) {
  return Reflect.ownKeys(obj).filter((k) => !isIndexKey(k) && isEnumerable(obj, k) &&
    (strict || typeof k === 'string'));
}

function bytesOf(v) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function bytesEqual(a, b) {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function boxedEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isFloatArray(v) {
  return types.isFloat32Array(v) || types.isFloat64Array(v);
}

function deepEqual(a, b, strict, memos) {
  if (a === b) {
    if (a !== 0) return true;
    return strict ? Object.is(a, b) : true;
  }
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objToString(a);
  if (tag !== objToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = nonIndexKeys(a, strict);
    const kb = nonIndexKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, 'array', ka);
  } else if (tag === '[object Object]' && !isBoxedPrimitive(a) && !isMap(a) && !isSet(a) &&
             !isError(a) && !isDate(a) && !isRegExp(a)) {
    if (isBoxedPrimitive(b) || isMap(b) || isSet(b) || isDate(b) || isRegExp(b)) return false;
    return keyCheck(a, b, strict, memos, 'object');
  }
  if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isNativeError(a) || a instanceof Error) {
    if ((!isNativeError(b) && !(b instanceof Error)) || a.message !== b.message || a.name !== b.name) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    if (!strict && isFloatArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!bytesEqual(a, b)) {
      return false;
    }
    const ka = nonIndexKeys(a, strict);
    const kb = nonIndexKeys(b, strict);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, 'object', ka);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, 'set');
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, 'map');
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !bytesEqual(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!boxedEqual(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) ||
             isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) ||
             isNativeError(b) || b instanceof Error) {
    return false;
  }
  return keyCheck(a, b, strict, memos, 'object');
}

function keyCheck(a, b, strict, memos, kind, aKeys) {
  const explicitKeys = aKeys !== undefined;
  if (!explicitKeys) {
    aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length) return false;
  }
  for (const k of aKeys) {
    if (!(strict ? isEnumerable(b, k) : hasOwn(b, k))) return false;
  }
  if (strict && !explicitKeys) {
    const symA = Object.getOwnPropertySymbols(a).filter((s) => isEnumerable(a, s));
    const symB = Object.getOwnPropertySymbols(b).filter((s) => isEnumerable(b, s));
    if (symA.length !== symB.length) return false;
    for (const s of symA) {
      if (!isEnumerable(b, s)) return false;
      aKeys.push(s);
    }
  }
  if (aKeys.length === 0 && (kind === 'object' || (kind === 'array' && a.length === 0) ||
      a.size === 0)) {
    return true;
  }
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const ma = memos.a.get(a);
    if (ma !== undefined) {
      const mb = memos.b.get(b);
      if (mb !== undefined) return ma === mb;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, aKeys, memos, kind);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function findMatch(list, value, strict, memos) {
  for (let i = 0; i < list.length; i++) {
    if (deepEqual(value, list[i], strict, memos)) {
      list.splice(i, 1);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  const pending = [];
  for (const v of a) {
    if (typeof v === 'object' && v !== null) pending.push(v);
    else if (!b.has(v)) {
      if (strict) return false;
      pending.push(v);
    }
  }
  if (pending.length === 0) return true;
  for (const v of b) {
    if (typeof v === 'object' && v !== null) {
      if (!findMatch(pending, v, strict, memos)) return false;
    } else if (!a.has(v)) {
      if (strict) return false;
      if (!findMatch(pending, v, strict, memos)) return false;
    }
  }
  return pending.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  const pending = [];
  for (const [k, v] of a) {
    if (typeof k === 'object' && k !== null) {
      pending.push([k, v]);
    } else if (b.has(k)) {
      if (!deepEqual(v, b.get(k), strict, memos)) {
        if (strict) return false;
        pending.push([k, v]);
      }
    } else {
      if (strict) return false;
      pending.push([k, v]);
    }
  }
  if (pending.length === 0) return true;
  for (const [k, v] of b) {
    const primitiveHit = !(typeof k === 'object' && k !== null) && a.has(k) &&
      deepEqual(a.get(k), v, strict, memos);
    if (primitiveHit) continue;
    let found = false;
    for (let i = 0; i < pending.length; i++) {
      if (deepEqual(pending[i][0], k, strict, memos) && deepEqual(pending[i][1], v, strict, memos)) {
        pending.splice(i, 1);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return pending.length === 0;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === 'set') {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const ha = hasOwn(a, i);
      if (ha !== hasOwn(b, i)) return false;
      if (ha && !deepEqual(a[i], b[i], strict, memos)) return false;
    }
  }
  for (const k of keys) {
    if (!deepEqual(a[k], b[k], strict, memos)) return false;
  }
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => deepEqual(a, b, false),
  isDeepStrictEqual: (a, b) => deepEqual(a, b, true),
};
