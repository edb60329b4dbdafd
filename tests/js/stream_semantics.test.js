// Stream semantics: event order and data for Readable/Writable/Duplex/Transform/
// PassThrough, pipe, pipeline, finished, async iteration, Readable.from;
// the expected log was recorded from Node.js 20 (Node 26 gives the same).
'use strict';
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const log = [];
const L = (...a) => log.push(a.map((x) => (Buffer.isBuffer(x) ? `<buf ${x.toString()}>` : typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join(' '));
const scenarios = [];
const S = (name, fn) => scenarios.push([name, fn]);

S('readable push sync + data events', (done) => {
  const r = new Readable({ read() {} });
  r.push('a'); r.push('b'); r.push(null);
  r.on('data', (c) => L('data', c)); r.on('end', () => L('end')); r.on('close', () => { L('close'); done(); });
});
S('readable read() loop with readable event', (done) => {
  let n = 0;
  const r = new Readable({ read() { n++; if (n <= 3) this.push(`x${n}`); else this.push(null); } });
  let all = '';
  r.on('readable', () => { let c; while ((c = r.read()) !== null) all += c; });
  r.on('end', () => L('end', all)); r.on('close', () => { L('close'); done(); });
});
S('read(n) partial', (done) => {
  const r = new Readable({ read() {} });
  r.push('hello'); r.push('world'); r.push(null);
  r.once('readable', () => { L(r.read(3)); L(r.read(4)); L(r.read(100)); L(r.read()); });
  r.on('end', () => { L('end'); done(); });
});
S('objectMode', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 }); r.push(2); r.push('s'); r.push(null);
  r.on('data', (c) => L('data', c)); r.on('end', () => { L('end'); done(); });
});
S('setEncoding splits utf8', (done) => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const b = Buffer.from('é€');
  r.push(b.subarray(0, 1)); r.push(b.subarray(1, 3)); r.push(b.subarray(3)); r.push(null);
  r.on('data', (c) => L('data', JSON.stringify(c))); r.on('end', () => { L('end'); done(); });
});
S('pause/resume', (done) => {
  const r = new Readable({ read() {} });
  r.on('data', (c) => { L('data', c); r.pause(); setTimeout(() => { L('resume'); r.resume(); }, 1); });
  r.push('1'); r.push('2'); r.push(null);
  r.on('end', () => { L('end', r.isPaused()); done(); });
});
S('writable basic with callbacks and finish', (done) => {
  const w = new Writable({ write(c, e, cb) { L('write', c, e); setTimeout(cb, 1); } });
  L('ret', w.write('a', () => L('cb a')));
  L('ret', w.write(Buffer.from('b'), () => L('cb b')));
  w.end('c', () => L('end cb'));
  w.on('finish', () => L('finish')); w.on('close', () => { L('close'); done(); });
});
S('writable hwm and drain', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
  L(w.write('ab'), w.writableLength, w.writableNeedDrain);
  L(w.write('cd'), w.writableLength, w.writableNeedDrain);
  w.on('drain', () => { L('drain', w.writableLength); w.end(); });
  w.on('finish', () => { L('finish'); done(); });
});
S('writev with cork', (done) => {
  const w = new Writable({ writev(chunks, cb) { L('writev', chunks.map((c) => c.chunk.toString()).join(',')); cb(); }, write(c, e, cb) { L('write', c); cb(); } });
  w.cork(); w.write('a'); w.write('b'); w.write('c'); process.nextTick(() => w.uncork());
  setImmediate(() => { w.write('d'); w.end(); });
  w.on('finish', () => { L('finish'); done(); });
});
S('decodeStrings false', (done) => {
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { L(typeof c, e); cb(); } });
  w.write('str'); w.write('6869', 'hex'); w.end(() => done());
});
S('final', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { L('final'); setTimeout(() => { L('final done'); cb(); }, 1); } });
  w.on('prefinish', () => L('prefinish')); w.on('finish', () => L('finish')); w.on('close', () => { L('close'); done(); });
  w.end('x');
});
S('write after end', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('error', (e) => { L('error', e.code, e.message); });
  w.write('x', (err) => { L('cb', err && err.code); });
  w.on('close', () => { L('close'); done(); });
});
S('write error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  w.on('error', (e) => L('error', e.message, w.destroyed));
  w.write('x', (err) => L('cb', err && err.message));
  w.on('close', () => { L('close', w.errored && w.errored.message); done(); });
});
S('destroy with error ordering', (done) => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => L('error', e.message));
  r.on('close', () => { L('close', r.destroyed); done(); });
  r.destroy(new Error('x'));
  L('destroyed', r.destroyed);
});
S('destroy callback', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { L('_destroy', err); cb(err); } });
  w.on('close', () => { L('close'); done(); });
  w.destroy(null, (err) => L('destroy cb', err));
});
S('pipe readable to writable', (done) => {
  const r = Readable.from(['a', 'b', 'c']);
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
  r.pipe(w);
  w.on('pipe', () => L('pipe'));
  w.on('finish', () => { L('finish', chunks.join('')); done(); });
});
S('pipe backpressure', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 4, read() { i++; if (i > 20) this.push(null); else this.push(Buffer.alloc(3, 97 + (i % 26))); } });
  let writes = 0; let maxLen = 0;
  const w = new Writable({ highWaterMark: 5, write(c, e, cb) { writes++; maxLen = Math.max(maxLen, w.writableLength); setTimeout(cb, 0); } });
  r.pipe(w);
  w.on('finish', () => { L('finish', writes, maxLen <= 8); done(); });
});
S('transform uppercase + flush', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); }, flush(cb) { cb(null, '!'); } });
  let out = '';
  t.on('data', (c) => { out += c; });
  t.on('end', () => { L('end', out); }); t.on('finish', () => L('finish')); t.on('close', () => { L('close'); done(); });
  t.write('ab'); t.end('cd');
});
S('transform objectMode push many', (done) => {
  const t = new Transform({ objectMode: true, transform(c, e, cb) { this.push(c); this.push(c * 10); cb(); } });
  const out = [];
  t.on('data', (c) => out.push(c)); t.on('end', () => { L(out); done(); });
  t.write(1); t.write(2); t.end();
});
S('passthrough', (done) => {
  const p = new PassThrough();
  p.end('hi');
  p.on('data', (c) => L('data', c)); p.on('end', () => { L('end'); done(); });
});
S('duplex', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { this.push(c.toString() + '!'); cb(); }, final(cb) { this.push(null); cb(); } });
  d.on('data', (c) => L('data', c)); d.on('end', () => L('end')); d.on('finish', () => L('finish')); d.on('close', () => { L('close'); done(); });
  d.write('a'); d.end('b');
});
S('duplex allowHalfOpen false', (done) => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  d.on('finish', () => L('finish')); d.on('end', () => L('end')); d.on('close', () => { L('close'); done(); });
  d.push(null); d.resume();
});
S('Readable.from async generator', (done) => {
  async function* gen() { yield 1; await null; yield 2; yield 3; }
  const r = Readable.from(gen());
  r.on('data', (c) => L('data', c)); r.on('end', () => { L('end', r.readableObjectMode); done(); });
});
S('Readable.from string/buffer', (done) => {
  const r = Readable.from('whole');
  r.on('data', (c) => L('data', c)); r.on('end', () => { const b = Readable.from(Buffer.from('buf')); b.on('data', (c) => L('bdata', c)); b.on('end', () => done()); });
});
S('async iteration', (done) => {
  (async () => {
    const r = Readable.from(['x', 'y', 'z']);
    for await (const c of r) L('iter', c);
    L('after', r.destroyed);
    const r2 = new Readable({ read() {} });
    r2.push('p'); setTimeout(() => r2.destroy(new Error('bad')), 1);
    try { for await (const c of r2) L('iter2', c); } catch (e) { L('caught', e.message); }
    const r3 = Readable.from([1, 2, 3, 4]);
    for await (const c of r3) { L('iter3', c); if (c === 2) break; }
    L('r3 destroyed', r3.destroyed);
    done();
  })();
});
S('finished success and premature', (done) => {
  const r = Readable.from(['a']);
  finished(r, (err) => { L('finished r', err); const w = new Writable({ write(c, e, cb) { cb(); } });
    finished(w, (err) => { L('finished w', err && err.code); done(); }); w.write('x'); w.destroy(); });
  r.resume();
});
S('pipeline ok', (done) => {
  const out = [];
  pipeline(Readable.from(['a', 'b']), new Transform({ transform(c, e, cb) { cb(null, c.toString() + c.toString()); } }),
    new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }), (err) => { L('pipeline', err, out); done(); });
});
S('pipeline error destroys all', (done) => {
  const src = new Readable({ read() {} });
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tfail')); } });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, t, w, (err) => { L('pipeline err', err.message, src.destroyed, t.destroyed, w.destroyed); done(); });
  src.push('x');
});
S('pipeline with async generator stage', (done) => {
  const out = [];
  pipeline(Readable.from([1, 2, 3]), async function* (source) { for await (const c of source) yield c * 2; },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }), (err) => { L('pipeline gen', err, out); done(); });
});
S('stream/promises', (done) => {
  const { pipeline: pp, finished: fp } = require('stream/promises');
  const chunks = [];
  pp(Readable.from(['q', 'r']), async function (source) { for await (const c of source) chunks.push(c); return 'v'; })
    .then((v) => { L('promise pipeline', v, chunks); const r = Readable.from([]); r.resume(); return fp(r); })
    .then(() => { L('promise finished'); done(); }, (e) => { L('rejected', e); done(); });
});
S('unshift', (done) => {
  const r = new Readable({ read() {} });
  r.push('abc'); r.push(null);
  r.once('readable', () => { const c = r.read(1); L('got', c); r.unshift(Buffer.from('Z')); let rest = ''; let d; while ((d = r.read()) !== null) rest += d; L('then', rest); });
  r.on('end', () => { L('end'); done(); });
});
S('push after EOF error', (done) => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (e) => { L('error', e.code); });
  r.push('x');
  r.on('close', () => { L('close'); done(); });
  r.resume();
});
S('subclass via util.inherits', (done) => {
  const util = require('util');
  function Counter() { Readable.call(this, { objectMode: true }); this.n = 0; }
  util.inherits(Counter, Readable);
  Counter.prototype._read = function () { this.n++; this.push(this.n > 3 ? null : this.n); };
  const c = new Counter();
  c.on('data', (d) => L('data', d)); c.on('end', () => { L('end', c instanceof Readable, c instanceof Writable); done(); });
});
S('instanceof', (done) => {
  L(new Duplex() instanceof Writable, new Transform() instanceof Writable, new Readable() instanceof Writable, new PassThrough() instanceof Duplex, new Writable() instanceof Readable);
  done();
});
S('toArray and map', (done) => {
  Readable.from([1, 2, 3]).map((x) => x * 3).toArray().then((a) => { L('toArray', a); done(); });
});
S('class extends', (done) => {
  class Up extends Transform { _transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }
  const u = new Up();
  u.on('data', (c) => L(c)); u.on('end', () => done());
  u.end('lower');
});
S('readable getters', (done) => {
  const r = new Readable({ read() {}, highWaterMark: 10 });
  L(r.readable, r.readableFlowing, r.readableLength, r.readableHighWaterMark, r.readableEnded, r.destroyed, r.readableObjectMode);
  r.push('abc');
  L(r.readableLength);
  r.on('data', () => {});
  L(r.readableFlowing);
  r.push(null);
  r.on('end', () => { L(r.readableEnded, r.readable); done(); });
});
S('empty end', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => L('finish', w.writableFinished, w.writableEnded));
  w.on('close', () => { L('close', w.closed); done(); });
  w.end();
  L('after end', w.writableFinished, w.writableEnded, w.writable);
});

