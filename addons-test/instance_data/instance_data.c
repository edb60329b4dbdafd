/* napi_set_instance_data / napi_get_instance_data. */
#include "napi_test.h"

static int32_t values[8];
static int32_t finalized[8];

static void count_finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  finalized[(int32_t*)data - values]++;
}

/* set(slot, value, withFinalizer): makes &values[slot] the instance data. */
static napi_value set(napi_env env, napi_callback_info info) {
  ARGS(3);
  int32_t slot = 0, value = 0;
  bool with_finalizer = false;
  CALL(env, napi_get_value_int32(env, argv[0], &slot));
  CALL(env, napi_get_value_int32(env, argv[1], &value));
  CALL(env, napi_get_value_bool(env, argv[2], &with_finalizer));
  values[slot] = value;
  return report(env, napi_set_instance_data(env, &values[slot],
                                            with_finalizer ? count_finalize : NULL, NULL));
}

/* setNull(): NULL data (allowed). */
static napi_value setNull(napi_env env, napi_callback_info info) {
  (void)info;
  return report(env, napi_set_instance_data(env, NULL, NULL, NULL));
}

/* get(): the int the instance data points to, or null when it is NULL. */
static napi_value get(napi_env env, napi_callback_info info) {
  (void)info;
  void* data = (void*)1;
  CALL(env, napi_get_instance_data(env, &data));
  if (data == NULL) {
    napi_value r;
    CALL(env, napi_get_null(env, &r));
    return r;
  }
  return mkint(env, *(int32_t*)data);
}

/* finalizeCount(slot): finalizer calls for &values[slot]. */
static napi_value finalizeCount(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t slot = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &slot));
  return mkint(env, finalized[slot]);
}

/* nulls(): statuses of NULL-argument calls, and calls with a pending exception. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  (void)info;
  void* data = NULL;
  napi_value exc;
  STATUSES(s);
  PUSH(s, napi_get_instance_data(env, NULL));
  PUSH(s, napi_get_instance_data(NULL, &data) == napi_invalid_arg ? napi_ok : napi_generic_failure);
  PUSH(s, napi_set_instance_data(NULL, NULL, NULL, NULL) == napi_invalid_arg ? napi_ok : napi_generic_failure);
  CALL(env, napi_throw_error(env, NULL, "pending"));
  napi_status s1 = napi_get_instance_data(env, &data);
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  PUSH(s, s1);
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(set), EXPORT_FN(setNull), EXPORT_FN(get), EXPORT_FN(finalizeCount),
      EXPORT_FN(nulls),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
