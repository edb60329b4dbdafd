/* Node-API conformance addon: scopes (scopes). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

static napi_value basicScope(napi_env env, napi_callback_info info) {
  (void)info;
  napi_handle_scope scope;
  napi_value v;
  CALL(env, napi_open_handle_scope(env, &scope));
  CALL(env, napi_create_object(env, &v));
  CALL(env, napi_close_handle_scope(env, scope));
  return mkstr(env, "done");
}

/* Nested scopes, inner value stored on an outer object survives. */
static napi_value nestedScopes(napi_env env, napi_callback_info info) {
  (void)info;
  napi_handle_scope outer, inner;
  napi_value holder, v;
  CALL(env, napi_create_object(env, &holder));
  CALL(env, napi_open_handle_scope(env, &outer));
  CALL(env, napi_open_handle_scope(env, &inner));
  CALL(env, napi_create_string_utf8(env, "inner", NAPI_AUTO_LENGTH, &v));
  CALL(env, napi_set_named_property(env, holder, "value", v));
  CALL(env, napi_close_handle_scope(env, inner));
  CALL(env, napi_close_handle_scope(env, outer));
  return holder;
}

static napi_value escapeOne(napi_env env, napi_callback_info info) {
  (void)info;
  napi_escapable_handle_scope scope;
  napi_value obj, escaped;
  CALL(env, napi_open_escapable_handle_scope(env, &scope));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "escaped", mkint(env, 1)));
  CALL(env, napi_escape_handle(env, scope, obj, &escaped));
  CALL(env, napi_close_escapable_handle_scope(env, scope));
  return escaped;
}

static napi_value escapeTwice(napi_env env, napi_callback_info info) {
  (void)info;
  napi_escapable_handle_scope scope;
  napi_value a, b, e1, e2 = NULL;
  CALL(env, napi_open_escapable_handle_scope(env, &scope));
  CALL(env, napi_create_object(env, &a));
  CALL(env, napi_create_object(env, &b));
  napi_status s1 = napi_escape_handle(env, scope, a, &e1);
  int c1 = st(env, s1);
  napi_status s2 = napi_escape_handle(env, scope, b, &e2);
  int c2 = st(env, s2);
  napi_status s3 = napi_escape_handle(env, scope, a, &e2); /* same value again */
  int c3 = st(env, s3);
  CALL(env, napi_close_escapable_handle_scope(env, scope));
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, c1)));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, c2)));
  CALL(env, napi_set_element(env, arr, 2, mkint(env, c3)));
  CALL(env, napi_set_element(env, arr, 3, e1));
  return arr;
}

/* Escape from nested escapable scopes through two levels. */
static napi_value escapeNested(napi_env env, napi_callback_info info) {
  (void)info;
  napi_escapable_handle_scope outer, inner;
  napi_value v, mid, out;
  CALL(env, napi_open_escapable_handle_scope(env, &outer));
  CALL(env, napi_open_escapable_handle_scope(env, &inner));
  CALL(env, napi_create_string_utf8(env, "deep", NAPI_AUTO_LENGTH, &v));
  CALL(env, napi_escape_handle(env, inner, v, &mid));
  CALL(env, napi_close_escapable_handle_scope(env, inner));
  CALL(env, napi_escape_handle(env, outer, mid, &out));
  CALL(env, napi_close_escapable_handle_scope(env, outer));
  return out;
}

/* Many values, one scope per iteration; results stored in an array
   created outside the loop. */
static napi_value manyScopes(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t n;
  napi_value arr;
  CALL(env, napi_get_value_uint32(env, argv[0], &n));
  CALL(env, napi_create_array(env, &arr));
  double sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    napi_handle_scope scope;
    napi_value num, obj, str;
    CALL(env, napi_open_handle_scope(env, &scope));
    CALL(env, napi_create_uint32(env, i, &num));
    CALL(env, napi_create_object(env, &obj));
    CALL(env, napi_create_string_utf8(env, "value", NAPI_AUTO_LENGTH, &str));
    CALL(env, napi_set_property(env, obj, str, num));
    napi_value back;
    CALL(env, napi_get_property(env, obj, str, &back));
    double d;
    CALL(env, napi_get_value_double(env, back, &d));
    sum += d;
    if (i % 1000 == 0) CALL(env, napi_set_element(env, arr, i / 1000, obj));
    CALL(env, napi_close_handle_scope(env, scope));
  }
  napi_value result;
  CALL(env, napi_create_object(env, &result));
  napi_value s;
  CALL(env, napi_create_double(env, sum, &s));
  CALL(env, napi_set_named_property(env, result, "sum", s));
  CALL(env, napi_set_named_property(env, result, "samples", arr));
  return result;
}

/* Many escapable scopes, each escaping one value into the outer array. */
static napi_value manyEscapes(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t n;
  napi_value arr;
  CALL(env, napi_get_value_uint32(env, argv[0], &n));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < n; i++) {
    napi_escapable_handle_scope scope;
    napi_value num, esc;
    CALL(env, napi_open_escapable_handle_scope(env, &scope));
    CALL(env, napi_create_uint32(env, i * 2, &num));
    CALL(env, napi_escape_handle(env, scope, num, &esc));
    CALL(env, napi_close_escapable_handle_scope(env, scope));
    CALL(env, napi_set_element(env, arr, i, esc));
  }
  return arr;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_escapable_handle_scope esc;
  napi_value v = mkint(env, 1), r;
  STATUSES(s);
  PUSH(s, napi_open_handle_scope(env, NULL));
  PUSH(s, napi_close_handle_scope(env, NULL));
  PUSH(s, napi_open_escapable_handle_scope(env, NULL));
  PUSH(s, napi_close_escapable_handle_scope(env, NULL));
  CALL(env, napi_open_escapable_handle_scope(env, &esc));
  PUSH(s, napi_escape_handle(env, NULL, v, &r));
  PUSH(s, napi_escape_handle(env, esc, NULL, &r));     /* 5 */
  PUSH(s, napi_escape_handle(env, esc, v, NULL));
  /* failed attempts do not count as "the" escape */
  PUSH(s, napi_escape_handle(env, esc, v, &r));
  CALL(env, napi_close_escapable_handle_scope(env, esc));
  return s.arr;
}

/* Closing more scopes than were opened. Only the returned status is
   checked: Node returns napi_handle_scope_mismatch here without recording
   it in napi_get_last_error_info. */
static napi_value closeTwice(napi_env env, napi_callback_info info) {
  (void)info;
  napi_handle_scope hs;
  napi_escapable_handle_scope es;
  int r[2];
  CALL(env, napi_open_handle_scope(env, &hs));
  CALL(env, napi_close_handle_scope(env, hs));
  r[0] = (int)napi_close_handle_scope(env, hs);
  CALL(env, napi_open_escapable_handle_scope(env, &es));
  CALL(env, napi_close_escapable_handle_scope(env, es));
  r[1] = (int)napi_close_escapable_handle_scope(env, es);
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, r[0])));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, r[1])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(basicScope), EXPORT_FN(nestedScopes), EXPORT_FN(escapeOne),
      EXPORT_FN(escapeTwice), EXPORT_FN(escapeNested), EXPORT_FN(manyScopes),
      EXPORT_FN(manyEscapes), EXPORT_FN(nullArgs), EXPORT_FN(closeTwice),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
