// constants (deprecated in node, still required by graceful-fs and others):
// os.constants' dlopen, errno, priority and signals, and fs.constants, flat.
'use strict';

const os = require('os');
const fs = require('fs');

const { dlopen, errno, priority, signals } = os.constants;
Object.assign(module.exports, dlopen, errno, priority, signals, fs.constants);
