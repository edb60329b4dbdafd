// Loads the example addon and uses it: run with `nari examples/hello/index.js`
// (or `node examples/hello/index.js` — the same .node file works in both).
'use strict';
const assert = require('assert');
const addon = require('./build/hello.node');

console.log(addon.hello());
console.log(addon.hello('nari'));
console.log('add(2, 40) =', addon.add(2, 40));
assert.throws(() => addon.add('two', 40), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
console.log('running on', process.versions.nari ? `nari ${process.versions.nari}` : `node ${process.version}`,
  `with Node-API ${process.versions.napi}`);
