'use strict';
// Files that are not loadable Node-API addons: require() must throw an
// Error that names the file. (Exact wording differs between runtimes.)
const assert = require('assert');

function expectLoadError(relPath, basename) {
  let caught = null;
  try {
    require(relPath);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof Error, `${relPath}: expected an Error`);
  assert.strictEqual(typeof caught.message, 'string');
  assert.ok(caught.message.includes(basename),
            `${relPath}: message should name ${basename}: ${caught.message}`);
}

// (f) References a mangled V8 C++ symbol that does not exist.
expectLoadError('./build/v8_abi.node', 'v8_abi.node');
// Still failing on a second attempt (not cached).
expectLoadError('./build/v8_abi.node', 'v8_abi.node');

// (g) Legacy node_module_register() with a wrong ABI version.
expectLoadError('./build/legacy_node.node', 'legacy_node.node');

// (h) A text file with a .node extension.
expectLoadError('./not_elf.node', 'not_elf.node');

console.log('loading errors: ok');
