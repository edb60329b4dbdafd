'use strict';
// lmdb: an LMDB in a temp dir: async puts, a transaction, reads, range
// iteration, close and reopen with nothing lost.
const path = require('path');
const { scenario, same, check, tempDir } = require('./_lib');
const { open } = require('lmdb');

scenario('lmdb', /\/node_modules\/@lmdb\/lmdb-linux-x64\/[^/]*\.node$/, async () => {
  const location = path.join(tempDir('lmdb'), 'store');
  let db = open({ path: location, compression: true });
  await db.put('alpha', { n: 1, text: 'first' });
  await db.put('beta', { n: 2, list: [1, 2, 3] });
  await db.transaction(() => {
    db.put('gamma', 'x'.repeat(5000));
    db.remove('beta');
    db.put('beta', { n: 2, list: [4, 5, 6] });
  });
  same(db.get('alpha').text, 'first', 'get alpha');
  await db.close();

  db = open({ path: location, compression: true });
  const keys = [];
  for (const { key, value } of db.getRange({ start: 'a' })) keys.push(`${key}:${typeof value}`);
  same(keys.join(','), 'alpha:object,beta:object,gamma:string', 'entries after reopening, in order');
  same(db.get('beta').list.join(','), '4,5,6', 'the transaction committed');
  same(db.get('gamma').length, 5000, 'a compressed value');
  check(db.getStats().entryCount === 3, `entry count ${db.getStats().entryCount}`);
  await db.close();
});
