// process.exit(code) in the middle of the script: later code does not run,
// 'exit' listeners run (in order) with the code, process.exitCode is set, and
// ticks/promises still queued do not run.
'use strict';
const assert = require('assert');

const seen = [];
let after = false;
process.on('exit', (code) => {
  seen.push(['first', code, process.exitCode]);
});
process.on('exit', function (code) {
  seen.push(['second', code, this === process]);
  // Queued work never runs once exiting.
  process.nextTick(() => { seen.push('tick after exit'); });
  // Checking here: a failed assertion makes the exit status non-zero.
  const ok = !after
    && seen.length === 2
    && seen[0][0] === 'first' && seen[0][1] === 0 && seen[0][2] === 0
    && seen[1][1] === 0 && seen[1][2] === true
    && !seen.includes('tick') && !seen.includes('promise');
  if (!ok) {
    process.stderr.write(`unexpected: ${JSON.stringify({ after, seen })}\n`);
    process.exit(1);
  }
});

process.nextTick(() => seen.push('tick'));
Promise.resolve().then(() => seen.push('promise'));
assert.strictEqual(process.exitCode, undefined);
process.exit(0);
after = true;
process.stderr.write('not reached\n');
process.exitCode = 1;
