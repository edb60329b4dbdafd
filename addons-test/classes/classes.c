/* Node-API conformance addon: classes (napi_define_class, napi_instanceof). */
#include "napi_test.h"

static int ctor_data = 7, method_data = 11, accessor_data = 13, static_data = 17;
static int64_t constructed = 0;

/* {ok: true, value} on success, {status[, exception]} on failure. */

static int data_of(void* data) { return data ? *(int*)data : -1; }

/* The constructor. With `new`: sets x, y, argc, data and newTarget on this.
   Without: returns those facts (plus thisArg) in a fresh object. */
static napi_value Point(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self, nt, facts, undef;
  void* data = NULL;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  CALL(env, napi_get_new_target(env, info, &nt));
  CALL(env, napi_get_undefined(env, &undef));
  if (nt != NULL) {
    facts = self;
    constructed++;
  } else {
    CALL(env, napi_create_object(env, &facts));
    CALL(env, napi_set_named_property(env, facts, "thisArg", self));
  }
  CALL(env, napi_set_named_property(env, facts, "x", argv[0]));
  CALL(env, napi_set_named_property(env, facts, "y", argv[1]));
  CALL(env, napi_set_named_property(env, facts, "argc", mkint(env, (int64_t)argc)));
  CALL(env, napi_set_named_property(env, facts, "data", mkint(env, data_of(data))));
  CALL(env, napi_set_named_property(env, facts, "newTarget", nt ? nt : undef));
  return nt ? NULL : facts;
}

/* A method: returns {self, data, arg}. */
static napi_value method(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, self, obj;
  void* data = NULL;
  CALL(env, napi_get_cb_info(env, info, &argc, &arg, &self, &data));
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "self", self));
  CALL(env, napi_set_named_property(env, obj, "data", mkint(env, data_of(data))));
  CALL(env, napi_set_named_property(env, obj, "arg", arg));
  return obj;
}

/* Accessors backed by this._label; the getter appends the data value. */
static napi_value getLabel(napi_env env, napi_callback_info info) {
  napi_value self, label, arr;
  void* data = NULL;
  CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, &data));
  CALL(env, napi_get_named_property(env, self, "_label", &label));
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, label));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, data_of(data))));
  return arr;
}
static napi_value setLabel(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, self;
  CALL(env, napi_get_cb_info(env, info, &argc, &arg, &self, NULL));
  CALL(env, napi_set_named_property(env, self, "_label", arg));
  return NULL;
}

/* Static: `Class.create(x, y)` constructs through napi_new_instance on `this`. */
static napi_value create(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self, instance;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  CALL(env, napi_new_instance(env, self, 2, argv, &instance));
  return instance;
}
static napi_value getCount(napi_env env, napi_callback_info info) {
  void* data = NULL;
  napi_value arr;
  CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, constructed)));
  CALL(env, napi_set_element(env, arr, 1, mkint(env, data_of(data))));
  return arr;
}

/* defineClass(symbol, staticSymbol): the class "Point" with every kind of member. */
static napi_value defineClass(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value kind, version, origin, staticValue, cls;
  CALL(env, napi_create_string_utf8(env, "point", NAPI_AUTO_LENGTH, &kind));
  CALL(env, napi_create_int32(env, 2, &version));
  CALL(env, napi_create_int32(env, 0, &origin));
  CALL(env, napi_create_string_utf8(env, "static-sym", NAPI_AUTO_LENGTH, &staticValue));
  napi_property_descriptor props[] = {
      {"method", NULL, method, NULL, NULL, NULL, napi_default, &method_data},
      {"method2", NULL, method, NULL, NULL, NULL, napi_default_method, NULL},
      {"methodE", NULL, method, NULL, NULL, NULL, napi_enumerable, NULL},
      {"label", NULL, NULL, getLabel, setLabel, NULL, napi_enumerable | napi_configurable,
       &accessor_data},
      {"readonlyLabel", NULL, NULL, getLabel, NULL, NULL, napi_default, NULL},
      {"writeonlyLabel", NULL, NULL, NULL, setLabel, NULL, napi_writable, NULL},
      {"kind", NULL, NULL, NULL, NULL, kind, napi_default, NULL},
      {"version", NULL, NULL, NULL, NULL, version, napi_default_jsproperty, NULL},
      {NULL, argv[0], method, NULL, NULL, NULL, napi_default_method, &method_data},
      {"create", NULL, create, NULL, NULL, NULL, napi_static, NULL},
      {"ORIGIN", NULL, NULL, NULL, NULL, origin, napi_static | napi_enumerable, NULL},
      {"count", NULL, NULL, getCount, NULL, NULL, napi_static | napi_configurable,
       &static_data},
      {NULL, argv[1], NULL, NULL, NULL, staticValue, napi_static | napi_writable, NULL},
  };
  CALL(env, napi_define_class(env, "Point", NAPI_AUTO_LENGTH, Point, &ctor_data,
                              sizeof props / sizeof props[0], props, &cls));
  return cls;
}

