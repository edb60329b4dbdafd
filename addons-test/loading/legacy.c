/* (b) Legacy registration: a napi_module struct handed to
   napi_module_register() from a load-time constructor, the way the old
   NAPI_MODULE macro worked. This file deliberately does NOT export
   napi_register_module_v1. */
#include <node_api.h>
#include <stddef.h>

static napi_value legacy_init(napi_env env, napi_value exports) {
  napi_value v;
  if (napi_create_string_utf8(env, "legacy", NAPI_AUTO_LENGTH, &v) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "registeredBy", v) != napi_ok) return NULL;
  return exports;
}

static napi_module legacy_module = {
    1,              /* nm_version */
    0,              /* nm_flags */
    __FILE__,       /* nm_filename */
    legacy_init,    /* nm_register_func */
    "legacy",       /* nm_modname */
    NULL,           /* nm_priv */
    {NULL, NULL, NULL, NULL},
};

__attribute__((constructor)) static void register_legacy(void) {
  napi_module_register(&legacy_module);
}
