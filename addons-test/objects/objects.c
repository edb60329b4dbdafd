/* Node-API conformance addon: objects (objects). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

static napi_value createObject(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_object(env, &r));
  return r;
}

/* Thin wrappers around each API: the JS side gets {ok: true[, value]} on
   success, or {status[, exception]} on failure (a pending exception is
   cleared and handed back). */
static napi_value boolv(napi_env env, bool b) {
  napi_value v;
  CALL(env, napi_get_boolean(env, b, &v));
  return okv(env, v);
}
#define BRESULT(s, b) ((s) == napi_ok ? boolv(env, (b)) : failv(env, (s)))

static napi_value setProperty(napi_env env, napi_callback_info info) {
  ARGS(3);
  napi_status s = napi_set_property(env, argv[0], argv[1], argv[2]);
  return RESULT(s, NULL);
}
static napi_value getProperty(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value r = NULL;
  napi_status s = napi_get_property(env, argv[0], argv[1], &r);
  return RESULT(s, r);
}
static napi_value hasProperty(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool r = false;
  napi_status s = napi_has_property(env, argv[0], argv[1], &r);
  return BRESULT(s, r);
}
static napi_value hasOwnProperty(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool r = false;
  napi_status s = napi_has_own_property(env, argv[0], argv[1], &r);
  return BRESULT(s, r);
}
static napi_value deleteProperty(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool r = false;
  napi_status s = napi_delete_property(env, argv[0], argv[1], &r);
  return BRESULT(s, r);
}
/* NULL result pointer is allowed for delete. */
static napi_value deletePropertyNoResult(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_status s = napi_delete_property(env, argv[0], argv[1], NULL);
  return RESULT(s, NULL);
}

/* Named variants: name given as a JS string, converted to C here. */
static bool cname(napi_env env, napi_value v, char* buf, size_t n) {
  return napi_get_value_string_utf8(env, v, buf, n, NULL) == napi_ok;
}
static napi_value setNamed(napi_env env, napi_callback_info info) {
  ARGS(3);
  char name[128];
  if (!cname(env, argv[1], name, sizeof name)) return NULL;
  napi_status s = napi_set_named_property(env, argv[0], name, argv[2]);
  return RESULT(s, NULL);
}
static napi_value getNamed(napi_env env, napi_callback_info info) {
  ARGS(2);
  char name[128];
  napi_value r = NULL;
  if (!cname(env, argv[1], name, sizeof name)) return NULL;
  napi_status s = napi_get_named_property(env, argv[0], name, &r);
  return RESULT(s, r);
}
static napi_value hasNamed(napi_env env, napi_callback_info info) {
  ARGS(2);
  char name[128];
  bool r = false;
  if (!cname(env, argv[1], name, sizeof name)) return NULL;
  napi_status s = napi_has_named_property(env, argv[0], name, &r);
  return BRESULT(s, r);
}

static napi_value setElement(napi_env env, napi_callback_info info) {
  ARGS(3);
  uint32_t i;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  napi_status s = napi_set_element(env, argv[0], i, argv[2]);
  return RESULT(s, NULL);
}
static napi_value getElement(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t i;
  napi_value r = NULL;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  napi_status s = napi_get_element(env, argv[0], i, &r);
  return RESULT(s, r);
}
static napi_value hasElement(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t i;
  bool r = false;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  napi_status s = napi_has_element(env, argv[0], i, &r);
  return BRESULT(s, r);
}
static napi_value deleteElement(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t i;
  bool r = false;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  napi_status s = napi_delete_element(env, argv[0], i, &r);
  return BRESULT(s, r);
}

static napi_value createArray(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CALL(env, napi_create_array(env, &r));
  return r;
}
static napi_value createArrayWithLength(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t n;
  napi_value r;
  CALL(env, napi_get_value_uint32(env, argv[0], &n));
  CALL(env, napi_create_array_with_length(env, n, &r));
  return r;
}
static napi_value getArrayLength(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t n = 0;
  napi_status s = napi_get_array_length(env, argv[0], &n);
  return RESULT(s, mkint(env, n));
}
static napi_value isArray(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  napi_status s = napi_is_array(env, argv[0], &r);
  return BRESULT(s, r);
}

