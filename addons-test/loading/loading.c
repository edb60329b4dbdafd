/* Node-API conformance addon: loading (loading). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

/* (a) registration through napi_register_module_v1 via NAPI_MODULE_INIT(). */
static int init_calls = 0;

static napi_value hello(napi_env env, napi_callback_info info) {
  (void)info;
  return mkstr(env, "hello from napi_register_module_v1");
}
static napi_value initCalls(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, init_calls);
}

NAPI_MODULE_INIT() {
  init_calls++;
  napi_property_descriptor d[] = {EXPORT_FN(hello), EXPORT_FN(initCalls)};
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
