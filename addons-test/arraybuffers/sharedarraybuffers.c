/* SharedArrayBuffers (experimental): node_api_create_sharedarraybuffer,
   node_api_is_sharedarraybuffer, and napi_get_arraybuffer_info on them.
   Against headers without them (Node < 22.21) only supported() is built. */
#define _GNU_SOURCE /* RTLD_DEFAULT */
#define NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_NO_WARNING
#include <dlfcn.h>

#include "napi_test.h"

static napi_value boolean(napi_env env, bool b) {
  napi_value v = NULL;
  napi_get_boolean(env, b, &v);
  return v;
}

/* supported(): whether the runtime exports both functions (Node added them
   in 22.21 / 24.9; the addon loads lazily-bound, so older ones load it too). */
static napi_value supported(napi_env env, napi_callback_info info) {
  (void)info;
  return boolean(env, dlsym(RTLD_DEFAULT, "node_api_create_sharedarraybuffer") != NULL &&
                          dlsym(RTLD_DEFAULT, "node_api_is_sharedarraybuffer") != NULL);
}

#ifdef NODE_API_EXPERIMENTAL_HAS_SHAREDARRAYBUFFER

/* create(length): a new SharedArrayBuffer whose bytes are written through
   the data pointer (byte i = 255 - i). */
static napi_value create(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t length = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &length));
  void* data = (void*)1; /* must be overwritten */
  napi_value r;
  CALL(env, node_api_create_sharedarraybuffer(env, length, &data, &r));
  if (length > 0 && data == NULL) {
    napi_throw_error(env, NULL, "no data pointer");
    return NULL;
  }
  for (uint32_t i = 0; i < length; i++) ((uint8_t*)data)[i] = (uint8_t)(255 - i);
  return r;
}

/* createNoData(length): with a NULL data out-pointer. */
static napi_value createNoData(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t length = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &length));
  napi_value r;
  CALL(env, node_api_create_sharedarraybuffer(env, length, NULL, &r));
  return r;
}

static napi_value isShared(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  CALL(env, node_api_is_sharedarraybuffer(env, argv[0], &r));
  return boolean(env, r);
}

/* info(sab, i): [byte_length, byte i read through the data pointer]. */
static napi_value info(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t i = 0;
  void* data = NULL;
  size_t length = 0;
  napi_value arr;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  CALL(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, (int64_t)length)));
  if (i < length) CALL(env, napi_set_element(env, arr, 1, mkint(env, ((uint8_t*)data)[i])));
  return arr;
}

/* nulls(sab): statuses of NULL arguments, and of SharedArrayBuffers given
   to the ArrayBuffer-only functions. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r;
  void* data;
  bool b = true;
  STATUSES(s);
  PUSH(s, node_api_create_sharedarraybuffer(env, 4, &data, NULL));
  PUSH(s, node_api_is_sharedarraybuffer(env, NULL, &b));
  PUSH(s, node_api_is_sharedarraybuffer(env, argv[0], NULL));
  PUSH(s, napi_detach_arraybuffer(env, argv[0]));
  PUSH(s, node_api_create_sharedarraybuffer(env, 0, NULL, &r));
  PUSH(s, napi_is_arraybuffer(env, argv[0], &b));
  PUSH(s, b ? napi_generic_failure : napi_ok); /* not an ArrayBuffer */
  PUSH(s, napi_is_detached_arraybuffer(env, argv[0], &b));
  PUSH(s, b ? napi_generic_failure : napi_ok); /* not detached */
  return s.arr;
}

/* nullEnvAndPending(sab): raw statuses with a NULL env, then checked
   statuses while an exception is pending. */
static napi_value nullEnvAndPending(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r, err, exc, arr;
  void* data;
  bool b;
  int got[4];
  got[0] = node_api_create_sharedarraybuffer(NULL, 4, &data, &r);
  got[1] = node_api_is_sharedarraybuffer(NULL, argv[0], &b);
  CALL(env, napi_create_error(env, NULL, mkstr(env, "pending"), &err));
  CALL(env, napi_throw(env, err));
  got[2] = st(env, node_api_create_sharedarraybuffer(env, 4, &data, &r));
  got[3] = st(env, node_api_is_sharedarraybuffer(env, argv[0], &b));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, got[i])));
  return arr;
}

#define SHARED_FNS                                                                         \
  EXPORT_FN(create), EXPORT_FN(createNoData), EXPORT_FN(isShared), EXPORT_FN(info),            \
      EXPORT_FN(nulls), EXPORT_FN(nullEnvAndPending),
#else
#define SHARED_FNS
#endif /* NODE_API_EXPERIMENTAL_HAS_SHAREDARRAYBUFFER */

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {EXPORT_FN(supported), SHARED_FNS};
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
