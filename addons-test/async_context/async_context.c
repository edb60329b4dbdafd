/* napi_async_init/destroy, napi_make_callback (with its nextTick/microtask
   draining rule), callback scopes, napi_fatal_exception. */
#include "napi_test.h"

#include <stdlib.h>

typedef struct {
  napi_async_work work;
  napi_async_context context;
  napi_ref callback;
  bool use_scope;
} Job;

static void Execute(napi_env env, void* data) {
  (void)env;
  (void)data;
}

/* From the loop (no JS on the stack): call the callback through
   napi_make_callback, or inside a callback scope. */
static void Complete(napi_env env, napi_status status, void* data) {
  (void)status;
  Job* job = data;
  napi_value cb, recv;
  napi_get_reference_value(env, job->callback, &cb);
  napi_get_global(env, &recv);
  if (job->use_scope) {
    napi_callback_scope scope;
    napi_value resource;
    napi_create_object(env, &resource);
    napi_open_callback_scope(env, resource, job->context, &scope);
    napi_call_function(env, recv, cb, 0, NULL, NULL);
    napi_close_callback_scope(env, scope);
  } else {
    napi_make_callback(env, job->context, recv, cb, 0, NULL, NULL);
  }
  napi_delete_reference(env, job->callback);
  napi_async_destroy(env, job->context);
  napi_delete_async_work(env, job->work);
  free(job);
}

/* callLater(callback, useScope): callback runs from the loop. */
static napi_value callLater(napi_env env, napi_callback_info info) {
  ARGS(2);
  Job* job = calloc(1, sizeof *job);
  CALL(env, napi_get_value_bool(env, argv[1], &job->use_scope));
  CALL(env, napi_create_reference(env, argv[0], 1, &job->callback));
  CALL(env, napi_async_init(env, NULL, mkstr(env, "nari:ctx"), &job->context));
  CALL(env, napi_create_async_work(env, NULL, mkstr(env, "nari:ctx"), Execute, Complete, job, &job->work));
  CALL(env, napi_queue_async_work(env, job->work));
  return NULL;
}

/* makeCallbackNow(recv, fn, ...args) -> result: with JS on the stack. */
static napi_value makeCallbackNow(napi_env env, napi_callback_info info) {
  ARGS(4);
  napi_async_context context;
  CALL(env, napi_async_init(env, NULL, mkstr(env, "nari:now"), &context));
  napi_value result = NULL;
  napi_status s = napi_make_callback(env, context, argv[0], argv[1], argc > 2 ? argc - 2 : 0, argv + 2, &result);
  CALL(env, napi_async_destroy(env, context));
  if (s == napi_pending_exception) return NULL;
  return s == napi_ok ? result : report(env, s);
}

/* fatal(err): napi_fatal_exception(err) */
static napi_value fatal(napi_env env, napi_callback_info info) {
  ARGS(1);
  CALL(env, napi_fatal_exception(env, argv[0]));
  return NULL;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  ARGS(1); /* a function */
  napi_async_context ctx;
  napi_callback_scope scope;
  napi_value recv, r;
  CALL(env, napi_get_global(env, &recv));
  STATUSES(s);
  PUSH(s, napi_async_init(env, NULL, NULL, &ctx));
  PUSH(s, napi_async_init(env, NULL, mkstr(env, "n"), NULL));
  PUSH(s, napi_async_destroy(env, NULL));
  PUSH(s, napi_make_callback(env, NULL, NULL, argv[0], 0, NULL, &r));
  PUSH(s, napi_make_callback(env, NULL, recv, NULL, 0, NULL, &r));
  PUSH(s, napi_make_callback(env, NULL, recv, argv[0], 1, NULL, &r));
  PUSH(s, napi_make_callback(env, NULL, recv, mkint(env, 1), 0, NULL, &r));
  PUSH(s, napi_open_callback_scope(env, NULL, NULL, NULL));
  PUSH(s, napi_close_callback_scope(env, NULL));
  PUSH(s, napi_fatal_exception(env, NULL));
  /* A scope opened and closed with JS on the stack (Node requires a real
     async context here: it crashes on a NULL one). */
  CALL(env, napi_async_init(env, NULL, mkstr(env, "scope"), &ctx));
  PUSH(s, napi_open_callback_scope(env, recv, ctx, &scope));
  PUSH(s, napi_close_callback_scope(env, scope));
  CALL(env, napi_async_destroy(env, ctx));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(callLater), EXPORT_FN(makeCallbackNow), EXPORT_FN(fatal), EXPORT_FN(nullArgs),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
