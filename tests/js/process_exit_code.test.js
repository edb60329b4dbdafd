// process.exitCode is what 'exit' listeners receive when the script ends on
// its own, and may be changed there (the process then exits with it: here 0).
'use strict';
let seen;
process.exitCode = 3;
process.on('exit', (code) => {
  seen = code;
  if (code !== 3 || process.exitCode !== 3) {
    process.stderr.write(`unexpected exit code ${code} / ${process.exitCode}\n`);
    return; // exits with 3: a failure
  }
  process.exitCode = 0;
});
