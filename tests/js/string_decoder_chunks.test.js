// StringDecoder: characters split across writes for utf8, utf16le, base64(url),
// hex, latin1, ascii; end(); errors. Expected values recorded from Node.js 20.
'use strict';
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const out = [];
const cases = [
  ['utf8', [[0xe2], [0x82], [0xac]]], ['utf8', [[0xe2, 0x82], [0xac, 0x41]]], ['utf8', [[0xf0, 0x9f], [0x98, 0x80]]],
  ['utf8', [[0xe2], [0x41]]], ['utf8', [[0xe2, 0x82]]], ['utf8', [[0xff, 0x41, 0xc3]]], ['utf8', [[0x41, 0x80, 0x42]]],
  ['utf8', [[0xf0], [0x9f], [0x98], [0x80, 0x61]]], ['utf8', [[0xc3, 0xa9]]],
  ['utf16le', [[0x41], [0x00, 0x42, 0x00]]], ['utf16le', [[0x3d, 0xd8], [0x00, 0xde]]], ['utf16le', [[0x3d, 0xd8, 0x00], [0xde]]],
  ['utf16le', [[0x41]]], ['ucs2', [[0x41, 0, 0x3d, 0xd8]]],
  ['base64', [[0x61], [0x62, 0x63, 0x64]]], ['base64', [[0x61, 0x62]]], ['base64url', [[0xfb, 0xff], [0xfe]]],
  ['hex', [[0x01, 0xab], [0xff]]], ['latin1', [[0xe9, 0x41]]], ['binary', [[0xff]]], ['ascii', [[0x41, 0xc3]]],
];
for (const [enc, chunks] of cases) {
  const d = new StringDecoder(enc);
  const parts = chunks.map((c) => d.write(Buffer.from(c)));
  parts.push(d.end());
  out.push([enc, d.encoding, parts]);
}
const d = new StringDecoder();
out.push([d.encoding, d.write('str'), d.end(Buffer.from([0xe2, 0x82])), d.write(new Uint8Array([0x41]))]);
try { new StringDecoder('nope'); } catch (e) { out.push([e.name, e.code, e.message]); }
try { new StringDecoder().write(1); } catch (e) { out.push([e.name, e.code]); }
assert.deepStrictEqual(JSON.parse(JSON.stringify(out)), [["utf8","utf8",["","","€",""]],["utf8","utf8",["","€A",""]],["utf8","utf8",["","😀",""]],["utf8","utf8",["","�A",""]],["utf8","utf8",["","�"]],["utf8","utf8",["�A","�"]],["utf8","utf8",["A�B",""]],["utf8","utf8",["","","","😀a",""]],["utf8","utf8",["é",""]],["utf16le","utf16le",["","AB",""]],["utf16le","utf16le",["","😀",""]],["utf16le","utf16le",["\ud83d","\ude00",""]],["utf16le","utf16le",["",""]],["ucs2","utf16le",["A","\ud83d"]],["base64","base64",["","YWJj","ZA=="]],["base64","base64",["","YWI="]],["base64url","base64url",["","-__-",""]],["hex","hex",["01ab","ff",""]],["latin1","latin1",["éA",""]],["binary","latin1",["ÿ",""]],["ascii","ascii",["AC",""]],["utf8","str","�","A"],["TypeError","ERR_UNKNOWN_ENCODING","Unknown encoding: nope"],["TypeError","ERR_INVALID_ARG_TYPE"]]);
const more = [];
for (const chunks of [[[0x3d, 0xd8], [0x00, 0xde]], [[0x41, 0, 0x3d, 0xd8], [0, 0xde]], [[0x41], [0, 0x3d, 0xd8], [0, 0xde]], [[0x41, 0, 0x3d], [0xd8], [0, 0xde]], [[0x3d], [0xd8], [0, 0xde]], [[0x3d, 0xd8], [0x00], [0xde]], [[0x3d, 0xd8]], [[0x3d, 0xd8, 0x41]]]) {
  const d = new StringDecoder('utf16le'); more.push(chunks.map(c => d.write(Buffer.from(c))).concat(d.end()));
}
assert.deepStrictEqual(JSON.parse(JSON.stringify(more)), [["","😀",""],["A","😀",""],["","A","😀",""],["A","\ud83d","\ude00",""],["","\ud83d","\ude00",""],["","","😀",""],["","\ud83d"],["\ud83d",""]]);
