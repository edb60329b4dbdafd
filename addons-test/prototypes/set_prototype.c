/* Node-API conformance addon: node_api_set_prototype (NAPI_EXPERIMENTAL). */
#define NAPI_EXPERIMENTAL
#include "napi_test.h"

/* Node.js before 25.4 lacks the function (and older headers its declaration):
   bind it weakly, so this loads everywhere and `available()` says whether the
   running Node-API implementation has it. */
#ifdef NODE_API_EXPERIMENTAL_HAS_SET_PROTOTYPE
#pragma weak node_api_set_prototype
#define HAS_SET_PROTOTYPE (node_api_set_prototype != NULL)
#else
#define HAS_SET_PROTOTYPE false
#endif

static napi_value available(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_get_boolean(env, HAS_SET_PROTOTYPE, &r));
  return r;
}

#ifdef NODE_API_EXPERIMENTAL_HAS_SET_PROTOTYPE

/* setPrototype(object, value): the status, or {status, exception}. */
static napi_value setPrototype(napi_env env, napi_callback_info info) {
  ARGS(2);
  return report(env, node_api_set_prototype(env, argv[0], argv[1]));
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value obj;
  CALL(env, napi_create_object(env, &obj));
  STATUSES(s);
  PUSH(s, node_api_set_prototype(env, NULL, obj));
  PUSH(s, node_api_set_prototype(env, obj, NULL));
  PUSH(s, node_api_set_prototype(env, argv[0], NULL)); /* NULL value vs a bad object */
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, node_api_set_prototype(NULL, obj, obj))));
  return s.arr;
}

static napi_value pending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj;
  CALL(env, napi_create_object(env, &obj));
  napi_throw_error(env, NULL, "already pending");
  return report(env, node_api_set_prototype(env, obj, obj));
}

#endif  /* NODE_API_EXPERIMENTAL_HAS_SET_PROTOTYPE */

NAPI_MODULE_INIT() {
  napi_property_descriptor descs[] = {
      EXPORT_FN(available),
#ifdef NODE_API_EXPERIMENTAL_HAS_SET_PROTOTYPE
      EXPORT_FN(setPrototype), EXPORT_FN(nullArgs), EXPORT_FN(pending),
#endif
  };
  if (EXPORT_ALL(env, exports, descs) != napi_ok) return NULL;
  return exports;
}