(function run(i) {
  if (i >= scenarios.length) { check(); return; }
  const [name, fn] = scenarios[i];
  log.push(`## ${name}`);
  let finished = false;
  const t = setTimeout(() => { if (!finished) { log.push('TIMEOUT'); finished = true; run(i + 1); } }, 2000);
  try {
    fn(() => { if (finished) return; finished = true; clearTimeout(t); setTimeout(() => run(i + 1), 5); });
  } catch (e) { log.push(`THREW ${e.stack}`); finished = true; clearTimeout(t); run(i + 1); }
})(0);

function check() {
  const expected = [
"## readable push sync + data events",
"data <buf a>",
"data <buf b>",
"end",
"close",
"## readable read() loop with readable event",
"end x1x2x3",
"close",
"## read(n) partial",
"<buf hel>",
"<buf lowo>",
"<buf rld>",
"null",
"end",
"## objectMode",
"data {\"a\":1}",
"data 2",
"data s",
"end",
"## setEncoding splits utf8",
"data \"é\"",
"data \"€\"",
"end",
"## pause/resume",
"data <buf 1>",
"resume",
"data <buf 2>",
"end true",
"resume",
"## writable basic with callbacks and finish",
"write <buf a> buffer",
"ret true",
"ret true",
"write <buf b> buffer",
"cb a",
"write <buf c> buffer",
"cb b",
"end cb",
"finish",
"close",
"## writable hwm and drain",
"true 2 false",
"false 4 true",
"drain 0",
"finish",
"## writev with cork",
"writev a,b,c",
"write <buf d>",
"finish",
"## decodeStrings false",
"string utf8",
"string hex",
"## final",
"final",
"final done",
"prefinish",
"finish",
"close",
"## write after end",
"cb ERR_STREAM_WRITE_AFTER_END",
"error ERR_STREAM_WRITE_AFTER_END write after end",
"close",
"## write error",
"cb boom",
"error boom true",
"close boom",
"## destroy with error ordering",
"destroyed true",
"error x",
"close true",
"## destroy callback",
"_destroy null",
"destroy cb null",
"close",
"## pipe readable to writable",
"finish abc",
"## pipe backpressure",
"finish 20 true",
"## transform uppercase + flush",
"end ABCD!",
"finish",
"close",
"## transform objectMode push many",
"[1,10,2,20]",
"## passthrough",
"data <buf hi>",
"end",
"## duplex",
"data <buf a!>",
"data <buf b!>",
"finish",
"end",
"close",
"## duplex allowHalfOpen false",
"end",
"finish",
"close",
"## Readable.from async generator",
"data 1",
"data 2",
"data 3",
"end true",
"## Readable.from string/buffer",
"data whole",
"bdata <buf buf>",
"## async iteration",
"iter x",
"iter y",
"iter z",
"after true",
"iter2 <buf p>",
"caught bad",
"iter3 1",
"iter3 2",
"r3 destroyed true",
"## finished success and premature",
"finished r undefined",
"finished w ERR_STREAM_PREMATURE_CLOSE",
"## pipeline ok",
"pipeline undefined [\"aa\",\"bb\"]",
"## pipeline error destroys all",
"pipeline err tfail true true true",
"## pipeline with async generator stage",
"pipeline gen undefined [2,4,6]",
"## stream/promises",
"promise pipeline v [\"q\",\"r\"]",
"promise finished",
"## unshift",
"got <buf a>",
"then Zbc",
"end",
"## push after EOF error",
"error ERR_STREAM_PUSH_AFTER_EOF",
"close",
"## subclass via util.inherits",
"data 1",
"data 2",
"data 3",
"end true false",
"## instanceof",
"true true false true false",
"## toArray and map",
"toArray [3,6,9]",
"## class extends",
"<buf LOWER>",
"## readable getters",
"true null 0 10 false false false",
"3",
"true",
"true false",
"## empty end",
"after end false true false",
"finish true true",
"close true"
];
  for (let i = 0; i < Math.max(log.length, expected.length); i++) assert.strictEqual(log[i], expected[i], `line ${i}`);
}
