'use strict';
// Startup benchmark: process start -> first addon call. bench/run times the
// whole process (wall clock, peak RSS) of `<runtime> bench/startup.js`.
require(require('path').join(__dirname, 'build', 'bench.node')).noop();