/* ---- napi_define_properties ---- */
static napi_value methodCb(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  void* data;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  napi_value obj;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "self", self));
  CALL(env, napi_set_named_property(env, obj, "arg", argv[0]));
  CALL(env, napi_set_named_property(env, obj, "data",
                                    mkint(env, data ? *(int*)data : -1)));
  return obj;
}
static int value_store_data = 42;
static napi_value getterCb(napi_env env, napi_callback_info info) {
  napi_value self, v;
  CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  CALL(env, napi_get_named_property(env, self, "_backing", &v));
  return v;
}
static napi_value setterCb(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  CALL(env, napi_set_named_property(env, self, "_backing", argv[0]));
  return NULL;
}

static napi_value defineOn(napi_env env, napi_callback_info info) {
  ARGS(3); /* target, symbol to use as a key, string to use as a key */
  napi_value target = argv[0];
  napi_value v1 = mkint(env, 1), v2 = mkint(env, 2), v3 = mkint(env, 3),
             v4 = mkint(env, 4), v5 = mkint(env, 5);
  napi_property_descriptor d[] = {
      {"plain", NULL, NULL, NULL, NULL, v1, napi_default, NULL},
      {"w", NULL, NULL, NULL, NULL, v2, napi_writable, NULL},
      {"e", NULL, NULL, NULL, NULL, v3, napi_enumerable, NULL},
      {"c", NULL, NULL, NULL, NULL, v4, napi_configurable, NULL},
      {"all", NULL, NULL, NULL, NULL, v5,
       napi_writable | napi_enumerable | napi_configurable, NULL},
      {"jsprop", NULL, NULL, NULL, NULL, v1, napi_default_jsproperty, NULL},
      {"method", NULL, methodCb, NULL, NULL, NULL, napi_default, &value_store_data},
      {"method2", NULL, methodCb, NULL, NULL, NULL, napi_default_method, NULL},
      {"accessor", NULL, NULL, getterCb, setterCb, NULL,
       napi_enumerable | napi_configurable, NULL},
      {"readonlyAccessor", NULL, NULL, getterCb, NULL, NULL, napi_default, NULL},
      {"writeonlyAccessor", NULL, NULL, NULL, setterCb, NULL, napi_default, NULL},
      /* writable is ignored for accessors */
      {"accessorW", NULL, NULL, getterCb, NULL, NULL, napi_writable, NULL},
      {NULL, argv[1], NULL, NULL, NULL, v2, napi_enumerable, NULL},
      {NULL, argv[2], methodCb, NULL, NULL, NULL, napi_default_method, NULL},
  };
  napi_status s = EXPORT_ALL(env, target, d);
  return RESULT(s, target);
}

/* Errors from napi_define_properties. */
static napi_value defineErrors(napi_env env, napi_callback_info info) {
  ARGS(1); /* a target value to try */
  napi_value v = mkint(env, 1);
  napi_property_descriptor good = {"x", NULL, NULL, NULL, NULL, v, napi_default, NULL};
  napi_status s = napi_define_properties(env, argv[0], 1, &good);
  return RESULT(s, NULL);
}
static napi_value defineNullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, num = mkint(env, 1);
  CALL(env, napi_create_object(env, &obj));
  napi_property_descriptor numname = {NULL, num, NULL, NULL, NULL, num, napi_default, NULL};
  STATUSES(s);
  PUSH(s, napi_define_properties(env, obj, 1, NULL));
  PUSH(s, napi_define_properties(env, NULL, 0, NULL));
  PUSH(s, napi_define_properties(env, obj, 0, NULL)); /* ok */
  /* (a descriptor with neither utf8name nor name crashes Node: not tested) */
  PUSH(s, napi_define_properties(env, obj, 1, &numname));
  return s.arr;
}

