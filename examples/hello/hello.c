// The example addon: a plain C Node-API module, built by nari's build.rs
// exactly as node-gyp would build it for Node.js.
#include <node_api.h>
#include <stdio.h>

#define CHECK(call)                                                     \
  do {                                                                  \
    if ((call) != napi_ok) {                                            \
      napi_throw_error(env, NULL, "hello addon: " #call " failed");     \
      return NULL;                                                      \
    }                                                                   \
  } while (0)

// hello(name?) -> "Hello, <name>, from a Node-API addon"
static napi_value Hello(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char name[64] = "world";
  if (argc >= 1) {
    napi_valuetype type;
    CHECK(napi_typeof(env, argv[0], &type));
    if (type != napi_string) {
      napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "hello(name): name must be a string");
      return NULL;
    }
    CHECK(napi_get_value_string_utf8(env, argv[0], name, sizeof name, NULL));
  }
  char text[128];
  snprintf(text, sizeof text, "Hello, %s, from a Node-API addon", name);
  napi_value result;
  CHECK(napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &result));
  return result;
}

// add(a, b) -> a + b
static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  double a = 0, b = 0;
  if (argc < 2 || napi_get_value_double(env, argv[0], &a) != napi_ok ||
      napi_get_value_double(env, argv[1], &b) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "add(a, b): both arguments must be numbers");
    return NULL;
  }
  napi_value result;
  CHECK(napi_create_double(env, a + b, &result));
  return result;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor properties[] = {
      {"hello", NULL, Hello, NULL, NULL, NULL, napi_enumerable, NULL},
      {"add", NULL, Add, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  CHECK(napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties));
  return exports;
}
