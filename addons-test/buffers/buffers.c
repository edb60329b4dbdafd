/* napi_create_buffer, _copy, napi_create_external_buffer,
   napi_get_buffer_info, napi_is_buffer: real Buffer instances. */
#include "napi_test.h"

#include <stdlib.h>

static int finalized = 0;
static char external_data[] = "external bytes";

static void FinalizeExternal(napi_env env, void* data, void* hint) {
  (void)env;
  if (data == external_data && hint == (void*)0x1234) finalized++;
}

/* create(n): a zero-filled Buffer of n bytes, first byte set through *data */
static napi_value create(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t n = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &n));
  void* data = NULL;
  napi_value r;
  CALL(env, napi_create_buffer(env, n, &data, &r));
  if (n > 0) ((unsigned char*)data)[0] = 0xAB;
  return r;
}

/* copy(): a Buffer copying "hello" */
static napi_value copy(napi_env env, napi_callback_info info) {
  (void)info;
  void* copied = NULL;
  napi_value r;
  CALL(env, napi_create_buffer_copy(env, 5, "hello", &copied, &r));
  if (memcmp(copied, "hello", 5) != 0) napi_throw_error(env, NULL, "result_data does not hold the copy");
  return r;
}

/* external(): a Buffer over static memory, finalized at GC or teardown */
static napi_value external(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_external_buffer(env, sizeof external_data - 1, external_data, FinalizeExternal, (void*)0x1234, &r));
  return r;
}

/* info(value) -> [length, first byte] or status */
static napi_value getInfo(napi_env env, napi_callback_info info) {
  ARGS(1);
  void* data = NULL;
  size_t length = 0;
  napi_status s = napi_get_buffer_info(env, argv[0], &data, &length);
  if (s != napi_ok) return report(env, s);
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  CALL(env, napi_set_element(env, r, 0, mkint(env, (int64_t)length)));
  CALL(env, napi_set_element(env, r, 1, mkint(env, length ? ((unsigned char*)data)[0] : -1)));
  return r;
}

static napi_value isBuffer(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool result = false;
  CALL(env, napi_is_buffer(env, argv[0], &result));
  napi_value r;
  CALL(env, napi_get_boolean(env, result, &r));
  return r;
}

static napi_value finalizedCount(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, finalized);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  void* data;
  size_t length;
  bool b;
  STATUSES(s);
  PUSH(s, napi_create_buffer(env, 4, NULL, NULL));
  PUSH(s, napi_create_buffer(env, 4, NULL, &r)); /* data is optional */
  PUSH(s, napi_create_buffer_copy(env, 4, "abcd", NULL, NULL));
  PUSH(s, napi_create_external_buffer(env, 4, external_data, NULL, NULL, NULL));
  PUSH(s, napi_get_buffer_info(env, NULL, &data, &length));
  PUSH(s, napi_get_buffer_info(env, mkint(env, 1), &data, &length));
  PUSH(s, napi_get_buffer_info(env, r, NULL, NULL)); /* outs optional */
  PUSH(s, napi_is_buffer(env, NULL, &b));
  PUSH(s, napi_is_buffer(env, r, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(create), EXPORT_FN(copy), EXPORT_FN(external), EXPORT_FN(getInfo),
      EXPORT_FN(isBuffer), EXPORT_FN(finalizedCount), EXPORT_FN(nullArgs),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
