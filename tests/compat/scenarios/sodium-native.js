'use strict';
// sodium-native: BLAKE2b and SHA-256 known vectors, secretbox round trip and
// tamper detection, and an async Argon2id (uv_queue_work on the addon side).
const { scenario, same, check, hex } = require('./_lib');
const sodium = require('sodium-native');

scenario('sodium-native', /\/node_modules\/sodium-native\/prebuilds\/linux-x64\/[^/]*\.node$/, async () => {
  const out = Buffer.alloc(32);
  sodium.crypto_generichash(out, Buffer.from('abc'));
  same(hex(out), 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319', 'BLAKE2b-256("abc")');
  sodium.crypto_generichash(out, Buffer.alloc(0));
  same(hex(out), '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8', 'BLAKE2b-256("")');

  const sha = Buffer.alloc(sodium.crypto_hash_sha256_BYTES);
  sodium.crypto_hash_sha256(sha, Buffer.from('abc'));
  same(hex(sha), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'SHA-256("abc")');

  const key = Buffer.alloc(sodium.crypto_secretbox_KEYBYTES);
  const nonce = Buffer.alloc(sodium.crypto_secretbox_NONCEBYTES);
  sodium.randombytes_buf(key);
  sodium.randombytes_buf(nonce);
  check(!key.equals(Buffer.alloc(key.length)), 'randombytes_buf filled the key');
  const message = Buffer.from('attack at dawn, from nari');
  const boxed = Buffer.alloc(message.length + sodium.crypto_secretbox_MACBYTES);
  sodium.crypto_secretbox_easy(boxed, message, nonce, key);
  const opened = Buffer.alloc(message.length);
  check(sodium.crypto_secretbox_open_easy(opened, boxed, nonce, key), 'secretbox opens');
  same(opened.toString(), message.toString(), 'secretbox round trip');
  boxed[boxed.length - 1] ^= 1;
  check(!sodium.crypto_secretbox_open_easy(opened, boxed, nonce, key), 'a tampered box does not open');

  const hash = Buffer.alloc(32);
  const salt = Buffer.alloc(sodium.crypto_pwhash_SALTBYTES, 7);
  await new Promise((resolve, reject) => {
    sodium.crypto_pwhash_async(
      hash, Buffer.from('password'), salt,
      sodium.crypto_pwhash_OPSLIMIT_MIN, sodium.crypto_pwhash_MEMLIMIT_MIN,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
      (error) => (error ? reject(error) : resolve()),
    );
  });
  const again = Buffer.alloc(32);
  sodium.crypto_pwhash(
    again, Buffer.from('password'), salt,
    sodium.crypto_pwhash_OPSLIMIT_MIN, sodium.crypto_pwhash_MEMLIMIT_MIN,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  check(!hash.equals(Buffer.alloc(32)), 'async pwhash wrote its output');
  same(hex(hash), hex(again), 'async and sync Argon2id agree');
});
