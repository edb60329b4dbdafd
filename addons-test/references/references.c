/* References: napi_create_reference, napi_delete_reference,
   napi_reference_ref / _unref, napi_get_reference_value.
   References are kept in a slot table; JS sees slot numbers. */
#include "napi_test.h"

#define SLOTS 64
static napi_ref slots[SLOTS];

static napi_ref slot_arg(napi_env env, napi_value v) {
  int32_t i = -1;
  napi_get_value_int32(env, v, &i);
  return (i >= 0 && i < SLOTS) ? slots[i] : NULL;
}

/* create(value, count): a new reference in a free slot; returns the slot. */
static napi_value create(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t count = 0;
  CALL(env, napi_get_value_uint32(env, argv[1], &count));
  for (int i = 0; i < SLOTS; i++) {
    if (slots[i] == NULL) {
      CALL(env, napi_create_reference(env, argv[0], count, &slots[i]));
      return mkint(env, i);
    }
  }
  napi_throw_error(env, NULL, "no free slot");
  return NULL;
}

/* createStatus(value, count): the status of napi_create_reference (the
   reference, if any, is deleted right away). */
static napi_value createStatus(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t count = 0;
  CALL(env, napi_get_value_uint32(env, argv[1], &count));
  napi_ref ref = NULL;
  napi_status s = napi_create_reference(env, argv[0], count, &ref);
  napi_value r = report(env, s);
  if (s == napi_ok) napi_delete_reference(env, ref);
  return r;
}

/* get(slot): {value} with the referenced value, or null when it is gone. */
static napi_value get(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value value = NULL, r;
  CALL(env, napi_get_reference_value(env, slot_arg(env, argv[0]), &value));
  if (value == NULL) {
    CALL(env, napi_get_null(env, &r));
    return r;
  }
  CALL(env, napi_create_object(env, &r));
  CALL(env, napi_set_named_property(env, r, "value", value));
  return r;
}

/* ref(slot) / unref(slot): [status, count] (count -1 when not written). */
static napi_value pair(napi_env env, napi_status s, uint32_t count, bool written) {
  int checked = st(env, s);
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  CALL(env, napi_set_element(env, r, 0, mkint(env, checked)));
  CALL(env, napi_set_element(env, r, 1, mkint(env, written ? (int64_t)count : -1)));
  return r;
}

static napi_value ref(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t count = 12345;
  napi_status s = napi_reference_ref(env, slot_arg(env, argv[0]), &count);
  return pair(env, s, count, count != 12345);
}

static napi_value unref(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t count = 12345;
  napi_status s = napi_reference_unref(env, slot_arg(env, argv[0]), &count);
  return pair(env, s, count, count != 12345);
}

/* refNoResult(slot) / unrefNoResult(slot): status with a NULL count pointer. */
static napi_value refNoResult(napi_env env, napi_callback_info info) {
  ARGS(1);
  return report(env, napi_reference_ref(env, slot_arg(env, argv[0]), NULL));
}

static napi_value unrefNoResult(napi_env env, napi_callback_info info) {
  ARGS(1);
  return report(env, napi_reference_unref(env, slot_arg(env, argv[0]), NULL));
}

/* del(slot): deletes the reference and frees the slot. */
static napi_value del(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t i = -1;
  CALL(env, napi_get_value_int32(env, argv[0], &i));
  napi_status s = napi_delete_reference(env, slots[i]);
  if (s == napi_ok) slots[i] = NULL;
  return report(env, s);
}

/* nulls(obj): statuses of NULL-argument calls. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_ref r = NULL;
  napi_value v;
  uint32_t count;
  STATUSES(s);
  PUSH(s, napi_create_reference(env, NULL, 1, &r));
  PUSH(s, napi_create_reference(env, argv[0], 1, NULL));
  PUSH(s, napi_delete_reference(env, NULL));
  PUSH(s, napi_reference_ref(env, NULL, &count));
  PUSH(s, napi_reference_unref(env, NULL, &count));
  PUSH(s, napi_get_reference_value(env, NULL, &v));
  CALL(env, napi_create_reference(env, argv[0], 1, &r));
  PUSH(s, napi_get_reference_value(env, r, NULL));
  PUSH(s, napi_delete_reference(env, r));
  /* A NULL env comes first. */
  PUSH(s, napi_create_reference(NULL, argv[0], 1, &r) == napi_invalid_arg ? napi_ok : napi_generic_failure);
  PUSH(s, napi_delete_reference(NULL, r) == napi_invalid_arg ? napi_ok : napi_generic_failure);
  return s.arr;
}

/* withPendingException(obj): references work while an exception is pending
   (none of these functions run JS). Returns [create, ref, unref, get, delete]. */
static napi_value withPendingException(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_ref r = NULL;
  napi_value v = NULL, exc;
  uint32_t count;
  CALL(env, napi_throw_error(env, NULL, "pending"));
  napi_status s1 = napi_create_reference(env, argv[0], 0, &r);
  napi_status s2 = napi_reference_ref(env, r, &count);
  napi_status s3 = napi_reference_unref(env, r, &count);
  napi_status s4 = napi_get_reference_value(env, r, &v);
  napi_status s5 = napi_delete_reference(env, r);
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  napi_status all[] = {s1, s2, s3, s4, s5};
  for (uint32_t i = 0; i < 5; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(create), EXPORT_FN(createStatus), EXPORT_FN(get),
      EXPORT_FN(ref), EXPORT_FN(unref), EXPORT_FN(refNoResult),
      EXPORT_FN(unrefNoResult), EXPORT_FN(del), EXPORT_FN(nulls),
      EXPORT_FN(withPendingException),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
