/* Threadsafe functions: producer threads (blocking and non-blocking), the
   JS-thread side (call_js_cb with the JS function), release/abort, leftovers
   called with a NULL env, finalize, ref/unref, and NULL arguments. */
#include "napi_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#define MAX_THREADS 64

typedef struct {
  napi_threadsafe_function tsfn;
  pthread_t threads[MAX_THREADS];
  int thread_count;
  int calls_per_thread;
  bool blocking;
  int abort_after; /* thread 0 aborts after this many calls (-1: never) */
  atomic_int queue_full;     /* napi_queue_full results (non-blocking) */
  atomic_int closing;        /* napi_closing results */
  atomic_int leftovers;      /* items given to call_js_cb with a NULL env */
  atomic_int delivered;      /* items given to call_js_cb with an env */
  atomic_int other_failures; /* any other non-ok status */
  atomic_int finalized;
} Run;

typedef struct {
  Run* run;
  int index;
} Producer;

static Run* last_run = NULL;

static void* Produce(void* arg) {
  Producer* p = arg;
  Run* run = p->run;
  for (int i = 0; i < run->calls_per_thread; i++) {
    int* value = malloc(sizeof *value);
    *value = p->index * 1000000 + i;
    for (;;) {
      napi_status s = napi_call_threadsafe_function(run->tsfn, value,
                                                    run->blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking);
      if (s == napi_ok) break;
      if (s == napi_queue_full) {
        atomic_fetch_add(&run->queue_full, 1);
        sched_yield();
        continue;
      }
      free(value);
      if (s == napi_closing) {
        atomic_fetch_add(&run->closing, 1);
      } else {
        atomic_fetch_add(&run->other_failures, 1);
      }
      free(p);
      return NULL; /* napi_closing released this thread's count already */
    }
    if (p->index == 0 && i + 1 == run->abort_after) {
      napi_release_threadsafe_function(run->tsfn, napi_tsfn_abort);
      free(p);
      return NULL;
    }
  }
  napi_release_threadsafe_function(run->tsfn, napi_tsfn_release);
  free(p);
  return NULL;
}

/* JS thread: calls the JS function with the value; NULL env: a leftover. */
static void CallJs(napi_env env, napi_value js_cb, void* context, void* data) {
  Run* run = context;
  int* value = data;
  if (env == NULL) {
    atomic_fetch_add(&run->leftovers, 1);
    free(value);
    return;
  }
  atomic_fetch_add(&run->delivered, 1);
  napi_value undefined, arg;
  napi_get_undefined(env, &undefined);
  napi_create_int32(env, *value, &arg);
  free(value);
  napi_call_function(env, undefined, js_cb, 1, &arg, NULL);
}

/* JS thread, once: join the producers, then tell JS the totals. */
static void Finalize(napi_env env, void* data, void* context) {
  (void)data;
  Run* run = context;
  for (int i = 0; i < run->thread_count; i++) pthread_join(run->threads[i], NULL);
  atomic_fetch_add(&run->finalized, 1);
  napi_value global, cb, stats;
  napi_get_global(env, &global);
  napi_get_named_property(env, global, "tsfnFinalized", &cb);
  napi_create_object(env, &stats);
  napi_set_named_property(env, stats, "delivered", mkint(env, atomic_load(&run->delivered)));
  napi_set_named_property(env, stats, "queueFull", mkint(env, atomic_load(&run->queue_full)));
  napi_set_named_property(env, stats, "closing", mkint(env, atomic_load(&run->closing)));
  napi_set_named_property(env, stats, "otherFailures", mkint(env, atomic_load(&run->other_failures)));
  napi_set_named_property(env, stats, "leftoversSoFar", mkint(env, atomic_load(&run->leftovers)));
  napi_call_function(env, global, cb, 1, &stats, NULL);
}

/* start(callback, threads, callsPerThread, maxQueueSize, blocking, abortAfter) */
static napi_value start(napi_env env, napi_callback_info info) {
  ARGS(6);
  Run* run = calloc(1, sizeof *run);
  int32_t max_queue = 0;
  CALL(env, napi_get_value_int32(env, argv[1], &run->thread_count));
  CALL(env, napi_get_value_int32(env, argv[2], &run->calls_per_thread));
  CALL(env, napi_get_value_int32(env, argv[3], &max_queue));
  CALL(env, napi_get_value_bool(env, argv[4], &run->blocking));
  CALL(env, napi_get_value_int32(env, argv[5], &run->abort_after));
  if (run->thread_count < 1 || run->thread_count > MAX_THREADS) {
    napi_throw_range_error(env, NULL, "1..64 threads");
    return NULL;
  }
  CALL(env, napi_create_threadsafe_function(env, argv[0], NULL, mkstr(env, "nari:tsfn"), (size_t)max_queue,
                                            (size_t)run->thread_count, NULL, Finalize, run, CallJs, &run->tsfn));
  last_run = run;
  for (int i = 0; i < run->thread_count; i++) {
    Producer* p = malloc(sizeof *p);
    p->run = run;
    p->index = i;
    pthread_create(&run->threads[i], NULL, Produce, p);
  }
  return NULL;
}

