'use strict';
// nari builtin: perf_hooks
//
// performance.now() counts milliseconds from process start on the monotonic
// clock; timeOrigin is that start on the wall clock. Marks and measures are
// kept in a list (no PerformanceObserver delivery yet).

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const now = () => process.uptime() * 1000;
const timeOrigin = Date.now() - now();

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    const startTime = options && options.startTime !== undefined ? options.startTime : now();
    super(`${name}`, 'mark', startTime, 0, options && options.detail !== undefined ? options.detail : null);
  }
}

class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function findMark(name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const err = new SyntaxError(`The "${name}" performance mark has not been set`);
  err.code = 'ERR_INVALID_PERFORMANCE_MARK';
  throw err;
}

function toTime(value) {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? value : findMark(value);
}

class Performance {
  get timeOrigin() {
    return timeOrigin;
  }

  now() {
    return now();
  }

  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = toTime(startOrOptions.start);
      end = toTime(startOrOptions.end);
      if (startOrOptions.duration !== undefined) {
        if (end === undefined) end = (start || 0) + startOrOptions.duration;
        else if (start === undefined) start = end - startOrOptions.duration;
      }
      if (startOrOptions.detail !== undefined) detail = startOrOptions.detail;
    } else {
      start = toTime(startOrOptions);
      end = toTime(endMark);
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = now();
    const measure = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(measure);
    return measure;
  }

  clearMarks(name) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === 'mark' && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
    }
  }

  clearMeasures(name) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === 'measure' && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
    }
  }

  clearResourceTimings() {}

  getEntries() {
    return entries.slice().sort((a, b) => a.startTime - b.startTime);
  }

  getEntriesByName(name, type) {
    return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }

  getEntriesByType(type) {
    return this.getEntries().filter((e) => e.entryType === type);
  }

  eventLoopUtilization() {
    return { idle: 0, active: 0, utilization: 0 };
  }

  timerify(fn) {
    return fn;
  }

  setResourceTimingBufferSize() {}

  get nodeTiming() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: now(), nodeStart: 0, v8Start: 0,
      bootstrapComplete: 0, environment: 0, loopStart: -1, loopExit: -1, idleTime: 0,
    };
  }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  [kInspect](depth, options, inspect) {
    const obj = { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
    return `Performance ${typeof inspect === 'function' ? inspect(obj, options) : JSON.stringify(obj)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

const performance = new Performance();

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') {
      const err = new TypeError('The "callback" argument must be of type function.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    this._callback = callback;
  }

  observe() {}

  disconnect() {}

  takeRecords() {
    return [];
  }

  static get supportedEntryTypes() {
    return ['mark', 'measure'];
  }
}

class PerformanceObserverEntryList {
  getEntries() { return []; }

  getEntriesByName() { return []; }

  getEntriesByType() { return []; }
}

function createHistogram() {
  const values = [];
  return {
    record(v) { values.push(Number(v)); },
    recordDelta() {},
    reset() { values.length = 0; },
    get count() { return values.length; },
    get min() { return values.length ? Math.min(...values) : 9223372036854776000; },
    get max() { return values.length ? Math.max(...values) : 0; },
    get mean() { return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN; },
    get stddev() { return NaN; },
    get exceeds() { return 0; },
    percentile() { return 0; },
    get percentiles() { return new Map(); },
  };
}

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming: class PerformanceResourceTiming extends PerformanceEntry {},
  createHistogram,
  monitorEventLoopDelay: (options) => Object.assign(createHistogram(options), { enable: () => true, disable: () => true }),
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
