'use strict';
// @node-rs/argon2: a known Argon2id vector (made with the reference
// implementation), async hash + verify, and a wrong password refused.
const { scenario, same, check } = require('./_lib');
const argon2 = require('@node-rs/argon2');

const KNOWN =
  '$argon2id$v=19$m=4096,t=3,p=1$bmFyaS1jb21wYXQtc2FsdA$D/jjZ6Bqh7voPaVIdEgYlc0OTXmuZ2MH0bL0on+sCtk';

scenario('@node-rs/argon2', /\/node_modules\/@node-rs\/argon2-linux-x64-gnu\/[^/]*\.node$/, async () => {
  const options = { memoryCost: 4096, timeCost: 3, parallelism: 1, outputLen: 32 };
  const fixed = await argon2.hash('correct horse', { ...options, salt: Buffer.from('nari-compat-salt') });
  same(fixed, KNOWN, 'Argon2id with a fixed salt');
  same(await argon2.verify(KNOWN, 'correct horse'), true, 'verify the known hash');
  same(await argon2.verify(KNOWN, 'wrong horse'), false, 'verify refuses a wrong password');

  const fresh = await argon2.hash('battery staple', options);
  check(fresh.startsWith('$argon2id$v=19$m=4096,t=3,p=1$'), `hash format: ${fresh}`);
  same(await argon2.verify(fresh, 'battery staple'), true, 'verify a fresh hash');
  same(argon2.verifySync(fresh, 'battery'), false, 'verifySync refuses a wrong password');
});
