/* node_api_create_buffer_from_arraybuffer (Node-API 10). */
#define NAPI_VERSION 10
#include "napi_test.h"

/* fromArrayBuffer(ab, offset, length) -> Buffer, or the status; a pending
   exception propagates to JS. */
static napi_value fromArrayBuffer(napi_env env, napi_callback_info info) {
  ARGS(3);
  uint32_t offset = 0, length = 0;
  CALL(env, napi_get_value_uint32(env, argv[1], &offset));
  CALL(env, napi_get_value_uint32(env, argv[2], &length));
  napi_value r = NULL;
  napi_status s = node_api_create_buffer_from_arraybuffer(env, argv[0], offset, length, &r);
  if (s == napi_ok) return r;
  /* The raw status: Node 26 returns it without recording it as the last error. */
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  return pending ? NULL : mkint(env, s);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  ARGS(1); /* an ArrayBuffer */
  napi_value r;
  STATUSES(s);
  PUSH(s, node_api_create_buffer_from_arraybuffer(env, NULL, 0, 0, &r));
  PUSH(s, node_api_create_buffer_from_arraybuffer(env, argv[0], 0, 0, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {EXPORT_FN(fromArrayBuffer), EXPORT_FN(nullArgs)};
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
