'use strict';
// better-sqlite3 is a V8-ABI addon (built against V8's C++ API, not
// Node-API): Node.js runs it; nari must refuse it with an error that says it
// is not a Node-API addon (never a crash, never a silent fallback).
const { scenario, same, check } = require('./_lib');

if (process.versions.nari) {
  let error = null;
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:');
  } catch (e) {
    error = e;
  }
  check(error !== null, 'requiring a V8-ABI addon under nari throws');
  same(error.code, 'ERR_DLOPEN_FAILED', 'error code');
  check(/better_sqlite3\.node is not a Node-API addon/.test(error.message), `clear message: ${error.message}`);
  console.log('refused as a V8-ABI addon, as it must be');
  console.log('ok better-sqlite3');
} else {
  const Database = require('better-sqlite3');
  scenario('better-sqlite3', /\/node_modules\/better-sqlite3\/build\/Release\/better_sqlite3\.node$/, () => {
    const db = new Database(':memory:');
    db.exec('create table t (x integer)');
    const insert = db.prepare('insert into t values (?)');
    for (let i = 1; i <= 10; i++) insert.run(i);
    same(db.prepare('select sum(x) as s from t').get().s, 55, 'sum');
    db.close();
  });
}
