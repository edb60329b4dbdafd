/* napi_create/queue/cancel/delete_async_work: execute on the pool, complete
   on the JS thread, cancellation, NULL arguments, exceptions from complete. */
#include "napi_test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

static pthread_t main_thread;

typedef struct {
  napi_async_work work;
  int64_t id; /* passed to globalThis.asyncWorkDone(id, …) by complete */
  int64_t n;
  int64_t sum;
  bool on_main_thread;
  bool block;           /* wait in execute until `released` */
  bool throw_in_complete;
} Job;

static atomic_int started = 0;
static atomic_bool released = false;

static void Execute(napi_env env, void* data) {
  (void)env;
  Job* job = data;
  job->on_main_thread = pthread_equal(pthread_self(), main_thread);
  atomic_fetch_add(&started, 1);
  if (job->block) {
    while (!atomic_load(&released)) sched_yield();
  }
  for (int64_t i = 1; i <= job->n; i++) job->sum += i;
}

/* Calls globalThis.asyncWorkDone(id, statusName, sum, ranOnMainThread). */
static void Complete(napi_env env, napi_status status, void* data) {
  Job* job = data;
  napi_value global, cb, argv[4];
  napi_get_global(env, &global);
  napi_get_named_property(env, global, "asyncWorkDone", &cb);
  argv[0] = mkint(env, job->id);
  argv[1] = mkstr(env, status == napi_ok ? "ok" : status == napi_cancelled ? "cancelled" : "other");
  argv[2] = mkint(env, job->sum);
  napi_get_boolean(env, job->on_main_thread, &argv[3]);
  napi_delete_async_work(env, job->work);
  bool throw_it = job->throw_in_complete;
  free(job);
  if (throw_it) {
    napi_throw_error(env, "E_COMPLETE", "thrown in complete");
    return;
  }
  napi_call_function(env, global, cb, 4, argv, NULL);
}

/* queue(id, n, block, throwInComplete) -> handle (for cancel) */
static napi_value queue(napi_env env, napi_callback_info info) {
  ARGS(4);
  Job* job = calloc(1, sizeof *job);
  CALL(env, napi_get_value_int64(env, argv[0], &job->id));
  CALL(env, napi_get_value_int64(env, argv[1], &job->n));
  CALL(env, napi_get_value_bool(env, argv[2], &job->block));
  CALL(env, napi_get_value_bool(env, argv[3], &job->throw_in_complete));
  CALL(env, napi_create_async_work(env, NULL, mkstr(env, "nari:test"), Execute, Complete, job, &job->work));
  CALL(env, napi_queue_async_work(env, job->work));
  napi_value handle;
  CALL(env, napi_create_external(env, job->work, NULL, NULL, &handle));
  return handle;
}

/* cancel(handle) -> status */
static napi_value cancel(napi_env env, napi_callback_info info) {
  ARGS(1);
  void* work;
  CALL(env, napi_get_value_external(env, argv[0], &work));
  return mkint(env, st(env, napi_cancel_async_work(env, work)));
}

static napi_value startedCount(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, atomic_load(&started));
}

static napi_value release(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  atomic_store(&released, true);
  return NULL;
}

static void Noop(napi_env env, void* data) {
  (void)env;
  (void)data;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_async_work work;
  napi_value name = mkstr(env, "n");
  STATUSES(s);
  PUSH(s, napi_create_async_work(env, NULL, name, NULL, NULL, NULL, &work)); /* no execute */
  PUSH(s, napi_create_async_work(env, NULL, name, Noop, NULL, NULL, NULL));   /* no result */
  PUSH(s, napi_create_async_work(env, NULL, NULL, Noop, NULL, NULL, &work));  /* no name */
  PUSH(s, napi_queue_async_work(env, NULL));
  PUSH(s, napi_cancel_async_work(env, NULL));
  PUSH(s, napi_delete_async_work(env, NULL));
  /* complete may be NULL; a work item that is never queued can be deleted. */
  PUSH(s, napi_create_async_work(env, NULL, name, Noop, NULL, NULL, &work));
  PUSH(s, napi_cancel_async_work(env, work)); /* never queued */
  PUSH(s, napi_delete_async_work(env, work));
  return s.arr;
}

NAPI_MODULE_INIT() {
  main_thread = pthread_self();
  napi_property_descriptor d[] = {
      EXPORT_FN(queue), EXPORT_FN(cancel), EXPORT_FN(startedCount), EXPORT_FN(release), EXPORT_FN(nullArgs),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
