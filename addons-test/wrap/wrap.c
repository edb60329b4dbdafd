/* napi_wrap, napi_unwrap, napi_remove_wrap, napi_add_finalizer.
   Native objects are ints in a static table; finalizers count their calls
   per native object so JS can see which ran, and how often. */
#include "napi_test.h"

#define N 256
static int32_t natives[N];     /* the wrapped "native objects" */
static int32_t finalized[N];   /* finalizer calls per native object */
static napi_ref refs[N];       /* result references, by native object */
static int32_t next_native = 0;

static int32_t* new_native(int32_t value) {
  int32_t i = next_native++ % N;
  natives[i] = value;
  finalized[i] = 0;
  refs[i] = NULL;
  return &natives[i];
}

static int32_t index_of(void* native) { return (int32_t)((int32_t*)native - natives); }

static void count_finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  finalized[index_of(data)]++;
}

/* Finalizer of a wrap/finalizer with a result reference: deletes it, as the
   Node-API docs ask. */
static void delete_ref_finalize(napi_env env, void* data, void* hint) {
  (void)hint;
  int32_t i = index_of(data);
  finalized[i]++;
  napi_delete_reference(env, refs[i]);
  refs[i] = NULL;
}

/* wrap(obj, value, withFinalizer): status; the native object is a new int. */
static napi_value wrap(napi_env env, napi_callback_info info) {
  ARGS(3);
  int32_t value = 0;
  bool with_finalizer = false;
  napi_get_value_int32(env, argv[1], &value);
  CALL(env, napi_get_value_bool(env, argv[2], &with_finalizer));
  int32_t* native = new_native(value);
  return report(env, napi_wrap(env, argv[0], native, with_finalizer ? count_finalize : NULL, NULL, NULL));
}

/* wrapWithRef(obj, value): [status, id]; the reference is kept in refs[id]
   and deleted by the finalizer. */
static napi_value wrapWithRef(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t value = 0;
  napi_get_value_int32(env, argv[1], &value);
  int32_t* native = new_native(value);
  int32_t id = index_of(native);
  napi_status s = napi_wrap(env, argv[0], native, delete_ref_finalize, NULL, &refs[id]);
  int checked = st(env, s);
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  CALL(env, napi_set_element(env, r, 0, mkint(env, checked)));
  CALL(env, napi_set_element(env, r, 1, mkint(env, id)));
  return r;
}

/* refValue(id): the value of refs[id] (null when gone), with its count check. */
static napi_value refValue(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t id = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &id));
  napi_value value = NULL;
  CALL(env, napi_get_reference_value(env, refs[id], &value));
  if (value == NULL) CALL(env, napi_get_null(env, &value));
  return value;
}

/* refCount(id): the count of refs[id], via ref + unref. */
static napi_value refCount(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t id = 0;
  uint32_t count = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &id));
  CALL(env, napi_reference_ref(env, refs[id], &count));
  CALL(env, napi_reference_unref(env, refs[id], &count));
  return mkint(env, count);
}

/* unwrap(obj): the wrapped int, or {status} on failure. */
static napi_value unwrap(napi_env env, napi_callback_info info) {
  ARGS(1);
  void* native = NULL;
  napi_status s = napi_unwrap(env, argv[0], &native);
  if (s != napi_ok) {
    napi_value r;
    int checked = st(env, s);
    CALL(env, napi_create_object(env, &r));
    CALL(env, napi_set_named_property(env, r, "status", mkint(env, checked)));
    return r;
  }
  return mkint(env, *(int32_t*)native);
}

/* removeWrap(obj, wantResult): [status, value] (value -1 when not written). */
static napi_value removeWrap(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool want = false;
  CALL(env, napi_get_value_bool(env, argv[1], &want));
  void* native = NULL;
  napi_status s = napi_remove_wrap(env, argv[0], want ? &native : NULL);
  int checked = st(env, s);
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  CALL(env, napi_set_element(env, r, 0, mkint(env, checked)));
  CALL(env, napi_set_element(env, r, 1, mkint(env, native ? *(int32_t*)native : -1)));
  return r;
}

/* new Plain(): a class instance, wrapped by nothing until JS calls wrap(). */
static napi_value PlainNew(napi_env env, napi_callback_info info) {
  napi_value self;
  CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  return self;
}

/* plain.unwrapThis(): unwrap(this), from a method. */
static napi_value PlainUnwrapThis(napi_env env, napi_callback_info info) {
  napi_value self;
  CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  void* native = NULL;
  napi_status s = napi_unwrap(env, self, &native);
  if (s != napi_ok) return mkint(env, -st(env, s));
  return mkint(env, *(int32_t*)native);
}

