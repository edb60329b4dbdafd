/* Node-API conformance addon: env_version (env_version). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

static napi_value getVersion(napi_env env, napi_callback_info info) {
  (void)info;
  uint32_t v = 0;
  CALL(env, napi_get_version(env, &v));
  return mkint(env, v);
}

static napi_value getNodeVersion(napi_env env, napi_callback_info info) {
  (void)info;
  const napi_node_version* v = NULL;
  napi_value obj;
  CALL(env, napi_get_node_version(env, &v));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "major", mkint(env, v->major)));
  CALL(env, napi_set_named_property(env, obj, "minor", mkint(env, v->minor)));
  CALL(env, napi_set_named_property(env, obj, "patch", mkint(env, v->patch)));
  CALL(env, napi_set_named_property(env, obj, "release",
                                    mkstr(env, v->release)));
  return obj;
}

/* Same pointer on every call? (Node returns a static struct.) */
static napi_value nodeVersionStable(napi_env env, napi_callback_info info) {
  (void)info;
  const napi_node_version* a = NULL;
  const napi_node_version* b = NULL;
  napi_value r;
  CALL(env, napi_get_node_version(env, &a));
  CALL(env, napi_get_node_version(env, &b));
  CALL(env, napi_get_boolean(env, a != NULL && a->major == b->major &&
                                      a->minor == b->minor &&
                                      a->patch == b->patch, &r));
  return r;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  STATUSES(s);
  PUSH(s, napi_get_version(env, NULL));
  PUSH(s, napi_get_node_version(env, NULL));
  PUSH(s, napi_get_last_error_info(env, NULL));
  return s.arr;
}

/* Every entry point must reject a NULL env with napi_invalid_arg. */
static napi_value nullEnv(napi_env env, napi_callback_info info) {
  (void)info;
  uint32_t v;
  const napi_node_version* nv;
  const napi_extended_error_info* ei;
  napi_value r;
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, napi_get_version(NULL, &v))));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, napi_get_node_version(NULL, &nv))));
  CALL(env, napi_set_element(env, arr, 2, mkint(env, napi_get_last_error_info(NULL, &ei))));
  CALL(env, napi_set_element(env, arr, 3, mkint(env, napi_get_undefined(NULL, &r))));
  return arr;
}

static napi_value describe(napi_env env, napi_status s,
                           const napi_extended_error_info* ei) {
  napi_value obj, msg;
  /* copy everything first: the napi calls below overwrite *ei */
  int code = (int)ei->error_code;
  char text[256] = {0};
  bool has_msg = ei->error_message != NULL;
  if (has_msg) snprintf(text, sizeof text, "%s", ei->error_message);
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "status", mkint(env, s)));
  CALL(env, napi_set_named_property(env, obj, "code", mkint(env, code)));
  if (has_msg) {
    msg = mkstr(env, text);
  } else {
    CALL(env, napi_get_null(env, &msg));
  }
  CALL(env, napi_set_named_property(env, obj, "message", msg));
  return obj;
}

/* Fail with a chosen kind of error, then read last error info. */
static napi_value errorAfter(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t which = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &which));
  napi_value str = mkstr(env, "not a number"), num = mkint(env, 1);
  napi_status s = napi_ok;
  int32_t i32;
  bool b;
  size_t len;
  uint32_t alen;
  napi_value r;
  switch (which) {
    case 0: s = napi_get_value_int32(env, str, &i32); break;  /* number_expected */
    case 1: s = napi_get_value_bool(env, num, &b); break;     /* boolean_expected */
    case 2: s = napi_get_value_string_utf8(env, num, NULL, 0, &len); break;
    case 3: s = napi_get_array_length(env, str, &alen); break; /* array_expected */
    case 4: s = napi_get_undefined(env, NULL); break;          /* invalid_arg */
    case 5: s = napi_get_undefined(env, &r); break;            /* ok */
    default: break;
  }
  const napi_extended_error_info* ei = NULL;
  CALL(env, napi_get_last_error_info(env, &ei));
  return describe(env, s, ei);
}

/* A failure followed by a successful call: error info must be cleared. */
static napi_value clearedAfterSuccess(napi_env env, napi_callback_info info) {
  (void)info;
  int32_t i32;
  napi_value r;
  napi_value str = mkstr(env, "x");
  if (napi_get_value_int32(env, str, &i32) != napi_number_expected) {
    napi_throw_error(env, NULL, "expected napi_number_expected");
    return NULL;
  }
  napi_status s2 = napi_get_undefined(env, &r);
  const napi_extended_error_info* ei = NULL;
  CALL(env, napi_get_last_error_info(env, &ei));
  return describe(env, s2, ei);
}

/* Calling napi_get_last_error_info twice does not reset the error. */
static napi_value errorInfoIdempotent(napi_env env, napi_callback_info info) {
  (void)info;
  int32_t i32;
  napi_value str = mkstr(env, "x");
  napi_status s = napi_get_value_int32(env, str, &i32);
  const napi_extended_error_info* a = NULL;
  const napi_extended_error_info* b = NULL;
  CALL(env, napi_get_last_error_info(env, &a));
  int first = (int)a->error_code;
  CALL(env, napi_get_last_error_info(env, &b));
  int second = (int)b->error_code;
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, s)));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, first)));
  CALL(env, napi_set_element(env, arr, 2, mkint(env, second)));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(getVersion),     EXPORT_FN(getNodeVersion),
      EXPORT_FN(nodeVersionStable), EXPORT_FN(nullArgs),
      EXPORT_FN(nullEnv),        EXPORT_FN(errorAfter),
      EXPORT_FN(clearedAfterSuccess), EXPORT_FN(errorInfoIdempotent),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
