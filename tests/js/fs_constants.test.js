// The legacy `constants` module (graceful-fs requires it at load) and the
// constants objects of fs and os.
'use strict';
const assert = require('assert');
const constants = require('constants');
const fs = require('fs');
const os = require('os');

assert.strictEqual(require('node:constants'), constants);
assert.strictEqual(constants.O_RDONLY, fs.constants.O_RDONLY);
assert.strictEqual(constants.O_CREAT, 64);
assert.strictEqual(constants.S_IFDIR, fs.constants.S_IFDIR);
assert.strictEqual(constants.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.SIGTERM, 15);
assert.strictEqual(constants.RTLD_NOW, 2);
assert.strictEqual(constants.PRIORITY_HIGH, -14);
assert.strictEqual(constants.O_SYMLINK, undefined); // macOS only; graceful-fs checks it
assert.strictEqual(Object.getPrototypeOf(fs.constants), null);
assert.strictEqual(Object.getOwnPropertyDescriptor(fs, 'constants').writable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(os, 'constants').writable, false);
