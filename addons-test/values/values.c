/* Node-API conformance addon: values (values). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

static napi_value getUndefined(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_get_undefined(env, &r));
  return r;
}
static napi_value getNull(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_get_null(env, &r));
  return r;
}
static napi_value getGlobal(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_get_global(env, &r));
  return r;
}
static napi_value getBoolean(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool b;
  napi_value r;
  CALL(env, napi_get_value_bool(env, argv[0], &b));
  CALL(env, napi_get_boolean(env, b, &r));
  return r;
}
static napi_value getTrueFalse(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr, t, f;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_get_boolean(env, true, &t));
  CALL(env, napi_get_boolean(env, false, &f));
  CALL(env, napi_set_element(env, arr, 0, t));
  CALL(env, napi_set_element(env, arr, 1, f));
  return arr;
}

/* napi_create_* with C values that cannot come from JS directly. */
static napi_value createCases(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr, v;
  uint32_t i = 0;
  CALL(env, napi_create_array(env, &arr));
#define PUT(call) CALL(env, call); CALL(env, napi_set_element(env, arr, i++, v))
  PUT(napi_create_int32(env, 0, &v));
  PUT(napi_create_int32(env, INT32_MAX, &v));
  PUT(napi_create_int32(env, INT32_MIN, &v));
  PUT(napi_create_int32(env, -1, &v));
  PUT(napi_create_uint32(env, 0, &v));
  PUT(napi_create_uint32(env, UINT32_MAX, &v));
  PUT(napi_create_uint32(env, 2147483648u, &v));
  PUT(napi_create_int64(env, 0, &v));
  PUT(napi_create_int64(env, INT64_MAX, &v));
  PUT(napi_create_int64(env, INT64_MIN, &v));
  PUT(napi_create_int64(env, ((int64_t)1 << 53) + 1, &v));
  PUT(napi_create_int64(env, -(((int64_t)1 << 53) + 1), &v));
  PUT(napi_create_int64(env, 12345678901LL, &v));
  PUT(napi_create_double(env, 0.5, &v));
  PUT(napi_create_double(env, -0.0, &v));
  PUT(napi_create_double(env, 1.0 / 0.0, &v));
  PUT(napi_create_double(env, -1.0 / 0.0, &v));
  PUT(napi_create_double(env, 0.0 / 0.0, &v));
  PUT(napi_create_double(env, 1.7976931348623157e308, &v));
  PUT(napi_create_double(env, 5e-324, &v));
#undef PUT
  return arr;
}

static napi_value fail_obj(napi_env env, napi_status s) {
  napi_value obj;
  int code = st(env, s);
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "status", mkint(env, code)));
  return obj;
}

static napi_value toInt32(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t r = 12345;
  napi_status s = napi_get_value_int32(env, argv[0], &r);
  if (s != napi_ok) return fail_obj(env, s);
  napi_value v;
  CALL(env, napi_create_int32(env, r, &v));
  return v;
}
static napi_value toUint32(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t r = 12345;
  napi_status s = napi_get_value_uint32(env, argv[0], &r);
  if (s != napi_ok) return fail_obj(env, s);
  napi_value v;
  CALL(env, napi_create_uint32(env, r, &v));
  return v;
}
/* int64 results are returned as decimal strings to keep all 64 bits. */
static napi_value toInt64(napi_env env, napi_callback_info info) {
  ARGS(1);
  int64_t r = 12345;
  napi_status s = napi_get_value_int64(env, argv[0], &r);
  if (s != napi_ok) return fail_obj(env, s);
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)r);
  return mkstr(env, buf);
}
static napi_value toDouble(napi_env env, napi_callback_info info) {
  ARGS(1);
  double r = 12345;
  napi_status s = napi_get_value_double(env, argv[0], &r);
  if (s != napi_ok) return fail_obj(env, s);
  napi_value v;
  CALL(env, napi_create_double(env, r, &v));
  return v;
}
static napi_value toBool(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  napi_status s = napi_get_value_bool(env, argv[0], &r);
  if (s != napi_ok) return fail_obj(env, s);
  napi_value v;
  CALL(env, napi_get_boolean(env, r, &v));
  return v;
}

