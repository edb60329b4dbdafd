/* Env cleanup hooks (plain and async), run at teardown in reverse order of
   registration, and node_api_get_module_file_name. */
#define NAPI_VERSION 9
#include "napi_test.h"

static void Hook(void* arg) {
  printf("cleanup %d\n", (int)(intptr_t)arg);
  fflush(stdout);
}

static void AsyncHook(napi_async_cleanup_hook_handle handle, void* arg) {
  printf("async cleanup %d\n", (int)(intptr_t)arg);
  fflush(stdout);
  napi_remove_async_cleanup_hook(handle);
}

/* addHook(n) -> status */
static napi_value addHook(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t n = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &n));
  return mkint(env, st(env, napi_add_env_cleanup_hook(env, Hook, (void*)(intptr_t)n)));
}

/* removeHook(n) -> status */
static napi_value removeHook(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t n = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &n));
  return mkint(env, st(env, napi_remove_env_cleanup_hook(env, Hook, (void*)(intptr_t)n)));
}

/* addAsyncHook(n, removeNow) -> status; removeNow: removed before teardown */
static napi_value addAsyncHook(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t n = 0;
  bool remove_now = false;
  CALL(env, napi_get_value_int32(env, argv[0], &n));
  CALL(env, napi_get_value_bool(env, argv[1], &remove_now));
  napi_async_cleanup_hook_handle handle = NULL;
  napi_status s = napi_add_async_cleanup_hook(env, AsyncHook, (void*)(intptr_t)n, &handle);
  if (s == napi_ok && remove_now) s = napi_remove_async_cleanup_hook(handle);
  return mkint(env, s);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  STATUSES(s);
  PUSH(s, napi_add_env_cleanup_hook(env, NULL, NULL));
  PUSH(s, napi_add_async_cleanup_hook(env, NULL, NULL, NULL));
  napi_value r = s.arr;
  napi_set_element(env, r, 2, mkint(env, napi_remove_async_cleanup_hook(NULL)));
  return r;
}

/* moduleFileName() -> string */
static napi_value moduleFileName(napi_env env, napi_callback_info info) {
  (void)info;
  const char* name = NULL;
  CALL(env, node_api_get_module_file_name(env, &name));
  return mkstr(env, name);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(addHook), EXPORT_FN(removeHook), EXPORT_FN(addAsyncHook), EXPORT_FN(nullArgs),
      EXPORT_FN(moduleFileName),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
