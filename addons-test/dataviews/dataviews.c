/* DataViews: napi_create_dataview, napi_is_dataview, napi_get_dataview_info. */
#include "napi_test.h"

static napi_value boolean(napi_env env, bool b) {
  napi_value v = NULL;
  napi_get_boolean(env, b, &v);
  return v;
}

/* A size_t from a JS number (integers up to 2^53 are exact). */
static size_t size_arg(napi_env env, napi_value v) {
  double d = 0;
  napi_get_value_double(env, v, &d);
  return d >= 18446744073709551615.0 ? SIZE_MAX : (size_t)d;
}

/* create(arraybuffer, byteOffset, byteLength): the new DataView, or
   {status[, exception]}. */
static napi_value create(napi_env env, napi_callback_info info) {
  ARGS(3);
  size_t offset = size_arg(env, argv[1]), length = size_arg(env, argv[2]);
  napi_value r = NULL;
  napi_status s = napi_create_dataview(env, length, argv[0], offset, &r);
  if (s != napi_ok) {
    napi_value status = report(env, s), obj;
    CALL(env, napi_create_object(env, &obj));
    CALL(env, napi_set_named_property(env, obj, "status", status));
    return obj;
  }
  return r;
}

static napi_value isDataView(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  CALL(env, napi_is_dataview(env, argv[0], &r));
  return boolean(env, r);
}

/* info(dv): {byteLength, byteOffset, buffer, dataOffset} (dataOffset: data
   minus the buffer's data), or {status}. */
static napi_value info(napi_env env, napi_callback_info cbinfo) {
  napi_callback_info info = cbinfo;
  ARGS(1);
  size_t length, offset;
  void* data;
  napi_value buffer, obj;
  napi_status s = napi_get_dataview_info(env, argv[0], &length, &data, &buffer, &offset);
  if (s != napi_ok) {
    napi_value status = report(env, s);
    CALL(env, napi_create_object(env, &obj));
    CALL(env, napi_set_named_property(env, obj, "status", status));
    return obj;
  }
  void* base = NULL;
  CALL(env, napi_get_arraybuffer_info(env, buffer, &base, NULL));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "byteLength", mkint(env, (int64_t)length)));
  CALL(env, napi_set_named_property(env, obj, "byteOffset", mkint(env, (int64_t)offset)));
  CALL(env, napi_set_named_property(env, obj, "buffer", buffer));
  CALL(env, napi_set_named_property(env, obj, "dataOffset",
                                    mkint(env, (int64_t)((char*)data - (char*)base))));
  return obj;
}

/* infoOneAtATime(dv): all out-pointers NULL, then one at a time; each entry
   is the status, or -1 when the value differs from the full call's. */
static napi_value infoOneAtATime(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value dv = argv[0];
  size_t length, offset, n;
  void *data, *d;
  napi_value buffer, b;
  bool same = false;
  CALL(env, napi_get_dataview_info(env, dv, &length, &data, &buffer, &offset));
  STATUSES(s);
  PUSH(s, napi_get_dataview_info(env, dv, NULL, NULL, NULL, NULL));
  napi_status r = napi_get_dataview_info(env, dv, &n, NULL, NULL, NULL);
  PUSH(s, n == length ? r : (napi_status)-1);
  r = napi_get_dataview_info(env, dv, NULL, &d, NULL, NULL);
  PUSH(s, d == data ? r : (napi_status)-1);
  r = napi_get_dataview_info(env, dv, NULL, NULL, &b, NULL);
  napi_strict_equals(env, b, buffer, &same);
  PUSH(s, same ? r : (napi_status)-1);
  r = napi_get_dataview_info(env, dv, NULL, NULL, NULL, &n);
  PUSH(s, n == offset ? r : (napi_status)-1);
  return s.arr;
}

/* nulls(dv, ab, notDv): statuses of NULL and wrong-type arguments. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  ARGS(3);
  napi_value dv = argv[0], ab = argv[1], other = argv[2], r;
  bool b;
  STATUSES(s);
  PUSH(s, napi_create_dataview(env, 1, NULL, 0, &r)); /* 0 */
  PUSH(s, napi_create_dataview(env, 1, ab, 0, NULL));
  PUSH(s, napi_create_dataview(env, 1, other, 0, &r));
  PUSH(s, napi_create_dataview(env, 1, dv, 0, &r));
  PUSH(s, napi_is_dataview(env, NULL, &b));
  PUSH(s, napi_is_dataview(env, dv, NULL)); /* 5 */
  PUSH(s, napi_get_dataview_info(env, NULL, NULL, NULL, NULL, NULL));
  PUSH(s, napi_get_dataview_info(env, other, NULL, NULL, NULL, NULL));
  PUSH(s, napi_get_dataview_info(env, ab, NULL, NULL, NULL, NULL));
  return s.arr;
}

/* nullEnv(dv, ab): every function with a NULL env (raw statuses). */
static napi_value nullEnv(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value r, arr;
  bool b;
  size_t n;
  napi_status got[] = {
      napi_create_dataview(NULL, 1, argv[1], 0, &r),
      napi_is_dataview(NULL, argv[0], &b),
      napi_get_dataview_info(NULL, argv[0], &n, NULL, NULL, NULL),
  };
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < sizeof got / sizeof got[0]; i++)
    CALL(env, napi_set_element(env, arr, i, mkint(env, got[i])));
  return arr;
}

/* withPending(dv, ab): statuses while an exception is pending. */
static napi_value withPending(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value r, err, exc, arr;
  bool b;
  size_t n;
  CALL(env, napi_create_error(env, NULL, mkstr(env, "pending"), &err));
  CALL(env, napi_throw(env, err));
  int got[3];
  got[0] = st(env, napi_create_dataview(env, 1, argv[1], 0, &r));
  got[1] = st(env, napi_is_dataview(env, argv[0], &b));
  got[2] = st(env, napi_get_dataview_info(env, argv[0], &n, NULL, NULL, NULL));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 3; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, got[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(create), EXPORT_FN(isDataView), EXPORT_FN(info),       EXPORT_FN(infoOneAtATime),
      EXPORT_FN(nulls),  EXPORT_FN(nullEnv),    EXPORT_FN(withPending),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
