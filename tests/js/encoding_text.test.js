// TextEncoder / TextDecoder: utf-8 (fatal, ignoreBOM, streaming), utf-16le/be, latin1.
'use strict';
const assert = require('assert');
const util = require('util');

const enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
const bytes = enc.encode('aé€😀');
assert.strictEqual(Object.getPrototypeOf(bytes), Uint8Array.prototype);
assert.deepStrictEqual([...bytes], [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual([...enc.encode()], []);
assert.deepStrictEqual([...enc.encode('\ud800x')], [0xef, 0xbf, 0xbd, 0x78]); // lone surrogate → U+FFFD
assert.deepStrictEqual([...enc.encode(42)], [0x34, 0x32]);
const dest = new Uint8Array(4);
assert.deepStrictEqual(enc.encodeInto('é😀x', dest), { read: 1, written: 2 });
assert.deepStrictEqual(enc.encodeInto('ab', new Uint8Array(8)), { read: 2, written: 2 });
assert.deepStrictEqual(enc.encodeInto('😀', new Uint8Array(4)), { read: 2, written: 4 });
assert.strictEqual(util.inspect(enc), "{ encoding: 'utf-8' }");

const dec = new TextDecoder();
assert.strictEqual(dec.encoding, 'utf-8');
assert.strictEqual(dec.fatal, false);
assert.strictEqual(dec.ignoreBOM, false);
assert.strictEqual(dec.decode(bytes), 'aé€😀');
assert.strictEqual(dec.decode(bytes.buffer), 'aé€😀');
assert.strictEqual(dec.decode(new DataView(bytes.buffer, 1, 2)), 'é');
assert.strictEqual(dec.decode(Buffer.from('hé')), 'hé');
assert.strictEqual(dec.decode(), '');
assert.strictEqual(dec.decode(new Uint16Array([0x6968])), 'hi');
// Replacement per maximal subpart.
assert.strictEqual(dec.decode(new Uint8Array([0xe2, 0x82])), '\ufffd');
assert.strictEqual(dec.decode(new Uint8Array([0xf0, 0x80, 0x80, 0x41, 0xed, 0xa0, 0x80])), '\ufffd\ufffd\ufffdA\ufffd\ufffd\ufffd');
assert.strictEqual(dec.decode(new Uint8Array([0xff, 0x41, 0xc3])), '\ufffdA\ufffd');
// BOM
assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), '\ufeffA');
// streaming
const s = new TextDecoder();
assert.strictEqual(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(s.decode(new Uint8Array([0xac, 0xf0, 0x9f]), { stream: true }), '€');
assert.strictEqual(s.decode(new Uint8Array([0x98, 0x80])), '😀');
assert.strictEqual(s.decode(new Uint8Array([0xe2]), { stream: true }), '');
assert.strictEqual(s.decode(), '\ufffd');
// big input
const big = 'ab€😀'.repeat(20000);
assert.strictEqual(new TextDecoder().decode(enc.encode(big)), big);

// fatal
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.throws(() => fatal.decode(new Uint8Array([0xff])), {
  name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-8',
});
assert.strictEqual(fatal.decode(new Uint8Array([0x41])), 'A');

// labels
assert.strictEqual(new TextDecoder('UTF8').encoding, 'utf-8');
assert.strictEqual(new TextDecoder(' utf-16 ').encoding, 'utf-16le');
assert.strictEqual(new TextDecoder('ucs-2').encoding, 'utf-16le');
assert.strictEqual(new TextDecoder('utf-16be').encoding, 'utf-16be');
assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');
assert.strictEqual(new TextDecoder('ascii').encoding, 'windows-1252');
assert.throws(() => new TextDecoder('foo'), {
  name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: 'The "foo" encoding is not supported',
});
assert.throws(() => new TextDecoder().decode('str'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// utf-16le
const u16 = new TextDecoder('utf-16le');
assert.strictEqual(u16.decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0x00, 0xde])), 'A😀');
assert.strictEqual(u16.decode(new Uint8Array([0xff, 0xfe, 0x41, 0])), 'A');
assert.strictEqual(u16.decode(new Uint8Array([0x41])), '\ufffd');
assert.strictEqual(u16.decode(new Uint8Array([0x00, 0xd8, 0x41, 0])), '\ufffdA');
assert.strictEqual(u16.decode(new Uint8Array([0x41]), { stream: true }), '');
assert.strictEqual(u16.decode(new Uint8Array([0x00])), 'A');
assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x41])),
  { code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-16le' });
// latin1 (bytes outside 0x80–0x9F, where windows-1252 and ISO-8859-1 agree)
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xe9, 0xff])), 'Aéÿ');

// globals, util
assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);
assert.strictEqual(util.inspect(new TextDecoder()), 'TextDecoder { encoding: \'utf-8\', fatal: false, ignoreBOM: false }');
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');
