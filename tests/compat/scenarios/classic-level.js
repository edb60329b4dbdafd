'use strict';
// classic-level: a LevelDB in a temp dir: put, batch, get, ordered iteration,
// close and reopen with nothing lost.
const path = require('path');
const { scenario, same, tempDir } = require('./_lib');
const { ClassicLevel } = require('classic-level');

scenario('classic-level', /\/node_modules\/classic-level\/prebuilds\/linux-x64\/classic-level\.node$/, async () => {
  const location = path.join(tempDir('leveldb'), 'db');
  let db = new ClassicLevel(location, { valueEncoding: 'utf8' });
  await db.open();
  await db.put('b', 'two');
  await db.batch([
    { type: 'put', key: 'a', value: 'one' },
    { type: 'put', key: 'c', value: 'three' },
    { type: 'put', key: 'd', value: 'gone soon' },
    { type: 'del', key: 'd' },
  ]);
  same(await db.get('a'), 'one', 'get a');
  same(await db.get('d'), undefined, 'a deleted key');
  await db.close();

  db = new ClassicLevel(location, { valueEncoding: 'utf8' });
  await db.open();
  const seen = [];
  for await (const [key, value] of db.iterator()) seen.push(`${key}=${value}`);
  same(seen.join(','), 'a=one,b=two,c=three', 'entries after reopening, in order');
  same((await db.keys({ gt: 'a', limit: 1 }).all()).join(','), 'b', 'a range query');
  await db.close();
});
