'use strict';
// @duckdb/node-api: an in-memory database, a table, an aggregate query.
const { scenario, same } = require('./_lib');
const { DuckDBInstance } = require('@duckdb/node-api');

scenario('@duckdb/node-api', /\/node_modules\/@duckdb\/node-bindings-linux-x64\/[^/]*\.node$/, async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE t AS SELECT range AS i, range % 3 AS g FROM range(1000)');
  const reader = await connection.runAndReadAll('SELECT g, count(*)::INTEGER AS n, sum(i)::INTEGER AS s FROM t GROUP BY g ORDER BY g');
  const rows = reader.getRowObjectsJson();
  same(JSON.stringify(rows), JSON.stringify([
    { g: '0', n: 334, s: 166833 },
    { g: '1', n: 333, s: 166167 },
    { g: '2', n: 333, s: 166500 },
  ]), 'grouped rows');
  const answer = await connection.runAndReadAll('SELECT 6 * 7 AS answer');
  same(answer.getRows()[0][0], 42, 'SELECT 6 * 7');
  connection.closeSync();
  instance.closeSync();
});
