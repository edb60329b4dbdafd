/* Node-API conformance addon: functions (functions). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

static int data_value = 1234;

/* Returns {argc, args, self, data, newTarget} as seen by the callback.
   Always asks napi_get_cb_info for 3 argument slots. */
static napi_value inspectCall(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3] = {NULL, NULL, NULL}, self, nt, obj, args;
  void* data = NULL;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  CALL(env, napi_get_new_target(env, info, &nt));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_create_array(env, &args));
  for (uint32_t i = 0; i < 3; i++) {
    if (argv[i] == NULL) {  /* never expected: slots are filled */
      napi_throw_error(env, NULL, "argv slot left NULL");
      return NULL;
    }
    CALL(env, napi_set_element(env, args, i, argv[i]));
  }
  CALL(env, napi_set_named_property(env, obj, "argc", mkint(env, (int64_t)argc)));
  CALL(env, napi_set_named_property(env, obj, "args", args));
  CALL(env, napi_set_named_property(env, obj, "self", self));
  CALL(env, napi_set_named_property(env, obj, "data",
                                    mkint(env, data ? *(int*)data : -1)));
  if (nt == NULL) CALL(env, napi_get_null(env, &nt));
  CALL(env, napi_set_named_property(env, obj, "newTarget", nt));
  return obj;
}

/* Only asks for the count (argv NULL). */
static napi_value countOnly(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  CALL(env, napi_get_cb_info(env, info, &argc, NULL, NULL, NULL));
  return mkint(env, (int64_t)argc);
}
/* Asks for 1 slot: argc reports the real count, extra args not copied. */
static napi_value oneSlot(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[2];
  napi_value sentinel = mkstr(env, "untouched");
  argv[1] = sentinel;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, (int64_t)argc)));
  CALL(env, napi_set_element(env, arr, 1, argv[0]));
  CALL(env, napi_set_element(env, arr, 2, argv[1]));
  return arr;
}
/* this / data only, all other outputs NULL. */
static napi_value thisOnly(napi_env env, napi_callback_info info) {
  napi_value self;
  CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  return self;
}
static napi_value cbInfoNulls(napi_env env, napi_callback_info info) {
  napi_value argv[1], nt;
  STATUSES(s);
  PUSH(s, napi_get_cb_info(env, NULL, NULL, NULL, NULL, NULL));
  PUSH(s, napi_get_cb_info(env, info, NULL, argv, NULL, NULL)); /* argv without argc */
  PUSH(s, napi_get_cb_info(env, info, NULL, NULL, NULL, NULL)); /* nothing asked: ok */
  PUSH(s, napi_get_new_target(env, NULL, &nt));
  PUSH(s, napi_get_new_target(env, info, NULL));
  return s.arr;
}

static napi_value makeFunctions(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, f;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_create_function(env, "named", NAPI_AUTO_LENGTH, inspectCall,
                                 &data_value, &f));
  CALL(env, napi_set_named_property(env, obj, "named", f));
  CALL(env, napi_create_function(env, "explicitXYZ", 8, inspectCall, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "explicit", f));
  CALL(env, napi_create_function(env, NULL, 0, inspectCall, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "anonymous", f));
  CALL(env, napi_create_function(env, NULL, NAPI_AUTO_LENGTH, inspectCall, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "anonymousAuto", f));
  CALL(env, napi_create_function(env, "", NAPI_AUTO_LENGTH, inspectCall, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "empty", f));
  CALL(env, napi_create_function(env, "f\xC3\xBC\xC3\xB1", NAPI_AUTO_LENGTH, inspectCall, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "utf8", f));
  CALL(env, napi_create_function(env, "countOnly", NAPI_AUTO_LENGTH, countOnly, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "countOnly", f));
  CALL(env, napi_create_function(env, "oneSlot", NAPI_AUTO_LENGTH, oneSlot, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "oneSlot", f));
  CALL(env, napi_create_function(env, "thisOnly", NAPI_AUTO_LENGTH, thisOnly, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "thisOnly", f));
  CALL(env, napi_create_function(env, "cbInfoNulls", NAPI_AUTO_LENGTH, cbInfoNulls, NULL, &f));
  CALL(env, napi_set_named_property(env, obj, "cbInfoNulls", f));
  return obj;
}

