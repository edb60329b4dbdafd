// nari benchmark addon: plain C11 Node-API, compiled against nari's include/
// (the ABI is Node's, so the same .node file is loaded by node and by nari).
//
// Every exported function does the minimum the case is about; errors are
// thrown as JS exceptions (never aborts) so that the driver can report a case
// as "n/a" on a runtime that lacks a function.
#include <node_api.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(call)                                                   \
  do {                                                                \
    napi_status status_ = (call);                                     \
    if (status_ != napi_ok) {                                         \
      throw_status(env, status_, #call);                              \
      return NULL;                                                    \
    }                                                                 \
  } while (0)

static void throw_status(napi_env env, napi_status status, const char* what) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return;
  const napi_extended_error_info* info = NULL;
  napi_get_last_error_info(env, &info);
  char msg[256];
  const char* detail = (info && info->error_message) ? info->error_message : "no message";
  // Plain concatenation keeps us free of stdio.
  msg[0] = '\0';
  strncat(msg, what, sizeof msg - 1);
  strncat(msg, " failed: ", sizeof msg - strlen(msg) - 1);
  strncat(msg, detail, sizeof msg - strlen(msg) - 1);
  (void)status;
  napi_throw_error(env, "ERR_BENCH_NAPI", msg);
}

static napi_value get_undefined(napi_env env) {
  napi_value u = NULL;
  napi_get_undefined(env, &u);
  return u;
}

// ---------------------------------------------------------------- sync calls

// noop(): the cost of a JS -> native -> JS transition and nothing else.
static napi_value Noop(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  return NULL;  // undefined
}

// add(a, b) -> a + b
static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  double a, b;
  CHECK(napi_get_value_double(env, argv[0], &a));
  CHECK(napi_get_value_double(env, argv[1], &b));
  napi_value r;
  CHECK(napi_create_double(env, a + b, &r));
  return r;
}

// makeObject() -> { x: 1, y: 2, name: "nari" }
static napi_value MakeObject(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, x, y, name;
  CHECK(napi_create_object(env, &obj));
  CHECK(napi_create_int32(env, 1, &x));
  CHECK(napi_create_int32(env, 2, &y));
  CHECK(napi_create_string_utf8(env, "nari", 4, &name));
  CHECK(napi_set_named_property(env, obj, "x", x));
  CHECK(napi_set_named_property(env, obj, "y", y));
  CHECK(napi_set_named_property(env, obj, "name", name));
  return obj;
}

// stringRoundTrip(s) -> a new string with the same UTF-8 contents.
static napi_value StringRoundTrip(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char buf[256];
  size_t len = 0;
  CHECK(napi_get_value_string_utf8(env, argv[0], buf, sizeof buf, &len));
  napi_value r;
  CHECK(napi_create_string_utf8(env, buf, len, &r));
  return r;
}

// sumArray(arr) -> sum of arr[i] (numbers), element by element.
static napi_value SumArray(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  uint32_t n = 0;
  CHECK(napi_get_array_length(env, argv[0], &n));
  double sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    napi_value el;
    double d;
    CHECK(napi_get_element(env, argv[0], i, &el));
    CHECK(napi_get_value_double(env, el, &d));
    sum += d;
  }
  napi_value r;
  CHECK(napi_create_double(env, sum, &r));
  return r;
}

// bufferCopy() -> a new 1 KiB Buffer copied from static memory.
static unsigned char kBufferSource[1024];

static napi_value BufferCopy(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  void* data = NULL;
  CHECK(napi_create_buffer_copy(env, sizeof kBufferSource, kBufferSource, &data, &r));
  return r;
}

// ---------------------------------------------------------------- class + wrap

typedef struct {
  double count;
} Counter;

static void CounterFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  free(data);
}

// new Counter(): wraps a malloc'd native struct, freed by the finalizer.
static napi_value CounterNew(napi_env env, napi_callback_info info) {
  napi_value self;
  CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  Counter* c = malloc(sizeof *c);
  if (!c) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  c->count = 0;
  napi_status s = napi_wrap(env, self, c, CounterFinalize, NULL, NULL);
  if (s != napi_ok) {
    free(c);
    throw_status(env, s, "napi_wrap");
    return NULL;
  }
  return self;
}

