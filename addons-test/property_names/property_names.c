/* Node-API conformance addon: property names (napi_get_property_names,
   napi_get_all_property_names). */
#include "napi_test.h"


/* names(object) */
static napi_value names(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r = NULL;
  napi_status s = napi_get_property_names(env, argv[0], &r);
  return RESULT(s, r);
}

/* allNames(object, mode, filter, conversion): the enums passed through as
   raw numbers, so invalid values can be tried. */
static napi_value allNames(napi_env env, napi_callback_info info) {
  ARGS(4);
  uint32_t mode, filter, conversion;
  napi_value r = NULL;
  CALL(env, napi_get_value_uint32(env, argv[1], &mode));
  CALL(env, napi_get_value_uint32(env, argv[2], &filter));
  CALL(env, napi_get_value_uint32(env, argv[3], &conversion));
  napi_status s = napi_get_all_property_names(env, argv[0], (napi_key_collection_mode)mode,
                                              (napi_key_filter)filter,
                                              (napi_key_conversion)conversion, &r);
  return RESULT(s, r);
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, r;
  CALL(env, napi_create_object(env, &obj));
  STATUSES(s);
  PUSH(s, napi_get_property_names(env, NULL, &r));
  PUSH(s, napi_get_property_names(env, obj, NULL));
  PUSH(s, napi_get_all_property_names(env, NULL, napi_key_own_only, napi_key_all_properties,
                                      napi_key_keep_numbers, &r));
  PUSH(s, napi_get_all_property_names(env, obj, napi_key_own_only, napi_key_all_properties,
                                      napi_key_keep_numbers, NULL));
  /* NULL result is checked before an invalid enum. */
  PUSH(s, napi_get_all_property_names(env, obj, (napi_key_collection_mode)7,
                                      napi_key_all_properties, napi_key_keep_numbers, NULL));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_get_property_names(NULL, obj, &r))));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_get_all_property_names(
      NULL, obj, napi_key_own_only, napi_key_all_properties, napi_key_keep_numbers, &r))));
  return s.arr;
}

/* Statuses of both functions while an exception is pending (then cleared). */
static napi_value pending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, r, e, arr;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_create_array(env, &arr));
  napi_throw_error(env, NULL, "already pending");
  int s1 = st(env, napi_get_property_names(env, obj, &r));
  int s2 = st(env, napi_get_all_property_names(env, obj, napi_key_own_only,
                                               napi_key_all_properties, napi_key_keep_numbers, &r));
  CALL(env, napi_get_and_clear_last_exception(env, &e));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, s1)));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, s2)));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor descs[] = {
      EXPORT_FN(names), EXPORT_FN(allNames), EXPORT_FN(nullArgs), EXPORT_FN(pending),
  };
  if (EXPORT_ALL(env, exports, descs) != napi_ok) return NULL;
  return exports;
}
