/* (e) An init function that returns a value other than exports (a
   function): require() returns that value. */
#include <node_api.h>
#include <stddef.h>

static napi_value answer(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v;
  napi_create_int32(env, 42, &v);
  return v;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_value marker;
  (void)exports;
  if (napi_create_function(env, "answer", NAPI_AUTO_LENGTH, answer, NULL, &fn) != napi_ok)
    return NULL;
  /* also mark the original exports, which must NOT be what require returns */
  if (napi_get_boolean(env, true, &marker) == napi_ok)
    napi_set_named_property(env, exports, "original", marker);
  return fn;
}
