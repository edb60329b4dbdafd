'use strict';
// bufferutil: WebSocket masking and unmasking against a hand-computed vector.
const { scenario, same } = require('./_lib');
const bufferutil = require('bufferutil');

scenario('bufferutil', /\/node_modules\/bufferutil\/prebuilds\/linux-x64\/[^/]*\.node$/, () => {
  const mask = Buffer.from([0x37, 0xfa, 0x21, 0x3d]);
  const data = Buffer.from('Hello, WebSocket masking from nari!');
  const expected = Buffer.from(data.map((b, i) => b ^ mask[i & 3]));
  const output = Buffer.alloc(data.length + 4, 0xee);
  bufferutil.mask(data, mask, output, 2, data.length);
  same(output.subarray(2, 2 + data.length).toString('hex'), expected.toString('hex'), 'mask');
  same(output[0], 0xee, 'mask leaves bytes before the offset');
  same(output[output.length - 1], 0xee, 'mask leaves bytes after the length');
  const buffer = Buffer.from(expected);
  bufferutil.unmask(buffer, mask);
  same(buffer.toString(), data.toString(), 'unmask');
  // Large enough for the word-at-a-time path.
  const big = Buffer.alloc(4099);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
  const copy = Buffer.from(big);
  bufferutil.unmask(big, mask);
  bufferutil.unmask(big, mask);
  same(big.equals(copy), true, 'unmask twice is the identity');
});
