/* Teardown: finalizers of values still alive at the end of the process, and
   the instance-data finalizer, each print one line when they run, saying
   whether a JS-running call (napi_get_named_property) and a call that runs
   no JS (napi_create_object) still work there. Driven by test_teardown.js;
   the order and statuses are checked on the process's output. */
#include "napi_test.h"
#include <stdlib.h>

typedef struct {
  char label[64];
  napi_ref ref; /* the result reference to delete, if any */
} record;

static record* new_record(napi_env env, napi_value label) {
  record* r = calloc(1, sizeof *r);
  size_t len = 0;
  napi_get_value_string_utf8(env, label, r->label, sizeof r->label, &len);
  return r;
}

static void print_finalize(napi_env env, void* data, void* hint) {
  (void)hint;
  record* r = data;
  napi_value global = NULL, value = NULL, obj = NULL;
  int js = -1;
  if (napi_get_global(env, &global) == napi_ok) {
    js = napi_get_named_property(env, global, "Object", &value);
  }
  int plain = napi_create_object(env, &obj);
  if (r->ref != NULL) napi_delete_reference(env, r->ref);
  printf("finalizer: %s (js: %d, object: %d)\n", r->label, js, plain);
  fflush(stdout);
  free(r);
}

/* instanceData(label) */
static napi_value instanceData(napi_env env, napi_callback_info info) {
  ARGS(1);
  CALL(env, napi_set_instance_data(env, new_record(env, argv[0]), print_finalize, NULL));
  return NULL;
}

/* wrap(obj, label, withReference) */
static napi_value wrap(napi_env env, napi_callback_info info) {
  ARGS(3);
  bool with_ref = false;
  CALL(env, napi_get_value_bool(env, argv[2], &with_ref));
  record* r = new_record(env, argv[1]);
  CALL(env, napi_wrap(env, argv[0], r, print_finalize, NULL, with_ref ? &r->ref : NULL));
  return NULL;
}

/* addFinalizer(obj, label) */
static napi_value addFinalizer(napi_env env, napi_callback_info info) {
  ARGS(2);
  CALL(env, napi_add_finalizer(env, argv[0], new_record(env, argv[1]), print_finalize, NULL, NULL));
  return NULL;
}

/* external(label): an external whose finalizer prints. */
static napi_value external(napi_env env, napi_callback_info info) {
  ARGS(1);
  record* r = new_record(env, argv[0]);
  napi_value result;
  CALL(env, napi_create_external(env, r, print_finalize, NULL, &result));
  return result;
}

/* reference(obj): a plain strong reference, never deleted (no output; it
   must not trip teardown up). */
static napi_value reference(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_ref ref;
  CALL(env, napi_create_reference(env, argv[0], 1, &ref));
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(instanceData), EXPORT_FN(wrap), EXPORT_FN(addFinalizer),
      EXPORT_FN(external), EXPORT_FN(reference),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
