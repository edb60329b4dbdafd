// console.log / console.error formatting (util.format and util.inspect), seen
// by replacing process.stdout.write / process.stderr.write, as programs do.
'use strict';
const assert = require('assert');
const util = require('util');

const out = [];
const err = [];
const realOut = process.stdout.write;
const realErr = process.stderr.write;
process.stdout.write = (chunk) => { out.push(String(chunk)); return true; };
process.stderr.write = (chunk) => { err.push(String(chunk)); return true; };
function logged(...args) {
  out.length = 0;
  console.log(...args);
  return out.join('');
}
let results;
try {
  const circular = { name: 'c' };
  circular.self = circular;
  results = {
    string: logged('hello'),
    many: logged('a', 1, true, null, undefined),
    object: logged({ a: 1, b: 'two', c: [1, 2, 3] }),
    nestedObject: logged({ a: { b: { c: { d: { e: 1 } } } } }),
    array: logged([1, 'two', { three: 3 }, [4, [5, [6, [7]]]]]),
    emptyThings: logged({}, [], ''),
    stringInArray: logged(['it\'s', 'x']),
    percentS: logged('%s is %s', 'x', 42),
    percentSObject: logged('%s', { a: 1 }),
    percentD: logged('%d + %d', 1.5, '2'),
    percentI: logged('%i', 42.9),
    percentF: logged('%f', '3.25'),
    percentJ: logged('%j', { a: [1, 2], b: 'x' }),
    percentJCircular: logged('%j', circular),
    percentO: logged('%o', { a: 1 }),
    percentUpperO: logged('%O', { a: { b: 1 } }),
    percentPercent: logged('100%% %s', 'sure'),
    extraArgs: logged('%s', 'a', 'b', { c: 1 }),
    missingArgs: logged('%s and %s', 'one'),
    circular: logged(circular),
    map: logged(new Map([['k', 1]])),
    set: logged(new Set([1, 2])),
    fn: logged(function named() {}),
    arrow: logged(() => {}),
    cls: logged(class Foo {}),
    symbol: logged(Symbol('s')),
    bigint: logged(10n),
    negZero: logged(-0),
    error: logged(new Error('boom')).split('\n')[0],
    date: logged(new Date(0)),
    regexp: logged(/ab+c/gi),
    nested: logged({ arr: [{ x: [1, { y: 2 }] }], s: 'str' }),
    multi: logged('line1\nline2'),
    wide: logged({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc', delta: [1, 2] }),
    instance: logged(new (class Point { constructor() { this.x = 1; this.y = 2; } })()),
    nullProto: logged(Object.assign(Object.create(null), { k: 1 })),
    sparse: logged([1, , 3]),
    typed: logged(new Uint8Array([1, 2])),
    boxed: logged(new String('s')),
    longArray: logged(Array.from({ length: 120 }, (_, i) => i)).split('\n').length,
  };
  err.length = 0;
  console.error('to %s', 'stderr', { e: 1 });
  console.warn('warned');
  results.stderr = err.join('');
  out.length = 0;
  console.info('info');
  results.info = out.join('');
} finally {
  process.stdout.write = realOut;
  process.stderr.write = realErr;
}

const expected = {
  string: 'hello\n',
  many: 'a 1 true null undefined\n',
  object: "{ a: 1, b: 'two', c: [ 1, 2, 3 ] }\n",
  nestedObject: '{ a: { b: { c: [Object] } } }\n',
  array: "[ 1, 'two', { three: 3 }, [ 4, [ 5, [Array] ] ] ]\n",
  emptyThings: '{} [] \n',
  stringInArray: `[ "it's", 'x' ]\n`,
  percentS: 'x is 42\n',
  percentSObject: '{ a: 1 }\n',
  percentD: '1.5 + 2\n',
  percentI: '42\n',
  percentF: '3.25\n',
  percentJ: '{"a":[1,2],"b":"x"}\n',
  percentJCircular: '[Circular]\n',
  percentO: '{ a: 1 }\n',
  percentUpperO: '{ a: { b: 1 } }\n',
  percentPercent: '100% sure\n',
  extraArgs: 'a b { c: 1 }\n',
  missingArgs: 'one and %s\n',
  circular: "<ref *1> { name: 'c', self: [Circular *1] }\n",
  map: "Map(1) { 'k' => 1 }\n",
  set: 'Set(2) { 1, 2 }\n',
  fn: '[Function: named]\n',
  arrow: '[Function (anonymous)]\n',
  cls: '[class Foo]\n',
  symbol: 'Symbol(s)\n',
  bigint: '10n\n',
  negZero: '-0\n',
  error: 'Error: boom',
  date: '1970-01-01T00:00:00.000Z\n',
  regexp: '/ab+c/gi\n',
  nested: "{ arr: [ { x: [Array] } ], s: 'str' }\n",
  multi: 'line1\nline2\n',
  wide: "{\n  alpha: 'aaaaaaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbbbbbbb',\n  gamma: 'cccccccccccccccccc',\n  delta: [ 1, 2 ]\n}\n",
  instance: "Point { x: 1, y: 2 }\n",
  nullProto: "[Object: null prototype] { k: 1 }\n",
  sparse: "[ 1, <1 empty item>, 3 ]\n",
  typed: "Uint8Array(2) [ 1, 2 ]\n",
  boxed: "[String: 's']\n",
  longArray: 0, // checked below
  stderr: 'to stderr { e: 1 }\nwarned\n',
  info: 'info\n',
};
assert.ok(results.longArray > 3, 'a long array is broken over lines');
results.longArray = 0;
for (const key of Object.keys(expected)) {
  assert.strictEqual(results[key], expected[key], `console.log case "${key}"`);
}

// console.log is util.format + '\n'.
assert.strictEqual(util.format('%s=%d', 'n', 5), 'n=5');
assert.strictEqual(util.format('%o', [1, [2]]), "[ 1, [ 2, [length]: 1 ], [length]: 2 ]");
assert.strictEqual(util.inspect('str'), "'str'");
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), '{ a: [Object] }');
