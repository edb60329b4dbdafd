/* Node-API conformance addon: Dates. */
#include "napi_test.h"


static napi_value createDate(napi_env env, napi_callback_info info) {
  ARGS(1);
  double t;
  CALL(env, napi_get_value_double(env, argv[0], &t));
  napi_value r = NULL;
  napi_status s = napi_create_date(env, t, &r);
  return RESULT(s, r);
}

static napi_value isDate(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool b = false;
  napi_value r;
  napi_status s = napi_is_date(env, argv[0], &b);
  if (s != napi_ok) return failv(env, s);
  CALL(env, napi_get_boolean(env, b, &r));
  return r;
}

static napi_value getDateValue(napi_env env, napi_callback_info info) {
  ARGS(1);
  double t = 0;
  napi_value r;
  napi_status s = napi_get_date_value(env, argv[0], &t);
  if (s != napi_ok) return failv(env, s);
  CALL(env, napi_create_double(env, t, &r));
  return okv(env, r);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value date, obj, v;
  double t;
  bool b;
  CALL(env, napi_create_date(env, 1000, &date));
  CALL(env, napi_create_object(env, &obj));
  STATUSES(s);
  PUSH(s, napi_create_date(env, 0, NULL));           /* 0 */
  PUSH(s, napi_is_date(env, NULL, &b));
  PUSH(s, napi_is_date(env, date, NULL));
  PUSH(s, napi_get_date_value(env, NULL, &t));
  PUSH(s, napi_get_date_value(env, date, NULL));
  PUSH(s, napi_get_date_value(env, obj, NULL));      /* 5: NULL result checked first */
  PUSH(s, napi_get_date_value(env, obj, &t));
  PUSH(s, napi_is_date(env, obj, &b));
  PUSH(s, napi_create_date(env, 0, &v));
  return s.arr;
}

static napi_value nullEnv(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value date, arr;
  double t;
  bool b;
  CALL(env, napi_create_date(env, 1000, &date));
  napi_status all[] = {
      napi_create_date(NULL, 0, &date),
      napi_is_date(NULL, date, &b),
      napi_get_date_value(NULL, date, &t),
  };
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 3; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  return arr;
}

/* With an exception pending, creating and reading refuse; napi_is_date works. */
static napi_value whilePending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value date, v, exc, arr;
  double t;
  bool b;
  int codes[3];
  CALL(env, napi_create_date(env, 1000, &date));
  CALL(env, napi_throw_error(env, NULL, "pending"));
  codes[0] = st(env, napi_create_date(env, 0, &v));
  codes[1] = st(env, napi_get_date_value(env, date, &t));
  codes[2] = st(env, napi_is_date(env, date, &b));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 3; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, codes[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createDate), EXPORT_FN(isDate),  EXPORT_FN(getDateValue),
      EXPORT_FN(nullArgs),   EXPORT_FN(nullEnv), EXPORT_FN(whilePending),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
