'use strict';
// An addon driving libuv handles on the loop from napi_get_uv_event_loop:
// the process stays alive until they are done (no JS timer here), and an
// unref'd libuv timer does not keep it alive.
const assert = require('assert');
const a = require('./build/uv_loop.node');
const invalid_arg = 1;

assert.deepStrictEqual(a.nullArgs(), [invalid_arg]);
a.start();
process.on('exit', () => {
  const events = a.events().split(' ');
  for (const expected of ['timer1', 'timer2', 'timer3', 'timer-closed', 'async', 'async-closed', 'work-done',
    'idle', 'check', 'work-thread:pool']) {
    assert.ok(events.includes(expected), `missing ${expected} in ${events.join(' ')}`);
  }
  assert.ok(!events.includes('unrefd-timer-fired'));
  assert.ok(events.indexOf('timer1') < events.indexOf('timer2') && events.indexOf('timer2') < events.indexOf('timer3'));
  console.log('uv loop: ok');
});
