/* Node-API conformance addon: scopes (scopes). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- shared test scaffolding (copied into every area on purpose) ---- */

/* Call a napi function that is expected to succeed; throw a JS error if not. */
#define CALL(env, call)                                                        \
  do {                                                                         \
    napi_status s_ = (call);                                                   \
    if (s_ != napi_ok) {                                                       \
      fail_((env), s_, #call);                                                 \
      return NULL;                                                             \
    }                                                                          \
  } while (0)

static inline void fail_(napi_env env, napi_status s, const char* what) {
  const napi_extended_error_info* ei = NULL;
  char msg[512];
  napi_get_last_error_info(env, &ei);
  snprintf(msg, sizeof msg, "%s failed with status %d (%s)", what, (int)s,
           (ei && ei->error_message) ? ei->error_message : "no message");
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, NULL, msg);
}

/* Fetch up to N arguments into argv[], missing ones become undefined. */
#define ARGS(N)                                                                \
  size_t argc = (N);                                                           \
  napi_value argv[(N)];                                                        \
  CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));             \
  (void)argv

/* Status of a call, cross-checked against napi_get_last_error_info().
   Returns s itself when last_error_info.error_code == s, otherwise
   -1000 - error_code (so a mismatch is obvious in an assertion). */
static inline int st(napi_env env, napi_status s) {
  const napi_extended_error_info* ei = NULL;
  if (napi_get_last_error_info(env, &ei) != napi_ok || ei == NULL) return -2000;
  if ((int)ei->error_code != (int)s) return -1000 - (int)ei->error_code;
  return (int)s;
}

static inline napi_value mkint(napi_env env, int64_t v) {
  napi_value r = NULL;
  napi_create_int64(env, v, &r);
  return r;
}

static inline napi_value mkstr(napi_env env, const char* s) {
  napi_value r = NULL;
  napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &r);
  return r;
}

/* Turn a status into a JS value. If an exception is pending, it is cleared
   and {status, exception} is returned; otherwise the (checked) number. */
static inline napi_value report(napi_env env, napi_status s) {
  int code = st(env, s);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) return mkint(env, code);
  napi_value exc = NULL, obj = NULL;
  napi_get_and_clear_last_exception(env, &exc);
  napi_create_object(env, &obj);
  napi_set_named_property(env, obj, "status", mkint(env, code));
  napi_set_named_property(env, obj, "exception", exc);
  return obj;
}

/* Array of checked statuses built by a sequence of calls. */
typedef struct {
  napi_env env;
  napi_value arr;
  uint32_t n;
} statuses_;
static inline void push_(statuses_* sl, napi_status s) {
  int code = st(sl->env, s);
  napi_set_element(sl->env, sl->arr, sl->n++, mkint(sl->env, code));
}
#define STATUSES(name)                                                          \
  statuses_ name = {env, NULL, 0};                                             \
  CALL(env, napi_create_array(env, &name.arr))
#define PUSH(name, call) push_(&(name), (call))

#define EXPORT_FN(name) {#name, NULL, name, NULL, NULL, NULL, napi_default, NULL}
#define EXPORT_ALL(env, exports, descs)                                        \
  napi_define_properties((env), (exports), sizeof(descs) / sizeof((descs)[0]), \
                         (descs))
/* ---- end of scaffolding ---- */

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
