'use strict';
// sqlite3 (built from source by node-gyp): async statements on a file
// database, prepared statements, a transaction, reopen with nothing lost.
const path = require('path');
const { scenario, same, tempDir } = require('./_lib');
const sqlite3 = require('sqlite3');

function call(target, method, ...args) {
  return new Promise((resolve, reject) => {
    target[method](...args, function (error, result) {
      if (error) reject(error);
      else resolve(method === 'run' ? this : result);
    });
  });
}

function openDb(file) {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(db)));
  });
}

scenario('sqlite3', /\/node_modules\/sqlite3\/build\/Release\/node_sqlite3\.node$/, async () => {
  const file = path.join(tempDir('sqlite3'), 'test.db');
  let db = await openDb(file);
  await call(db, 'run', 'CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)');
  await call(db, 'run', 'BEGIN');
  const insert = db.prepare('INSERT INTO items (name, price) VALUES (?, ?)');
  for (const [name, price] of [['apple', 0.5], ['pear', 0.75], ['fig', 2.25]]) {
    await call(insert, 'run', name, price);
  }
  await call(insert, 'finalize');
  await call(db, 'run', 'COMMIT');
  const result = await call(db, 'run', 'UPDATE items SET price = price * 2 WHERE name = ?', 'fig');
  same(result.changes, 1, 'rows changed by UPDATE');
  const row = await call(db, 'get', 'SELECT sqlite_version() AS v');
  same(typeof row.v, 'string', 'sqlite_version()');
  await call(db, 'close');

  db = await openDb(file);
  const rows = await call(db, 'all', 'SELECT name, price FROM items ORDER BY id');
  same(rows.map((r) => `${r.name}:${r.price}`).join(','), 'apple:0.5,pear:0.75,fig:4.5', 'rows after reopening');
  const names = [];
  await new Promise((resolve, reject) =>
    db.each('SELECT name FROM items WHERE price < ?', [1], (error, r) => (error ? reject(error) : names.push(r.name)),
      (error) => (error ? reject(error) : resolve())));
  same(names.join(','), 'apple,pear', 'db.each');
  await call(db, 'close');
});