// counter.increment() -> the new count, through napi_unwrap.
static napi_value CounterIncrement(napi_env env, napi_callback_info info) {
  napi_value self;
  CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  Counter* c = NULL;
  CHECK(napi_unwrap(env, self, (void**)&c));
  c->count += 1;
  napi_value r;
  CHECK(napi_create_double(env, c->count, &r));
  return r;
}

// ---------------------------------------------------------------- async work

// runAsyncWork(n, done): queues n no-op work items at once; each completion is
// counted on the JS thread; done(completed) is called after the last one.
typedef struct {
  uint32_t total;
  uint32_t finished;   // completed or cancelled
  uint32_t completed;  // completed with napi_ok
  napi_ref done;
} AsyncBatch;

typedef struct {
  AsyncBatch* batch;
  napi_async_work work;
} AsyncItem;

static void AsyncExecute(napi_env env, void* data) {
  (void)env;
  (void)data;
}

static void AsyncComplete(napi_env env, napi_status status, void* data) {
  AsyncItem* item = data;
  AsyncBatch* batch = item->batch;
  napi_delete_async_work(env, item->work);
  free(item);
  if (status == napi_ok) batch->completed++;  // else: cancelled
  if (++batch->finished != batch->total) return;
  napi_value done, global, count;
  if (napi_get_reference_value(env, batch->done, &done) == napi_ok &&
      napi_get_global(env, &global) == napi_ok &&
      napi_create_uint32(env, batch->completed, &count) == napi_ok) {
    napi_call_function(env, global, done, 1, &count, NULL);
  }
  napi_delete_reference(env, batch->done);
  free(batch);
}

static napi_value RunAsyncWork(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  uint32_t n = 0;
  CHECK(napi_get_value_uint32(env, argv[0], &n));
  if (n == 0) {
    napi_throw_range_error(env, NULL, "runAsyncWork: n must be > 0");
    return NULL;
  }
  AsyncBatch* batch = calloc(1, sizeof *batch);
  if (!batch) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  batch->total = n;
  CHECK(napi_create_reference(env, argv[1], 1, &batch->done));
  napi_value name;
  CHECK(napi_create_string_utf8(env, "bench.asyncWork", NAPI_AUTO_LENGTH, &name));
  for (uint32_t i = 0; i < n; i++) {
    AsyncItem* item = malloc(sizeof *item);
    if (!item) {
      napi_throw_error(env, NULL, "out of memory");
      return NULL;  // (leaks the batch; the benchmark process ends anyway)
    }
    item->batch = batch;
    CHECK(napi_create_async_work(env, NULL, name, AsyncExecute, AsyncComplete, item, &item->work));
    CHECK(napi_queue_async_work(env, item->work));
  }
  return get_undefined(env);
}

// ---------------------------------------------------------------- threadsafe functions

// runTsfn(producers, perProducer, done): `producers` pthreads each make
// `perProducer` blocking napi_call_threadsafe_function calls on an unbounded
// queue (max_queue_size 0); call_js counts deliveries on the JS thread and
// calls done(delivered) after the last one.
#define MAX_PRODUCERS 64

typedef struct {
  napi_threadsafe_function tsfn;
  uint32_t producers;
  uint32_t per_producer;
  uint64_t total;
  uint64_t delivered;
  uint32_t failed_calls;  // written by producers (atomically)
  napi_ref done;
  pthread_t threads[MAX_PRODUCERS];
} TsfnBatch;

static void* TsfnProducer(void* arg) {
  TsfnBatch* b = arg;
  for (uint32_t i = 0; i < b->per_producer; i++) {
    if (napi_call_threadsafe_function(b->tsfn, NULL, napi_tsfn_blocking) != napi_ok) {
      __atomic_fetch_add(&b->failed_calls, 1, __ATOMIC_RELAXED);
      break;
    }
  }
  napi_release_threadsafe_function(b->tsfn, napi_tsfn_release);
  return NULL;
}

static void TsfnCallJs(napi_env env, napi_value js_cb, void* context, void* data) {
  (void)js_cb;
  (void)data;
  TsfnBatch* b = context;
  if (env == NULL) return;  // tearing down
  b->delivered++;
  if (b->delivered != b->total) return;
  napi_value done, global, count;
  if (napi_get_reference_value(env, b->done, &done) == napi_ok &&
      napi_get_global(env, &global) == napi_ok &&
      napi_create_double(env, (double)b->delivered, &count) == napi_ok) {
    napi_call_function(env, global, done, 1, &count, NULL);
  }
}

