/* Modules built with NAPI_EXPERIMENTAL: "pure" finalizers
   (node_api_basic_finalize) run right inside GC and may only call
   node_api_basic_env functions; node_api_post_finalizer defers the rest. */
#define NAPI_EXPERIMENTAL
#include "napi_test.h"

static int32_t pure_calls = 0;
static int32_t posted_calls = 0;
static int32_t posted_object_status = -1;
static int32_t instance_status = -1;
static int32_t marker;

/* Deferred by the pure finalizer: runs outside GC, so it may touch JS. */
static void posted(napi_env env, void* data, void* hint) {
  (void)data;
  (void)hint;
  napi_value obj;
  posted_calls++;
  posted_object_status = napi_create_object(env, &obj);
}

static void pure(node_api_basic_env env, void* data, void* hint) {
  (void)data;
  (void)hint;
  void* instance = NULL;
  pure_calls++;
  /* Basic-env functions are allowed here. */
  instance_status = napi_get_instance_data(env, &instance);
  node_api_post_finalizer(env, posted, &marker, NULL);
}

/* A pure finalizer that breaks the rule: a fatal error (the process aborts). */
static void touches_js(node_api_basic_env env, void* data, void* hint) {
  (void)data;
  (void)hint;
  napi_value obj;
  napi_create_object((napi_env)env, &obj);
}

/* wrapPure(obj): wraps obj with the pure finalizer. */
static napi_value wrapPure(napi_env env, napi_callback_info info) {
  ARGS(1);
  return report(env, napi_wrap(env, argv[0], &marker, pure, NULL, NULL));
}

/* wrapTouchingJs(obj): wraps obj with the rule-breaking finalizer. */
static napi_value wrapTouchingJs(napi_env env, napi_callback_info info) {
  ARGS(1);
  return report(env, napi_wrap(env, argv[0], &marker, touches_js, NULL, NULL));
}

/* post(): node_api_post_finalizer from JS code (outside any finalizer). */
static napi_value post(napi_env env, napi_callback_info info) {
  (void)info;
  return report(env, node_api_post_finalizer(env, posted, &marker, NULL));
}

/* counts(): [pure calls, posted calls, status of napi_create_object in the
   posted finalizer, status of napi_get_instance_data in the pure one]. */
static napi_value counts(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  int32_t all[] = {pure_calls, posted_calls, posted_object_status, instance_status};
  CALL(env, napi_create_array(env, &r));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, r, i, mkint(env, all[i])));
  return r;
}

/* nulls(): node_api_post_finalizer with a NULL env. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  (void)info;
  STATUSES(s);
  PUSH(s, node_api_post_finalizer(NULL, posted, NULL, NULL) == napi_invalid_arg ? napi_ok : napi_generic_failure);
  PUSH(s, node_api_post_finalizer(env, NULL, NULL, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(wrapPure), EXPORT_FN(wrapTouchingJs), EXPORT_FN(post), EXPORT_FN(counts),
      EXPORT_FN(nulls),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
