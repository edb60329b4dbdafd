/* napi_adjust_external_memory: V8's running total of external memory. */
#include "napi_test.h"

/* adjust(change): the adjusted total V8 reports. */
static napi_value adjust(napi_env env, napi_callback_info info) {
  ARGS(1);
  int64_t change = 0, adjusted = 0;
  CALL(env, napi_get_value_int64(env, argv[0], &change));
  CALL(env, napi_adjust_external_memory(env, change, &adjusted));
  napi_value r;
  CALL(env, napi_create_double(env, (double)adjusted, &r));
  return r;
}

/* nulls(): NULL out-pointer; NULL env; and with an exception pending. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  (void)info;
  int64_t adjusted;
  napi_value exc;
  STATUSES(s);
  PUSH(s, napi_adjust_external_memory(env, 1, NULL));
  PUSH(s, napi_adjust_external_memory(NULL, 0, &adjusted) == napi_invalid_arg ? napi_ok : napi_generic_failure);
  CALL(env, napi_throw_error(env, NULL, "pending"));
  napi_status s1 = napi_adjust_external_memory(env, 0, &adjusted);
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  PUSH(s, s1);
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {EXPORT_FN(adjust), EXPORT_FN(nulls)};
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