/* defineNamed(name, length): length < 0 means NAPI_AUTO_LENGTH. No members. */
static napi_value defineNamed(napi_env env, napi_callback_info info) {
  ARGS(2);
  char name[64];
  int32_t len;
  napi_value cls;
  CALL(env, napi_get_value_string_utf8(env, argv[0], name, sizeof name, NULL));
  CALL(env, napi_get_value_int32(env, argv[1], &len));
  napi_status s = napi_define_class(env, name, len < 0 ? NAPI_AUTO_LENGTH : (size_t)len,
                                    Point, NULL, 0, NULL, &cls);
  return RESULT(s, cls);
}

/* defineWithMember(key, static): one value member keyed by `key` (any value). */
static napi_value defineWithMember(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool isStatic;
  napi_value cls;
  CALL(env, napi_get_value_bool(env, argv[1], &isStatic));
  napi_property_descriptor p = {NULL, argv[0], NULL, NULL, NULL, argv[1],
                                isStatic ? napi_static : napi_default, NULL};
  napi_status s = napi_define_class(env, "K", NAPI_AUTO_LENGTH, Point, NULL, 1, &p, &cls);
  return RESULT(s, cls);
}

/* defineWithValue(value): a prototype value member "value" (writable, enumerable). */
static napi_value defineWithValue(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value cls;
  napi_property_descriptor p = {"value", NULL, NULL, NULL, NULL, argv[0],
                                napi_writable | napi_enumerable, NULL};
  napi_status s = napi_define_class(env, "V", NAPI_AUTO_LENGTH, Point, NULL, 1, &p, &cls);
  return RESULT(s, cls);
}

/* Members Node.js crashes on (nari: a NULL key is napi_name_expected, a NULL
   value is undefined). */
static napi_value crashesNode(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value cls, arr;
  napi_property_descriptor noKey = {NULL, NULL, method, NULL, NULL, NULL, napi_default, NULL};
  napi_property_descriptor noValue = {"v", NULL, NULL, NULL, NULL, NULL, napi_writable, NULL};
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, report(env, napi_define_class(
      env, "A", NAPI_AUTO_LENGTH, Point, NULL, 1, &noKey, &cls))));
  CALL(env, napi_define_class(env, "B", NAPI_AUTO_LENGTH, Point, NULL, 1, &noValue, &cls));
  CALL(env, napi_set_element(env, arr, 1, cls));
  return arr;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value cls;
  napi_property_descriptor p = {"m", NULL, method, NULL, NULL, NULL, napi_default, NULL};
  STATUSES(s);
  PUSH(s, napi_define_class(env, "A", NAPI_AUTO_LENGTH, Point, NULL, 0, NULL, NULL));
  PUSH(s, napi_define_class(env, "A", NAPI_AUTO_LENGTH, NULL, NULL, 0, NULL, &cls));
  PUSH(s, napi_define_class(env, "A", NAPI_AUTO_LENGTH, Point, NULL, 1, NULL, &cls));
  PUSH(s, napi_define_class(env, NULL, NAPI_AUTO_LENGTH, Point, NULL, 0, NULL, &cls));
  PUSH(s, napi_define_class(env, NULL, 0, Point, NULL, 0, NULL, &cls));
  PUSH(s, napi_define_class(env, "A", (size_t)INT_MAX + 1, Point, NULL, 0, NULL, &cls));
  PUSH(s, napi_define_class(env, "A", NAPI_AUTO_LENGTH, Point, NULL, 1, &p, &cls)); /* ok */
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_define_class(
      NULL, "A", NAPI_AUTO_LENGTH, Point, NULL, 0, NULL, &cls))));
  return s.arr;
}

/* Status of napi_define_class while an exception is pending (then cleared). */
static napi_value definePending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value cls;
  napi_throw_error(env, NULL, "already pending");
  return report(env, napi_define_class(env, "A", NAPI_AUTO_LENGTH, Point, NULL, 0, NULL, &cls));
}

/* instanceOf(object, constructor) */
static napi_value instanceOf(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool r = false;
  napi_status s = napi_instanceof(env, argv[0], argv[1], &r);
  if (s != napi_ok) return failv(env, s);
  napi_value b;
  CALL(env, napi_get_boolean(env, r, &b));
  return okv(env, b);
}

static napi_value instanceofNulls(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool r;
  STATUSES(s);
  PUSH(s, napi_instanceof(env, NULL, argv[1], &r));
  PUSH(s, napi_instanceof(env, argv[0], NULL, &r));
  PUSH(s, napi_instanceof(env, argv[0], argv[1], NULL));
  CALL(env, napi_set_element(env, s.arr, s.n++,
                             mkint(env, napi_instanceof(NULL, argv[0], argv[1], &r))));
  return s.arr;
}

static napi_value instanceofPending(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool r;
  napi_throw_error(env, NULL, "already pending");
  return report(env, napi_instanceof(env, argv[0], argv[1], &r));
}

NAPI_MODULE_INIT() {
  napi_property_descriptor descs[] = {
      EXPORT_FN(defineClass),      EXPORT_FN(defineNamed),     EXPORT_FN(defineWithMember),
      EXPORT_FN(defineWithValue),  EXPORT_FN(nullArgs),        EXPORT_FN(definePending),
      EXPORT_FN(instanceOf),       EXPORT_FN(instanceofNulls), EXPORT_FN(instanceofPending),
      EXPORT_FN(crashesNode),
  };
  if (EXPORT_ALL(env, exports, descs) != napi_ok) return NULL;
  return exports;
}
