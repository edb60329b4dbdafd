/* node_api_create_syntax_error / node_api_throw_syntax_error (Node-API 9). */
#define NAPI_VERSION 9
#include "napi_test.h"

/* createSyntaxError(code, msg): code/msg passed through as napi_values. */
static napi_value createSyntaxError(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_valuetype code_type;
  CALL(env, napi_typeof(env, argv[0], &code_type));
  napi_value r = NULL;
  napi_status s = node_api_create_syntax_error(env, code_type == napi_undefined ? NULL : argv[0], argv[1], &r);
  return s == napi_ok ? r : report(env, s);
}

/* throwSyntaxError(withCode): throws SyntaxError('bad syntax'), code 'E_SYNTAX' if asked. */
static napi_value throwSyntaxError(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool with_code = false;
  CALL(env, napi_get_value_bool(env, argv[0], &with_code));
  node_api_throw_syntax_error(env, with_code ? "E_SYNTAX" : NULL, "bad syntax");
  return NULL;
}

/* Statuses for NULL and wrong-type arguments. */
static napi_value syntaxErrorNulls(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  STATUSES(s);
  PUSH(s, node_api_create_syntax_error(env, NULL, NULL, &r));
  PUSH(s, node_api_create_syntax_error(env, NULL, mkstr(env, "m"), NULL));
  PUSH(s, node_api_create_syntax_error(env, NULL, mkint(env, 1), &r));
  PUSH(s, node_api_create_syntax_error(env, mkint(env, 1), mkstr(env, "m"), &r));
  PUSH(s, node_api_throw_syntax_error(env, NULL, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createSyntaxError), EXPORT_FN(throwSyntaxError), EXPORT_FN(syntaxErrorNulls),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
