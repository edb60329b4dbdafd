'use strict';
// sharp: generate an image, resize it, encode PNG and read it back.
const { scenario, same, check } = require('./_lib');
const sharp = require('sharp');

scenario('sharp', /\/node_modules\/@img\/sharp-linux-x64\/lib\/[^/]*\.node$/, async () => {
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 255, g: 0, b: 0 } },
  })
    .png()
    .toBuffer();
  same(png.subarray(1, 4).toString('latin1'), 'PNG', 'PNG signature');
  const original = await sharp(png).metadata();
  same(`${original.format} ${original.width}x${original.height}`, 'png 64x48', 'generated image metadata');

  const { data, info } = await sharp(png).resize(32).raw().toBuffer({ resolveWithObject: true });
  same(`${info.width}x${info.height}x${info.channels}`, '32x24x3', 'resized raw image');
  same(data.length, 32 * 24 * 3, 'raw pixel bytes');
  check(data[0] === 255 && data[1] === 0 && data[2] === 0, `first pixel is red (${[...data.subarray(0, 3)]})`);

  const jpeg = await sharp(png).resize(16, 16, { fit: 'fill' }).jpeg({ quality: 80 }).toBuffer();
  const meta = await sharp(jpeg).metadata();
  same(`${meta.format} ${meta.width}x${meta.height}`, 'jpeg 16x16', 'resized JPEG metadata');
});