static void TsfnFinalize(napi_env env, void* data, void* hint) {
  (void)hint;
  TsfnBatch* b = data;
  for (uint32_t i = 0; i < b->producers; i++) pthread_join(b->threads[i], NULL);
  if (b->delivered != b->total && env != NULL) {
    // Producers gave up (a failed call): report what arrived, so the driver
    // does not wait forever.
    napi_value done, global, count;
    if (napi_get_reference_value(env, b->done, &done) == napi_ok &&
        napi_get_global(env, &global) == napi_ok &&
        napi_create_double(env, -(double)b->delivered, &count) == napi_ok) {
      napi_call_function(env, global, done, 1, &count, NULL);
    }
  }
  if (env != NULL) napi_delete_reference(env, b->done);
  free(b);
}

static napi_value RunTsfn(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  uint32_t producers = 0, per = 0;
  CHECK(napi_get_value_uint32(env, argv[0], &producers));
  CHECK(napi_get_value_uint32(env, argv[1], &per));
  if (producers == 0 || producers > MAX_PRODUCERS || per == 0) {
    napi_throw_range_error(env, NULL, "runTsfn: bad producers / perProducer");
    return NULL;
  }
  TsfnBatch* b = calloc(1, sizeof *b);
  if (!b) {
    napi_throw_error(env, NULL, "out of memory");
    return NULL;
  }
  b->producers = producers;
  b->per_producer = per;
  b->total = (uint64_t)producers * per;
  CHECK(napi_create_reference(env, argv[2], 1, &b->done));
  napi_value name;
  CHECK(napi_create_string_utf8(env, "bench.tsfn", NAPI_AUTO_LENGTH, &name));
  CHECK(napi_create_threadsafe_function(env, NULL, NULL, name, 0 /* unbounded */,
                                        producers, b, TsfnFinalize, b, TsfnCallJs,
                                        &b->tsfn));
  for (uint32_t i = 0; i < producers; i++) {
    if (pthread_create(&b->threads[i], NULL, TsfnProducer, b) != 0) {
      napi_throw_error(env, NULL, "pthread_create failed");
      return NULL;
    }
  }
  return get_undefined(env);
}

// ---------------------------------------------------------------- module

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor fns[] = {
      {"noop", NULL, Noop, NULL, NULL, NULL, napi_default, NULL},
      {"add", NULL, Add, NULL, NULL, NULL, napi_default, NULL},
      {"makeObject", NULL, MakeObject, NULL, NULL, NULL, napi_default, NULL},
      {"stringRoundTrip", NULL, StringRoundTrip, NULL, NULL, NULL, napi_default, NULL},
      {"sumArray", NULL, SumArray, NULL, NULL, NULL, napi_default, NULL},
      {"bufferCopy", NULL, BufferCopy, NULL, NULL, NULL, napi_default, NULL},
      {"runAsyncWork", NULL, RunAsyncWork, NULL, NULL, NULL, napi_default, NULL},
      {"runTsfn", NULL, RunTsfn, NULL, NULL, NULL, napi_default, NULL},
  };
  CHECK(napi_define_properties(env, exports, sizeof fns / sizeof fns[0], fns));

  napi_property_descriptor methods[] = {
      {"increment", NULL, CounterIncrement, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value ctor;
  napi_status s = napi_define_class(env, "Counter", NAPI_AUTO_LENGTH, CounterNew, NULL,
                                    sizeof methods / sizeof methods[0], methods, &ctor);
  if (s == napi_ok) {
    CHECK(napi_set_named_property(env, exports, "Counter", ctor));
  } else {
    // A runtime without napi_define_class still runs the other cases; the
    // class cases report this message instead.
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) {
      napi_value ignored;
      napi_get_and_clear_last_exception(env, &ignored);
    }
    napi_value msg;
    CHECK(napi_create_string_utf8(env, "napi_define_class failed", NAPI_AUTO_LENGTH, &msg));
    CHECK(napi_set_named_property(env, exports, "classError", msg));
  }

  for (size_t i = 0; i < sizeof kBufferSource; i++) kBufferSource[i] = (unsigned char)i;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