/* leftovers(): NULL-env calls seen by the last run (checked after finalize). */
static napi_value leftovers(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, last_run ? atomic_load(&last_run->leftovers) : -1);
}

/* ---- from the JS thread ---- */

static napi_threadsafe_function js_tsfn = NULL;

/* A tsfn without a JS function: call_js_cb gets NULL js_cb and calls nothing. */
static void CountOnly(napi_env env, napi_value js_cb, void* context, void* data) {
  (void)js_cb;
  (void)context;
  if (env != NULL) free(data);
}

/* mainThread(maxQueue): makes js_tsfn (thread count 1, no JS function). */
static napi_value mainThread(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t max_queue = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &max_queue));
  CALL(env, napi_create_threadsafe_function(env, NULL, NULL, mkstr(env, "nari:main"), (size_t)max_queue, 1, NULL,
                                            NULL, NULL, CountOnly, &js_tsfn));
  return NULL;
}

/* callFromMain(blocking) -> status */
static napi_value callFromMain(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool blocking = false;
  CALL(env, napi_get_value_bool(env, argv[0], &blocking));
  int* value = malloc(sizeof *value);
  napi_status s = napi_call_threadsafe_function(js_tsfn, value, blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking);
  if (s != napi_ok) free(value);
  return mkint(env, s);
}

/* releaseMain(abort) -> status */
static napi_value releaseMain(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool abort_it = false;
  CALL(env, napi_get_value_bool(env, argv[0], &abort_it));
  return mkint(env, napi_release_threadsafe_function(js_tsfn, abort_it ? napi_tsfn_abort : napi_tsfn_release));
}

static napi_value acquireMain(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, napi_acquire_threadsafe_function(js_tsfn));
}

/* refMain(ref) -> status of napi_ref/unref_threadsafe_function */
static napi_value refMain(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool ref = false;
  CALL(env, napi_get_value_bool(env, argv[0], &ref));
  return mkint(env, st(env, ref ? napi_ref_threadsafe_function(env, js_tsfn) : napi_unref_threadsafe_function(env, js_tsfn)));
}

static int context_marker;

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  ARGS(1); /* a function */
  napi_threadsafe_function t = NULL;
  napi_value name = mkstr(env, "n");
  void* ctx = NULL;
  STATUSES(s);
  PUSH(s, napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL, NULL, NULL, &t)); /* no func, no cb */
  PUSH(s, napi_create_threadsafe_function(env, argv[0], NULL, NULL, 0, 1, NULL, NULL, NULL, NULL, &t)); /* no name */
  PUSH(s, napi_create_threadsafe_function(env, argv[0], NULL, name, 0, 0, NULL, NULL, NULL, NULL, &t)); /* 0 threads */
  PUSH(s, napi_create_threadsafe_function(env, argv[0], NULL, name, 0, 1, NULL, NULL, NULL, NULL, NULL));
  PUSH(s, napi_create_threadsafe_function(env, mkint(env, 1), NULL, name, 0, 1, NULL, NULL, NULL, NULL, &t));
  /* A valid one: context round trip, then released (finalized on the loop). */
  PUSH(s, napi_create_threadsafe_function(env, argv[0], NULL, name, 0, 1, NULL, NULL, &context_marker, NULL, &t));
  napi_value r = s.arr;
  napi_get_threadsafe_function_context(t, &ctx);
  uint32_t len = 0;
  napi_get_array_length(env, r, &len);
  napi_set_element(env, r, len, mkint(env, ctx == &context_marker));
  napi_set_element(env, r, len + 1, mkint(env, napi_release_threadsafe_function(t, napi_tsfn_release)));
  return r;
}

/* NULL handles: nari answers napi_invalid_arg; Node.js aborts the process
   (a CHECK), so the JS test runs this under nari only. */
static napi_value nullHandles(napi_env env, napi_callback_info info) {
  (void)info;
  void* ctx = NULL;
  /* The first four take no env, so there is no last error to cross-check. */
  napi_status raw[] = {
      napi_get_threadsafe_function_context(NULL, &ctx),
      napi_call_threadsafe_function(NULL, NULL, napi_tsfn_blocking),
      napi_acquire_threadsafe_function(NULL),
      napi_release_threadsafe_function(NULL, napi_tsfn_release),
  };
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, r, i, mkint(env, raw[i])));
  CALL(env, napi_set_element(env, r, 4, mkint(env, st(env, napi_ref_threadsafe_function(env, NULL)))));
  CALL(env, napi_set_element(env, r, 5, mkint(env, st(env, napi_unref_threadsafe_function(env, NULL)))));
  return r;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(start),       EXPORT_FN(leftovers),   EXPORT_FN(mainThread), EXPORT_FN(callFromMain),
      EXPORT_FN(releaseMain), EXPORT_FN(acquireMain), EXPORT_FN(refMain),    EXPORT_FN(nullArgs), EXPORT_FN(nullHandles),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
