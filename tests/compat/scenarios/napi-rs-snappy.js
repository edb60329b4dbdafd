'use strict';
// @napi-rs/snappy: a known compressed form, and sync/async round trips.
const { scenario, same, check } = require('./_lib');
const snappy = require('@napi-rs/snappy');

scenario('@napi-rs/snappy', /\/node_modules\/@napi-rs\/snappy-linux-x64-gnu\/[^/]*\.node$/, async () => {
  same(snappy.compressSync(Buffer.from('hello')).toString('hex'), '051068656c6c6f', 'snappy("hello")');
  const text = 'nari runs Node-API addons. '.repeat(500);
  const compressed = await snappy.compress(text);
  check(compressed.length < text.length / 10, `repetitive text compresses (${compressed.length} bytes)`);
  const back = await snappy.uncompress(compressed);
  same(Buffer.from(back).toString(), text, 'async round trip');
  same(snappy.uncompressSync(snappy.compressSync(text)).toString(), text, 'sync round trip');
  let threw = false;
  try {
    await snappy.uncompress(Buffer.from('definitely not snappy'));
  } catch {
    threw = true;
  }
  check(threw, 'uncompressing garbage rejects');
});
