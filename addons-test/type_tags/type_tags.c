/* napi_type_tag_object / napi_check_object_type_tag. Tags are picked from a
   table by index, so JS never has to spell 64-bit words. */
#include "napi_test.h"

static const napi_type_tag tags[] = {
    {0x1edf75a38336451dULL, 0xa5ed9ce2e4c00c38ULL},
    {0x1edf75a38336451dULL, 0},  /* upper word zero */
    {0, 0},                      /* the zero tag */
    {0xffffffffffffffffULL, 0xffffffffffffffffULL},
    {0, 1},                      /* lower word zero */
};

static const napi_type_tag* tag_arg(napi_env env, napi_value v) {
  int32_t i = 0;
  napi_get_value_int32(env, v, &i);
  return &tags[i];
}

/* tag(value, index): status (with the exception, if one is pending). */
static napi_value tag(napi_env env, napi_callback_info info) {
  ARGS(2);
  return report(env, napi_type_tag_object(env, argv[0], tag_arg(env, argv[1])));
}

/* check(value, index): whether value carries tags[index], or {status, exception}. */
static napi_value check(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool result = false;
  napi_status s = napi_check_object_type_tag(env, argv[0], tag_arg(env, argv[1]), &result);
  if (s != napi_ok) return report(env, s);
  napi_value r;
  CALL(env, napi_get_boolean(env, result, &r));
  return r;
}

/* makeExternal(): a new external (externals can be tagged too). */
static int payload = 5;
static napi_value makeExternal(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_external(env, &payload, NULL, NULL, &r));
  return r;
}

/* nulls(obj): statuses of NULL-argument calls. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool result;
  STATUSES(s);
  PUSH(s, napi_type_tag_object(env, NULL, &tags[0]));
  PUSH(s, napi_type_tag_object(env, argv[0], NULL));
  PUSH(s, napi_check_object_type_tag(env, NULL, &tags[0], &result));
  PUSH(s, napi_check_object_type_tag(env, argv[0], NULL, &result));
  PUSH(s, napi_check_object_type_tag(env, argv[0], &tags[0], NULL));
  return s.arr;
}

/* withPendingException(obj): [tag, check] statuses while an exception is pending. */
static napi_value withPendingException(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool result;
  napi_value exc, arr;
  CALL(env, napi_throw_error(env, NULL, "pending"));
  napi_status s1 = napi_type_tag_object(env, argv[0], &tags[0]);
  napi_status s2 = napi_check_object_type_tag(env, argv[0], &tags[0], &result);
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, s1)));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, s2)));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(tag), EXPORT_FN(check), EXPORT_FN(makeExternal), EXPORT_FN(nulls),
      EXPORT_FN(withPendingException),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
