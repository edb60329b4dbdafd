'use strict';
// Teardown: after the main script, the finalizers of values still alive run
// once each, newest first per addon (the newest addon first), the instance
// data's among them; JS-running calls there are refused (napi_pending_exception,
// or napi_cannot_run_js from Node-API 10 on). The addons print one line per
// finalizer; this file only sets them up (and must exit cleanly).
const v10 = Number(process.versions.napi) >= 10;
const addons = [require('./build/teardown.node')];
if (v10) addons.push(require('./build/teardown_v10.node'));

globalThis.kept = [];
for (const [i, a] of addons.entries()) {
  const tag = i === 0 ? 'v8' : 'v10';
  a.instanceData(`${tag} instance data`);
  const objects = [{}, {}, {}, {}];
  globalThis.kept.push(objects);
  a.wrap(objects[0], `${tag} wrap`, false);
  a.addFinalizer(objects[1], `${tag} add_finalizer`);
  globalThis.kept.push(a.external(`${tag} external`));
  a.wrap(objects[2], `${tag} wrap with reference`, true);
  a.reference(objects[3]);
}
console.log(v10 ? 'main script done' : 'main script done (SKIPPED the Node-API 10 addon: needs Node-API 10)');
