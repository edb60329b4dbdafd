// crypto: hashes and HMACs (known vectors, chunked updates, encodings, streams),
// random bytes, UUIDs, randomInt, getRandomValues, timingSafeEqual, pbkdf2.
'use strict';
const assert = require('assert');
const crypto = require('crypto');

const vectors = {
  md5: ['d41d8cd98f00b204e9800998ecf8427e', '900150983cd24fb0d6963f7d28e17f72'],
  sha1: ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  sha224: ['d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f', '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  sha256: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  sha384: ['38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
  sha512: ['cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
};
for (const [alg, [empty, abc]] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHash(alg).digest('hex'), empty, alg);
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), abc, alg);
  assert.strictEqual(crypto.createHash(alg.toUpperCase()).update('a').update(Buffer.from('b')).update(new Uint8Array([0x63])).digest('hex'), abc);
  assert.ok(crypto.getHashes().includes(alg));
}
// Chunked input equals one-shot; a 1 MB input.
const big = Buffer.alloc(1 << 20, 7);
const h = crypto.createHash('sha256');
for (let i = 0; i < big.length; i += 4093) h.update(big.subarray(i, i + 4093));
assert.strictEqual(h.digest('hex'), crypto.createHash('sha256').update(big).digest('hex'));
// Encodings
const d = crypto.createHash('sha1').update('hello');
const buf = d.digest();
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString('hex'), 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
assert.strictEqual(crypto.createHash('sha1').update('hello').digest('base64'), 'qvTGHdzF6KLavt4PO0gs2a6pQ00=');
assert.strictEqual(crypto.createHash('sha1').update('hello').digest('base64url'), 'qvTGHdzF6KLavt4PO0gs2a6pQ00');
assert.strictEqual(crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex'), '5d41402abc4b2a76b9719d911017c592');
assert.strictEqual(crypto.createHash('md5').update('héllo', 'latin1').digest('hex'), crypto.createHash('md5').update(Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f])).digest('hex'));
assert.strictEqual(crypto.hash ? crypto.hash('sha1', 'hello') : 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d', 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
// copy
const base = crypto.createHash('sha256').update('ab');
const copy = base.copy();
assert.strictEqual(base.update('c').digest('hex'), vectors.sha256[1]);
assert.strictEqual(copy.update('c').digest('hex'), vectors.sha256[1]);
// errors
assert.throws(() => crypto.createHash('nope'), { message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('sha1').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});
const done = crypto.createHash('md5');
done.digest();
assert.throws(() => done.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => done.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

// HMAC (RFC 4231 test case 2, RFC 2202)
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(crypto.createHmac('sha512', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
assert.strictEqual(crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'), '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(crypto.createHmac('sha1', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex'), 'b617318655057264e28bc0b6fb378c8ef146be00');
assert.strictEqual(crypto.createHmac('sha256', Buffer.alloc(131, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'),
  '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
assert.strictEqual(crypto.createHmac('sha1', '').digest('hex'), 'fbdb1d1b18aa6c08324b7d64b71fb76370690e1d');
assert.throws(() => crypto.createHmac('foo', 'k'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo' });
assert.throws(() => crypto.createHmac('sha1'), { code: 'ERR_INVALID_ARG_TYPE' });

// Hash as a stream
const { Readable } = require('stream');
const hs = crypto.createHash('sha1');
assert.ok(hs instanceof require('stream').Transform);
Readable.from(['hel', 'lo']).pipe(hs).on('finish', () => {
  assert.strictEqual(hs.read().toString('hex'), 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
});
const hs2 = crypto.createHash('sha1');
hs2.setEncoding('hex');
hs2.on('data', (hex) => assert.strictEqual(hex, 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d'));
hs2.end('hello');

// random
const r1 = crypto.randomBytes(32);
assert.ok(Buffer.isBuffer(r1));
assert.strictEqual(r1.length, 32);
assert.notDeepStrictEqual(r1, crypto.randomBytes(32));
assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(200000).length, 200000);
let asyncDone = false;
crypto.randomBytes(16, (err, b) => {
  assert.strictEqual(err, null);
  assert.strictEqual(b.length, 16);
  asyncDone = true;
});
assert.strictEqual(asyncDone, false);
assert.throws(() => crypto.randomBytes(-1), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
const filled = Buffer.alloc(8);
assert.strictEqual(crypto.randomFillSync(filled, 4), filled);
assert.deepStrictEqual([...filled.subarray(0, 4)], [0, 0, 0, 0]);
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE' });
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[3], 0);
crypto.randomFill(Buffer.alloc(4), (err, b) => {
  assert.ifError(err);
  assert.strictEqual(b.length, 4);
});
for (let i = 0; i < 50; i++) {
  const uuid = crypto.randomUUID();
  assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const n = crypto.randomInt(10);
  assert.ok(Number.isInteger(n) && n >= 0 && n < 10);
  const m = crypto.randomInt(-5, 5);
  assert.ok(m >= -5 && m < 5);
}
assert.throws(() => crypto.randomInt(5, 1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 1',
});
assert.throws(() => crypto.randomInt(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
crypto.randomInt(3, (err, n) => {
  assert.strictEqual(err, undefined);
  assert.ok(n >= 0 && n < 3);
});

// getRandomValues, webcrypto
const arr = new Uint16Array(8);
assert.strictEqual(crypto.getRandomValues(arr), arr);
assert.strictEqual(globalThis.crypto.getRandomValues(new Uint8Array(4)).length, 4);
assert.strictEqual(crypto.webcrypto, globalThis.crypto);
assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
assert.strictEqual(typeof globalThis.crypto.randomUUID(), 'string');
assert.throws(() => crypto.getRandomValues(new Float32Array(1)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), { name: 'QuotaExceededError' });
globalThis.crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString('hex'), vectors.sha256[1]);
});

// timingSafeEqual
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([0x0201]).buffer), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', 'b'), { code: 'ERR_INVALID_ARG_TYPE' });

// pbkdf2 (RFC 6070)
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'),
  '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038');
crypto.pbkdf2('password', 'salt', 1, 32, 'sha256', (err, key) => {
  assert.ifError(err);
  assert.strictEqual(key.toString('hex'), '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
});

process.on('exit', () => assert.strictEqual(asyncDone, true));
