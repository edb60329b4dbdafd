/* Node-API conformance addon: symbols (napi_create_symbol, node_api_symbol_for). */
#define NAPI_VERSION 9
#include "napi_test.h"

/* createSymbol() passes a NULL description; createSymbol(x) passes x. */
static napi_value createSymbol(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r = NULL;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  napi_status s = napi_create_symbol(env, argc == 0 ? NULL : argv[0], &r);
  if (s != napi_ok) return report(env, s);
  return r;
}

/* symbolFor(string): the UTF-8 bytes of a JS string, with an explicit length. */
static napi_value symbolFor(napi_env env, napi_callback_info info) {
  ARGS(1);
  char buf[256];
  size_t len;
  napi_value r = NULL;
  CALL(env, napi_get_value_string_utf8(env, argv[0], buf, sizeof buf, &len));
  napi_status s = node_api_symbol_for(env, buf, len, &r);
  if (s != napi_ok) return report(env, s);
  return r;
}

/* Fixed C descriptions: NAPI_AUTO_LENGTH, explicit lengths, embedded NUL,
   NULL with length 0, UTF-8. */
static napi_value symbolForCases(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr, v;
  uint32_t i = 0;
  CALL(env, napi_create_array(env, &arr));
#define PUT(call) CALL(env, call); CALL(env, napi_set_element(env, arr, i++, v))
  PUT(node_api_symbol_for(env, "nari.key", NAPI_AUTO_LENGTH, &v));
  PUT(node_api_symbol_for(env, "nari.key", 4, &v));
  PUT(node_api_symbol_for(env, "a\0b", 3, &v));
  PUT(node_api_symbol_for(env, "a\0b", NAPI_AUTO_LENGTH, &v));
  PUT(node_api_symbol_for(env, NULL, 0, &v));
  PUT(node_api_symbol_for(env, "", NAPI_AUTO_LENGTH, &v));
  PUT(node_api_symbol_for(env, "caf\xC3\xA9", NAPI_AUTO_LENGTH, &v));
#undef PUT
  return arr;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value str, num, v;
  CALL(env, napi_create_string_utf8(env, "d", NAPI_AUTO_LENGTH, &str));
  CALL(env, napi_create_int32(env, 1, &num));
  STATUSES(s);
  PUSH(s, napi_create_symbol(env, NULL, NULL));                          /* 0 */
  PUSH(s, napi_create_symbol(env, str, NULL));
  PUSH(s, napi_create_symbol(env, num, NULL));     /* NULL result checked first */
  PUSH(s, napi_create_symbol(env, num, &v));
  PUSH(s, node_api_symbol_for(env, "x", NAPI_AUTO_LENGTH, NULL));
  PUSH(s, node_api_symbol_for(env, NULL, NAPI_AUTO_LENGTH, &v));         /* 5 */
  PUSH(s, node_api_symbol_for(env, NULL, 3, &v));
  PUSH(s, node_api_symbol_for(env, "x", (size_t)INT_MAX + 1, &v));
  PUSH(s, napi_create_symbol(env, NULL, &v));
  PUSH(s, node_api_symbol_for(env, NULL, 0, &v));
  return s.arr;
}

static napi_value nullEnv(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v, arr;
  napi_status all[] = {
      napi_create_symbol(NULL, NULL, &v),
      node_api_symbol_for(NULL, "x", NAPI_AUTO_LENGTH, &v),
  };
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 2; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  return arr;
}

/* Neither function runs JS: both work while an exception is pending. */
static napi_value whilePending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v, exc, arr;
  int codes[2];
  CALL(env, napi_throw_error(env, NULL, "pending"));
  codes[0] = st(env, napi_create_symbol(env, NULL, &v));
  codes[1] = st(env, node_api_symbol_for(env, "x", 1, &v));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 2; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, codes[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createSymbol), EXPORT_FN(symbolFor), EXPORT_FN(symbolForCases),
      EXPORT_FN(nullArgs),     EXPORT_FN(nullEnv),   EXPORT_FN(whilePending),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
