'use strict';
// zeromq: push/pull over TCP loopback (the addon polls its socket fd with uv_poll).
const { scenario, same, check, within } = require('./_lib');
const zmq = require('zeromq');

scenario('zeromq', /\/node_modules\/zeromq\/build\/linux\/x64\/[^ ]*\.node$/, async () => {
  const push = new zmq.Push();
  const pull = new zmq.Pull();
  await push.bind('tcp://127.0.0.1:*');
  const endpoint = push.lastEndpoint;
  check(/^tcp:\/\/127\.0\.0\.1:\d+$/.test(endpoint), `bound endpoint ${endpoint}`);
  pull.connect(endpoint);

  const count = 20;
  const sending = (async () => {
    for (let i = 0; i < count; i++) await push.send(['message', String(i)]);
  })();
  const received = [];
  await within(20000, 'receiving the messages', (async () => {
    while (received.length < count) {
      const [tag, body] = await pull.receive();
      same(tag.toString(), 'message', 'first frame');
      received.push(Number(body.toString()));
    }
  })());
  await sending;
  same(received.join(','), Array.from({ length: count }, (_, i) => i).join(','), 'messages in order');
  push.close();
  pull.close();
});
