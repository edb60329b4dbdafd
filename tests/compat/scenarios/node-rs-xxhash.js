'use strict';
// @node-rs/xxhash: XXH32, XXH64, XXH3-64 and XXH3-128 known digests.
const { scenario, same } = require('./_lib');
const { xxh32, xxh64, xxh3, Xxh64 } = require('@node-rs/xxhash');

const h = (n, width) => n.toString(16).padStart(width, '0');

scenario('@node-rs/xxhash', /\/node_modules\/@node-rs\/xxhash-linux-x64-gnu\/[^/]*\.node$/, () => {
  same(h(xxh32(''), 8), '02cc5d05', 'xxh32("")');
  same(h(xxh32('abc'), 8), '32d153ff', 'xxh32("abc")');
  same(h(xxh32(Buffer.from('abc'), 42), 8), '0147abfe', 'xxh32("abc", 42)');
  same(h(xxh64(''), 16), 'ef46db3751d8e999', 'xxh64("")');
  same(h(xxh64('abc'), 16), '44bc2cf5ad770999', 'xxh64("abc")');
  same(h(xxh64('abc', 42n), 16), '13c1d910702770e6', 'xxh64("abc", 42)');
  same(h(xxh3.xxh64(''), 16), '2d06800538d394c2', 'xxh3_64("")');
  same(h(xxh3.xxh64('abc'), 16), '78af5f94892f3950', 'xxh3_64("abc")');
  same(h(xxh3.xxh128('nari'), 32), '78199e5f1f2482fa0c9402af8499dd45', 'xxh3_128("nari")');
  const streaming = new Xxh64();
  streaming.update('a').update(Buffer.from('bc'));
  same(h(streaming.digest(), 16), '44bc2cf5ad770999', 'streaming xxh64("abc")');
});
