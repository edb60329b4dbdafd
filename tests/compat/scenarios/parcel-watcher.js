'use strict';
// @parcel/watcher: subscribe to a temp dir, create a file, get the event.
const path = require('path');
const { scenario, check, tempDir, within, sleep } = require('./_lib');
const watcher = require('@parcel/watcher');

scenario('@parcel/watcher', /\/node_modules\/@parcel\/watcher-linux-x64-glibc\/[^/]*\.node$/, async () => {
  const fs = require('fs');
  const dir = fs.realpathSync(tempDir('watcher'));
  const file = path.join(dir, 'hello.txt');
  let resolveEvent;
  const gotEvent = new Promise((resolve) => (resolveEvent = resolve));
  const events = [];
  const subscription = await watcher.subscribe(dir, (error, batch) => {
    if (error) throw error;
    events.push(...batch);
    if (events.some((e) => e.path === file && e.type === 'create')) resolveEvent();
  });
  await sleep(100);
  fs.writeFileSync(file, 'hello from the compat suite');
  await within(10000, `a create event for ${file}`, gotEvent);
  await subscription.unsubscribe();
  check(events.every((e) => e.path.startsWith(dir)), 'events are inside the watched dir');
});
