'use strict';
// Prints the teardown order (checked by tests/teardown.rs under nari and node).
const a = require('./build/cleanup_hooks.node');
a.addHook(1);
a.addHook(2);
a.addAsyncHook(3, false);
a.addHook(4);
a.removeHook(2);
setTimeout(() => console.log('timer'), 1);
process.on('exit', () => console.log('exit'));
console.log('main done');
