/* Node-API conformance addon: errors (errors). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

typedef napi_status (*create_fn)(napi_env, napi_value, napi_value, napi_value*);
typedef napi_status (*throw_fn)(napi_env, const char*, const char*);

static create_fn creator(int32_t kind) {
  return kind == 0 ? napi_create_error
       : kind == 1 ? napi_create_type_error
                   : napi_create_range_error;
}
static throw_fn thrower(int32_t kind) {
  return kind == 0 ? napi_throw_error
       : kind == 1 ? napi_throw_type_error
                   : napi_throw_range_error;
}

/* createError(kind, code, msg); code === undefined means pass NULL. */
static napi_value createError(napi_env env, napi_callback_info info) {
  ARGS(3);
  int32_t kind;
  napi_valuetype t;
  napi_value r = NULL;
  CALL(env, napi_get_value_int32(env, argv[0], &kind));
  CALL(env, napi_typeof(env, argv[1], &t));
  napi_status s = creator(kind)(env, t == napi_undefined ? NULL : argv[1], argv[2], &r);
  if (s != napi_ok) return report(env, s);
  napi_value obj;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "error", r));
  return obj;
}

static napi_value createNulls(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value msg = mkstr(env, "m"), r;
  STATUSES(s);
  for (int k = 0; k < 3; k++) {
    PUSH(s, creator(k)(env, NULL, NULL, &r));
    PUSH(s, creator(k)(env, NULL, msg, NULL));
  }
  return s.arr;
}

/* throwError(kind, code, msg): strings or undefined for NULL. */
static napi_value throwError(napi_env env, napi_callback_info info) {
  ARGS(3);
  int32_t kind;
  char code[64], msg[128];
  napi_valuetype t;
  const char* codep = NULL;
  const char* msgp = NULL;
  CALL(env, napi_get_value_int32(env, argv[0], &kind));
  CALL(env, napi_typeof(env, argv[1], &t));
  if (t != napi_undefined) {
    CALL(env, napi_get_value_string_utf8(env, argv[1], code, sizeof code, NULL));
    codep = code;
  }
  CALL(env, napi_typeof(env, argv[2], &t));
  if (t != napi_undefined) {
    CALL(env, napi_get_value_string_utf8(env, argv[2], msg, sizeof msg, NULL));
    msgp = msg;
  }
  napi_status s = thrower(kind)(env, codep, msgp);
  if (s != napi_ok) return report(env, s);  /* only reached on failure */
  return NULL;
}

static napi_value throwValue(napi_env env, napi_callback_info info) {
  ARGS(1);
  CALL(env, napi_throw(env, argv[0]));
  return NULL;
}

/* Throw, then report the status of napi_throw itself (should be ok and
   the exception pending). */
static napi_value throwStatus(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_status s = napi_throw(env, argv[0]);
  int code = st(env, s);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  napi_value exc;
  napi_get_and_clear_last_exception(env, &exc);
  napi_value obj, p;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "status", mkint(env, code)));
  CALL(env, napi_get_boolean(env, pending, &p));
  CALL(env, napi_set_named_property(env, obj, "pending", p));
  CALL(env, napi_set_named_property(env, obj, "exception", exc));
  return obj;
}

static napi_value isError(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool b;
  napi_value r;
  CALL(env, napi_is_error(env, argv[0], &b));
  CALL(env, napi_get_boolean(env, b, &r));
  return r;
}

static napi_value pendingAndClear(napi_env env, napi_callback_info info) {
  (void)info;
  bool pending = true;
  napi_value exc = NULL, obj, p;
  CALL(env, napi_is_exception_pending(env, &pending));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_get_boolean(env, pending, &p));
  CALL(env, napi_set_named_property(env, obj, "pending", p));
  CALL(env, napi_set_named_property(env, obj, "exception", exc));
  return obj;
}

/* Throw, then try things while the exception is pending. Returns the
   statuses, then clears and returns {statuses, exception}. */
static napi_value whilePending(napi_env env, napi_callback_info info) {
  ARGS(1); /* a JS function */
  napi_value undef, r, obj, num, exc;
  bool pending1 = false;
  CALL(env, napi_get_undefined(env, &undef));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_create_int32(env, 1, &num));
  CALL(env, napi_throw_error(env, "FIRST", "first error"));
  napi_is_exception_pending(env, &pending1);
  /* (napi_set_element would fail while pending: collect in C first) */
  int st_[11];
  int n = 0;
#define REC(call) (st_[n] = st(env, (call)), n++)
  REC(napi_call_function(env, undef, argv[0], 0, NULL, &r)); /* 0 */
  REC(napi_throw_error(env, NULL, "second"));
  REC(napi_throw(env, num));
  REC(napi_set_named_property(env, obj, "k", num));
  REC(napi_get_named_property(env, obj, "k", &r));
  REC(napi_define_properties(env, obj, 0, NULL));            /* 5 */
  /* Functions that do not run JS still work. */
  REC(napi_create_int32(env, 2, &r));
  REC(napi_create_string_utf8(env, "x", NAPI_AUTO_LENGTH, &r));
  REC(napi_typeof(env, num, &(napi_valuetype){napi_undefined}));
  REC(napi_create_error(env, NULL, num, &r));                 /* string_expected */
  REC(napi_is_exception_pending(env, &pending1));            /* 10 */
#undef REC
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  napi_value statuses, out;
  CALL(env, napi_create_array(env, &statuses));
  for (int i = 0; i < n; i++) {
    CALL(env, napi_set_element(env, statuses, (uint32_t)i, mkint(env, st_[i])));
  }
  CALL(env, napi_create_object(env, &out));
  CALL(env, napi_set_named_property(env, out, "statuses", statuses));
  CALL(env, napi_set_named_property(env, out, "exception", exc));
  CALL(env, napi_set_named_property(env, out, "pending", mkint(env, pending1)));
  return out;
}

static napi_value otherNulls(napi_env env, napi_callback_info info) {
  (void)info;
  bool b;
  napi_value r, v = mkint(env, 1);
  STATUSES(s);
  PUSH(s, napi_throw(env, NULL));
  PUSH(s, napi_throw_error(env, NULL, NULL));
  PUSH(s, napi_throw_type_error(env, "C", NULL));
  PUSH(s, napi_throw_range_error(env, NULL, NULL));
  PUSH(s, napi_is_error(env, NULL, &b));
  PUSH(s, napi_is_error(env, v, NULL));                    /* 5 */
  PUSH(s, napi_is_exception_pending(env, NULL));
  PUSH(s, napi_get_and_clear_last_exception(env, NULL));
  (void)r;
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createError), EXPORT_FN(createNulls), EXPORT_FN(throwError),
      EXPORT_FN(throwValue),  EXPORT_FN(throwStatus), EXPORT_FN(isError),
      EXPORT_FN(pendingAndClear), EXPORT_FN(whilePending), EXPORT_FN(otherNulls),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
