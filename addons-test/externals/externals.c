/* napi_create_external / napi_get_value_external. */
#include "napi_test.h"

static int target_a = 1, target_b = 2;

/* makeExternal(which): an external holding &target_a (0) or &target_b (1). */
static napi_value makeExternal(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t which = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &which));
  napi_value r;
  CALL(env, napi_create_external(env, which ? &target_b : &target_a, NULL, NULL, &r));
  return r;
}

/* readExternal(ext): the int the external points to. */
static napi_value readExternal(napi_env env, napi_callback_info info) {
  ARGS(1);
  void* data = NULL;
  CALL(env, napi_get_value_external(env, argv[0], &data));
  return mkint(env, *(int*)data);
}

static napi_value externalNulls(napi_env env, napi_callback_info info) {
  ARGS(1); /* an external */
  void* data;
  napi_value r;
  STATUSES(s);
  PUSH(s, napi_get_value_external(env, NULL, &data));
  PUSH(s, napi_get_value_external(env, argv[0], NULL));
  PUSH(s, napi_get_value_external(env, mkint(env, 1), &data)); /* not an external */
  PUSH(s, napi_create_external(env, &target_a, NULL, NULL, NULL));
  PUSH(s, napi_create_external(env, NULL, NULL, NULL, &r)); /* NULL data is allowed */
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(makeExternal), EXPORT_FN(readExternal), EXPORT_FN(externalNulls),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