/* addFinalizer(obj, withRef): [status, id]; with a reference, the finalizer deletes it. */
static napi_value addFinalizer(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool with_ref = false;
  CALL(env, napi_get_value_bool(env, argv[1], &with_ref));
  int32_t* native = new_native(0);
  int32_t id = index_of(native);
  napi_status s = with_ref
      ? napi_add_finalizer(env, argv[0], native, delete_ref_finalize, NULL, &refs[id])
      : napi_add_finalizer(env, argv[0], native, count_finalize, NULL, NULL);
  int checked = st(env, s);
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  CALL(env, napi_set_element(env, r, 0, mkint(env, checked)));
  CALL(env, napi_set_element(env, r, 1, mkint(env, id)));
  return r;
}

/* finalizeCount(id): how many times the finalizer of native object `id` ran. */
static napi_value finalizeCount(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t id = 0;
  CALL(env, napi_get_value_int32(env, argv[0], &id));
  return mkint(env, finalized[id]);
}

/* lastId(): the id of the last native object made. */
static napi_value lastId(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, (next_native - 1) % N);
}

/* nulls(obj, wrappedObj): statuses of NULL-argument and wrong-type calls. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  ARGS(2);
  void* native = NULL;
  napi_ref ref = NULL;
  napi_value number = mkint(env, 1), str = mkstr(env, "s"), undef;
  CALL(env, napi_get_undefined(env, &undef));
  STATUSES(s);
  /* napi_wrap */
  PUSH(s, napi_wrap(env, NULL, new_native(0), NULL, NULL, NULL));
  PUSH(s, napi_wrap(env, number, new_native(0), NULL, NULL, NULL));
  PUSH(s, napi_wrap(env, str, new_native(0), NULL, NULL, NULL));
  PUSH(s, napi_wrap(env, undef, new_native(0), NULL, NULL, NULL));
  PUSH(s, napi_wrap(env, argv[1], new_native(0), NULL, NULL, NULL)); /* already wrapped */
  PUSH(s, napi_wrap(env, argv[0], new_native(0), NULL, NULL, &ref)); /* result needs a finalizer */
  /* napi_unwrap */
  PUSH(s, napi_unwrap(env, NULL, &native));
  PUSH(s, napi_unwrap(env, argv[1], NULL));
  PUSH(s, napi_unwrap(env, number, &native));
  PUSH(s, napi_unwrap(env, argv[0], &native)); /* not wrapped */
  /* napi_remove_wrap */
  PUSH(s, napi_remove_wrap(env, NULL, &native));
  PUSH(s, napi_remove_wrap(env, number, &native));
  PUSH(s, napi_remove_wrap(env, argv[0], &native)); /* not wrapped */
  /* napi_add_finalizer */
  PUSH(s, napi_add_finalizer(env, NULL, NULL, count_finalize, NULL, NULL));
  PUSH(s, napi_add_finalizer(env, argv[0], NULL, NULL, NULL, NULL));
  PUSH(s, napi_add_finalizer(env, number, NULL, count_finalize, NULL, NULL));
  PUSH(s, napi_add_finalizer(env, str, NULL, count_finalize, NULL, NULL));
  return s.arr;
}

/* withPendingException(obj): [wrap, unwrap, remove_wrap, add_finalizer]
   statuses while an exception is pending. */
static napi_value withPendingException(napi_env env, napi_callback_info info) {
  ARGS(1);
  void* native = NULL;
  napi_value exc, arr;
  CALL(env, napi_throw_error(env, NULL, "pending"));
  napi_status all[4];
  all[0] = napi_wrap(env, argv[0], new_native(0), NULL, NULL, NULL);
  all[1] = napi_unwrap(env, argv[0], &native);
  all[2] = napi_remove_wrap(env, argv[0], &native);
  all[3] = napi_add_finalizer(env, argv[0], new_native(0), count_finalize, NULL, NULL);
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(wrap), EXPORT_FN(wrapWithRef), EXPORT_FN(refValue), EXPORT_FN(refCount),
      EXPORT_FN(unwrap), EXPORT_FN(removeWrap), EXPORT_FN(addFinalizer),
      EXPORT_FN(finalizeCount), EXPORT_FN(lastId), EXPORT_FN(nulls),
      EXPORT_FN(withPendingException),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  napi_property_descriptor methods[] = {
      {"unwrapThis", NULL, PlainUnwrapThis, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_value plain;
  CALL(env, napi_define_class(env, "Plain", NAPI_AUTO_LENGTH, PlainNew, NULL, 1, methods, &plain));
  CALL(env, napi_set_named_property(env, exports, "Plain", plain));
  return exports;
}
