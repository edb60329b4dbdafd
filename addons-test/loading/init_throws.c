/* (c) An init function that throws: require() must throw that error. */
#include <node_api.h>
#include <stddef.h>

NAPI_MODULE_INIT() {
  (void)exports;
  napi_throw_error(env, "E_INIT_FAILED", "init_throws: init failed on purpose");
  return NULL;
}
