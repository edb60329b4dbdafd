/* Node-API conformance addon: prototypes and integrity levels
   (napi_get_prototype, napi_object_freeze, napi_object_seal). */
#include "napi_test.h"

/* {ok: true[, value]} on success, {status[, exception]} on failure. */

static napi_value getPrototype(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r = NULL;
  napi_status s = napi_get_prototype(env, argv[0], &r);
  return RESULT(s, r);
}
static napi_value freeze(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_status s = napi_object_freeze(env, argv[0]);
  return RESULT(s, NULL);
}
static napi_value seal(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_status s = napi_object_seal(env, argv[0]);
  return RESULT(s, NULL);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, r;
  CALL(env, napi_create_object(env, &obj));
  STATUSES(s);
  PUSH(s, napi_get_prototype(env, NULL, &r));
  PUSH(s, napi_get_prototype(env, obj, NULL));
  PUSH(s, napi_object_freeze(env, NULL));
  PUSH(s, napi_object_seal(env, NULL));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_get_prototype(NULL, obj, &r))));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_object_freeze(NULL, obj))));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_object_seal(NULL, obj))));
  return s.arr;
}

/* Statuses of the three while an exception is pending (then cleared). */
static napi_value pending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, r, e, arr;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_create_array(env, &arr));
  napi_throw_error(env, NULL, "already pending");
  int codes[3];
  codes[0] = st(env, napi_get_prototype(env, obj, &r));
  codes[1] = st(env, napi_object_freeze(env, obj));
  codes[2] = st(env, napi_object_seal(env, obj));
  CALL(env, napi_get_and_clear_last_exception(env, &e));
  for (uint32_t i = 0; i < 3; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, codes[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor descs[] = {
      EXPORT_FN(getPrototype), EXPORT_FN(freeze), EXPORT_FN(seal),
      EXPORT_FN(nullArgs),     EXPORT_FN(pending),
  };
  if (EXPORT_ALL(env, exports, descs) != napi_ok) return NULL;
  return exports;
}
