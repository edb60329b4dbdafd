/* (d) An init function that returns NULL after touching exports: the
   original exports object is what require() returns. */
#include <node_api.h>
#include <stddef.h>

NAPI_MODULE_INIT() {
  napi_value v;
  if (napi_get_boolean(env, true, &v) == napi_ok) {
    napi_set_named_property(env, exports, "touched", v);
  }
  return NULL;
}
