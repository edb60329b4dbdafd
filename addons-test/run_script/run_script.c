/* Node-API conformance addon: napi_run_script. */
#include "napi_test.h"

/* run(script): {ok: true, value} or {status[, exception]}. */
static napi_value run(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r = NULL, obj, t;
  napi_status s = napi_run_script(env, argv[0], &r);
  if (s != napi_ok) return report(env, s);
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_get_boolean(env, true, &t));
  CALL(env, napi_set_named_property(env, obj, "ok", t));
  CALL(env, napi_set_named_property(env, obj, "value", r));
  return obj;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r, src = mkstr(env, "1");
  STATUSES(s);
  PUSH(s, napi_run_script(env, NULL, &r));
  PUSH(s, napi_run_script(env, src, NULL));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_run_script(NULL, src, &r))));
  return s.arr;
}

static napi_value pending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  napi_throw_error(env, NULL, "already pending");
  return report(env, napi_run_script(env, mkstr(env, "globalThis.ranWhilePending = true"), &r));
}

NAPI_MODULE_INIT() {
  napi_property_descriptor descs[] = {EXPORT_FN(run), EXPORT_FN(nullArgs), EXPORT_FN(pending)};
  if (EXPORT_ALL(env, exports, descs) != napi_ok) return NULL;
  return exports;
}