/* A property getter (or proxy trap) that throws while napi reads it. */
static napi_value getAndPropagate(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value r;
  if (napi_get_property(env, argv[0], argv[1], &r) != napi_ok) return NULL;
  return r;
}
static napi_value getNamedAndPropagate(napi_env env, napi_callback_info info) {
  ARGS(2);
  char name[128];
  napi_value r;
  if (!cname(env, argv[1], name, sizeof name)) return NULL;
  if (napi_get_named_property(env, argv[0], name, &r) != napi_ok) return NULL;
  return r;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value obj, key = mkstr(env, "k"), v = mkint(env, 1), r;
  bool b;
  uint32_t n;
  CALL(env, napi_create_object(env, &obj));
  STATUSES(s);
  PUSH(s, napi_create_object(env, NULL));                 /* 0 */
  PUSH(s, napi_set_property(env, NULL, key, v));
  PUSH(s, napi_set_property(env, obj, NULL, v));
  PUSH(s, napi_set_property(env, obj, key, NULL));
  PUSH(s, napi_get_property(env, NULL, key, &r));
  PUSH(s, napi_get_property(env, obj, NULL, &r));         /* 5 */
  PUSH(s, napi_get_property(env, obj, key, NULL));
  PUSH(s, napi_has_property(env, NULL, key, &b));
  PUSH(s, napi_has_property(env, obj, NULL, &b));
  PUSH(s, napi_has_property(env, obj, key, NULL));
  PUSH(s, napi_delete_property(env, NULL, key, &b));      /* 10 */
  PUSH(s, napi_delete_property(env, obj, NULL, &b));
  PUSH(s, napi_has_own_property(env, NULL, key, &b));
  PUSH(s, napi_has_own_property(env, obj, NULL, &b));
  PUSH(s, napi_has_own_property(env, obj, key, NULL));
  PUSH(s, napi_set_named_property(env, NULL, "k", v));    /* 15 */
  PUSH(s, napi_set_named_property(env, obj, NULL, v));
  PUSH(s, napi_set_named_property(env, obj, "k", NULL));
  PUSH(s, napi_get_named_property(env, NULL, "k", &r));
  PUSH(s, napi_get_named_property(env, obj, NULL, &r));
  PUSH(s, napi_get_named_property(env, obj, "k", NULL));  /* 20 */
  PUSH(s, napi_has_named_property(env, NULL, "k", &b));
  PUSH(s, napi_has_named_property(env, obj, NULL, &b));
  PUSH(s, napi_has_named_property(env, obj, "k", NULL));
  PUSH(s, napi_set_element(env, NULL, 0, v));
  PUSH(s, napi_set_element(env, obj, 0, NULL));           /* 25 */
  PUSH(s, napi_get_element(env, NULL, 0, &r));
  PUSH(s, napi_get_element(env, obj, 0, NULL));
  PUSH(s, napi_has_element(env, NULL, 0, &b));
  PUSH(s, napi_has_element(env, obj, 0, NULL));
  PUSH(s, napi_delete_element(env, NULL, 0, &b));         /* 30 */
  PUSH(s, napi_create_array(env, NULL));
  PUSH(s, napi_create_array_with_length(env, 1, NULL));
  PUSH(s, napi_get_array_length(env, NULL, &n));
  PUSH(s, napi_get_array_length(env, obj, NULL));
  PUSH(s, napi_is_array(env, NULL, &b));                  /* 35 */
  PUSH(s, napi_is_array(env, obj, NULL));
  /* delete with NULL result is fine */
  PUSH(s, napi_delete_property(env, obj, key, NULL));
  PUSH(s, napi_delete_element(env, obj, 0, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createObject),   EXPORT_FN(setProperty),
      EXPORT_FN(getProperty),    EXPORT_FN(hasProperty),
      EXPORT_FN(hasOwnProperty), EXPORT_FN(deleteProperty),
      EXPORT_FN(deletePropertyNoResult),
      EXPORT_FN(setNamed),       EXPORT_FN(getNamed),
      EXPORT_FN(hasNamed),       EXPORT_FN(setElement),
      EXPORT_FN(getElement),     EXPORT_FN(hasElement),
      EXPORT_FN(deleteElement),  EXPORT_FN(createArray),
      EXPORT_FN(createArrayWithLength), EXPORT_FN(getArrayLength),
      EXPORT_FN(isArray),        EXPORT_FN(defineOn),
      EXPORT_FN(defineErrors),   EXPORT_FN(defineNullArgs),
      EXPORT_FN(getAndPropagate), EXPORT_FN(getNamedAndPropagate),
      EXPORT_FN(nullArgs),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
