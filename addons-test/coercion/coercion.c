/* Node-API conformance addon: coercions (napi_coerce_to_*). */
#include "napi_test.h"


#define COERCE(Name, fn)                                     \
  static napi_value Name(napi_env env, napi_callback_info info) { \
    ARGS(1);                                                 \
    napi_value r = NULL;                                     \
    napi_status s = fn(env, argv[0], &r);                    \
    return RESULT(s, r);                                     \
  }
COERCE(toBool, napi_coerce_to_bool)
COERCE(toNumber, napi_coerce_to_number)
COERCE(toObject, napi_coerce_to_object)
COERCE(toString, napi_coerce_to_string)
#undef COERCE

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v, r;
  CALL(env, napi_create_int32(env, 1, &v));
  STATUSES(s);
  PUSH(s, napi_coerce_to_bool(env, NULL, &r));
  PUSH(s, napi_coerce_to_bool(env, v, NULL));
  PUSH(s, napi_coerce_to_number(env, NULL, &r));
  PUSH(s, napi_coerce_to_number(env, v, NULL));
  PUSH(s, napi_coerce_to_object(env, NULL, &r));
  PUSH(s, napi_coerce_to_object(env, v, NULL));
  PUSH(s, napi_coerce_to_string(env, NULL, &r));
  PUSH(s, napi_coerce_to_string(env, v, NULL));
  return s.arr;
}

static napi_value nullEnv(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v, r, arr;
  CALL(env, napi_create_int32(env, 1, &v));
  napi_status all[] = {
      napi_coerce_to_bool(NULL, v, &r),
      napi_coerce_to_number(NULL, v, &r),
      napi_coerce_to_object(NULL, v, &r),
      napi_coerce_to_string(NULL, v, &r),
  };
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  return arr;
}

/* All four refuse while an exception is pending, without running JS: the
   argument's valueOf/toString must not be called. */
static napi_value whilePending(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r, exc, arr;
  int codes[4];
  CALL(env, napi_throw_error(env, NULL, "pending"));
  codes[0] = st(env, napi_coerce_to_bool(env, argv[0], &r));
  codes[1] = st(env, napi_coerce_to_number(env, argv[0], &r));
  codes[2] = st(env, napi_coerce_to_object(env, argv[0], &r));
  codes[3] = st(env, napi_coerce_to_string(env, argv[0], &r));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, codes[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(toBool),   EXPORT_FN(toNumber), EXPORT_FN(toObject),
      EXPORT_FN(toString), EXPORT_FN(nullArgs), EXPORT_FN(nullEnv),
      EXPORT_FN(whilePending),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
