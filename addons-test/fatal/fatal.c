/* napi_fatal_error: prints "FATAL ERROR: <location> <message>" and aborts.
   Driven by tests/fatal_error.rs (the process must die), not by a test*.js. */
#include "napi_test.h"

static napi_value Die(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  /* Explicit lengths: only "fatal.c:die" and "it went wrong" are printed. */
  napi_fatal_error("fatal.c:die and more", 11, "it went wrong!!", 13);
}

static napi_value DieAutoLength(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  napi_fatal_error(NULL, NAPI_AUTO_LENGTH, "no location given", NAPI_AUTO_LENGTH);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"die", NULL, Die, NULL, NULL, NULL, napi_default, NULL},
      {"dieAutoLength", NULL, DieAutoLength, NULL, NULL, NULL, napi_default, NULL},
  };
  CALL(env, napi_define_properties(env, exports, 2, props));
  return exports;
}
