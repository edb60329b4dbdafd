'use strict';
// nari builtin: stream/promises
module.exports = require('stream').promises;