/* Output untouched on failure? */
static napi_value outputUntouchedOnFailure(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value str = mkstr(env, "x"), r;
  int32_t i32 = 7;
  uint32_t u32 = 7;
  int64_t i64 = 7;
  double d = 7;
  bool b = true;
  napi_get_value_int32(env, str, &i32);
  napi_get_value_uint32(env, str, &u32);
  napi_get_value_int64(env, str, &i64);
  napi_get_value_double(env, str, &d);
  napi_get_value_bool(env, str, &b);
  CALL(env, napi_get_boolean(env, i32 == 7 && u32 == 7 && i64 == 7 && d == 7 && b,
                             &r));
  return r;
}

static napi_value typeOf(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_valuetype t;
  CALL(env, napi_typeof(env, argv[0], &t));
  return mkint(env, t);
}

static void finalize_noop(napi_env env, void* data, void* hint) {
  (void)env; (void)data; (void)hint;
}
static int external_target;
static napi_value makeExternal(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_external(env, &external_target, finalize_noop, NULL, &r));
  return r;
}

static napi_value strictEquals(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool eq;
  napi_value r;
  CALL(env, napi_strict_equals(env, argv[0], argv[1], &eq));
  CALL(env, napi_get_boolean(env, eq, &r));
  return r;
}

/* NULL arguments for every function in this area. */
static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v = mkint(env, 1), str = mkstr(env, "s");
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  double d;
  bool b;
  napi_valuetype t;
  STATUSES(s);
  PUSH(s, napi_get_undefined(env, NULL));            /* 0 */
  PUSH(s, napi_get_null(env, NULL));
  PUSH(s, napi_get_global(env, NULL));
  PUSH(s, napi_get_boolean(env, true, NULL));
  PUSH(s, napi_create_int32(env, 1, NULL));
  PUSH(s, napi_create_uint32(env, 1, NULL));         /* 5 */
  PUSH(s, napi_create_int64(env, 1, NULL));
  PUSH(s, napi_create_double(env, 1, NULL));
  PUSH(s, napi_get_value_int32(env, NULL, &i32));
  PUSH(s, napi_get_value_int32(env, v, NULL));
  PUSH(s, napi_get_value_uint32(env, NULL, &u32));   /* 10 */
  PUSH(s, napi_get_value_uint32(env, v, NULL));
  PUSH(s, napi_get_value_int64(env, NULL, &i64));
  PUSH(s, napi_get_value_int64(env, v, NULL));
  PUSH(s, napi_get_value_double(env, NULL, &d));
  PUSH(s, napi_get_value_double(env, v, NULL));      /* 15 */
  PUSH(s, napi_get_value_bool(env, NULL, &b));
  PUSH(s, napi_get_value_bool(env, v, NULL));
  PUSH(s, napi_typeof(env, NULL, &t));
  PUSH(s, napi_typeof(env, v, NULL));
  PUSH(s, napi_strict_equals(env, NULL, v, &b));     /* 20 */
  PUSH(s, napi_strict_equals(env, v, NULL, &b));
  PUSH(s, napi_strict_equals(env, v, v, NULL));
  /* wrong type AND NULL result: argument check comes first */
  PUSH(s, napi_get_value_int32(env, str, NULL));
  PUSH(s, napi_get_value_bool(env, v, NULL));
  PUSH(s, napi_get_value_double(env, str, NULL));    /* 25 */
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(getUndefined), EXPORT_FN(getNull),     EXPORT_FN(getGlobal),
      EXPORT_FN(getBoolean),   EXPORT_FN(getTrueFalse), EXPORT_FN(createCases),
      EXPORT_FN(toInt32),      EXPORT_FN(toUint32),    EXPORT_FN(toInt64),
      EXPORT_FN(toDouble),     EXPORT_FN(toBool),      EXPORT_FN(typeOf),
      EXPORT_FN(makeExternal), EXPORT_FN(strictEquals), EXPORT_FN(nullArgs),
      EXPORT_FN(outputUntouchedOnFailure),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