static napi_value createNulls(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value f;
  STATUSES(s);
  PUSH(s, napi_create_function(env, "f", NAPI_AUTO_LENGTH, NULL, NULL, &f));
  PUSH(s, napi_create_function(env, "f", NAPI_AUTO_LENGTH, inspectCall, NULL, NULL));
  return s.arr;
}

/* callFunction(recv, fn, ...args) -> {ok, value} | {status, exception} */
static napi_value callFunction(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value argv[8], r = NULL, obj;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2) { napi_throw_error(env, NULL, "need recv and fn"); return NULL; }
  napi_status s = napi_call_function(env, argv[0], argv[1], argc - 2,
                                     argc > 2 ? argv + 2 : NULL, &r);
  int code = st(env, s);
  bool pending = false;
  CALL(env, napi_is_exception_pending(env, &pending));
  napi_value exc = NULL;
  if (pending) {
    CALL(env, napi_get_and_clear_last_exception(env, &exc));
  }
  bool pending_after = true;
  CALL(env, napi_is_exception_pending(env, &pending_after));
  CALL(env, napi_create_object(env, &obj));
  if (s == napi_ok) {
    napi_value t;
    CALL(env, napi_get_boolean(env, true, &t));
    CALL(env, napi_set_named_property(env, obj, "ok", t));
    CALL(env, napi_set_named_property(env, obj, "value", r));
  } else {
    CALL(env, napi_set_named_property(env, obj, "status", mkint(env, code)));
    napi_value p;
    CALL(env, napi_get_boolean(env, pending, &p));
    CALL(env, napi_set_named_property(env, obj, "pending", p));
    if (exc) CALL(env, napi_set_named_property(env, obj, "exception", exc));
    if (pending_after) {
      napi_throw_error(env, NULL, "exception still pending after clearing");
      return NULL;
    }
  }
  return obj;
}

/* Call and let the exception propagate. */
static napi_value callAndPropagate(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value recv, r;
  CALL(env, napi_get_undefined(env, &recv));
  napi_call_function(env, recv, argv[0], 0, NULL, &r);
  return NULL;
}

static napi_value callNulls(napi_env env, napi_callback_info info) {
  ARGS(1); /* a JS function */
  napi_value recv, r;
  CALL(env, napi_get_undefined(env, &recv));
  STATUSES(s);
  PUSH(s, napi_call_function(env, NULL, argv[0], 0, NULL, &r));
  PUSH(s, napi_call_function(env, recv, NULL, 0, NULL, &r));
  PUSH(s, napi_call_function(env, recv, argv[0], 1, NULL, &r)); /* argc>0, argv NULL */
  PUSH(s, napi_call_function(env, recv, argv[0], 0, NULL, NULL)); /* result optional */
  PUSH(s, napi_call_function(env, recv, mkint(env, 1), 0, NULL, &r)); /* not a function */
  PUSH(s, napi_call_function(env, recv, mkstr(env, "f"), 0, NULL, &r));
  return s.arr;
}

/* newInstance(ctor, ...args) -> new ctor(...args); throws propagate. */
static napi_value newInstance(napi_env env, napi_callback_info info) {
  ARGS(3);
  napi_value r = NULL;
  napi_status s = napi_new_instance(env, argv[0], argc > 0 ? argc - 1 : 0, argv + 1, &r);
  if (s == napi_pending_exception) return NULL; /* rethrown to JS */
  return s == napi_ok ? r : report(env, s);
}

/* Statuses of napi_new_instance with NULL and wrong-type arguments. */
static napi_value newInstanceNulls(napi_env env, napi_callback_info info) {
  ARGS(1); /* a constructor */
  napi_value r;
  STATUSES(s);
  PUSH(s, napi_new_instance(env, NULL, 0, NULL, &r));
  PUSH(s, napi_new_instance(env, argv[0], 1, NULL, &r)); /* argc>0, argv NULL */
  PUSH(s, napi_new_instance(env, argv[0], 0, NULL, NULL));
  PUSH(s, napi_new_instance(env, mkint(env, 1), 0, NULL, &r)); /* not a function */
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(makeFunctions), EXPORT_FN(createNulls), EXPORT_FN(callFunction),
      EXPORT_FN(callAndPropagate), EXPORT_FN(callNulls), EXPORT_FN(newInstance),
      EXPORT_FN(newInstanceNulls),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
