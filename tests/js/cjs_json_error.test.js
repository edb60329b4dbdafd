// A JSON file with a syntax error: a SyntaxError whose message names the file;
// the failed module is not cached.
'use strict';
const assert = require('assert');
const path = require('path');

const file = path.join(__dirname, 'fixtures', 'cjs', 'bad-json', 'bad.json');
for (let i = 0; i < 2; i++) {
  let caught;
  try {
    require('./fixtures/cjs/bad-json/bad.json');
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof SyntaxError, String(caught));
  assert.ok(caught.message.startsWith(`${file}: `), caught.message);
  assert.ok(!(file in require.cache));
}
