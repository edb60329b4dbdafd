/* Shared scaffolding for the addons-test addons: checked calls, argument
   fetching, and statuses reported to JS cross-checked against
   napi_get_last_error_info(). Included by every area's .c file (build.rs
   compiles them with -I addons-test/common). */
#ifndef NARI_ADDONS_TEST_NAPI_TEST_H_
#define NARI_ADDONS_TEST_NAPI_TEST_H_

#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>


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

/* Results as objects: {ok: true, value} on success, else {status} (the
   checked status) plus {exception} when one was pending (it is cleared). */
static inline napi_value okv(napi_env env, napi_value v) {
  napi_value obj, t;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_get_boolean(env, true, &t));
  CALL(env, napi_set_named_property(env, obj, "ok", t));
  if (v != NULL) CALL(env, napi_set_named_property(env, obj, "value", v));
  return obj;
}
static inline napi_value failv(napi_env env, napi_status s) {
  int code = st(env, s);
  bool pending = false;
  napi_value obj, exc = NULL;
  napi_is_exception_pending(env, &pending);
  if (pending) napi_get_and_clear_last_exception(env, &exc);
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "status", mkint(env, code)));
  if (exc != NULL) CALL(env, napi_set_named_property(env, obj, "exception", exc));
  return obj;
}
#define RESULT(s, v) ((s) == napi_ok ? okv(env, (v)) : failv(env, (s)))

#endif  /* NARI_ADDONS_TEST_NAPI_TEST_H_ */
