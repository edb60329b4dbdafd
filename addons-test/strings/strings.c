/* Node-API conformance addon: strings (strings). */
#include <node_api.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "napi_test.h"

/* ---- creation ---- */

/* Fixed C strings the JS side compares against. */
static napi_value createCases(napi_env env, napi_callback_info info) {
  (void)info;
  static const char utf8[] = "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80"; /* "héllo € 😀" */
  static const char latin1[] = "caf\xE9 \xA9\xFF";                          /* "café ©ÿ" */
  static const char16_t utf16[] = {0x0068, 0x00E9, 0x20AC, 0xD83D, 0xDE00, 0};
  static const char16_t lone[] = {0x0061, 0xD800, 0x0062, 0xDC00, 0};
  static const char embedded[] = "a\0b\0c";
  static const char16_t embedded16[] = {0x61, 0, 0x62, 0};
  static const char invalid[] = "a\xFF" "b\xC3";
  napi_value arr, v;
  uint32_t i = 0;
  CALL(env, napi_create_array(env, &arr));
#define PUT(call) CALL(env, call); CALL(env, napi_set_element(env, arr, i++, v))
  PUT(napi_create_string_utf8(env, utf8, NAPI_AUTO_LENGTH, &v));          /* 0 */
  PUT(napi_create_string_utf8(env, utf8, 6, &v));                         /* 1 */
  PUT(napi_create_string_utf8(env, embedded, 5, &v));                     /* 2 */
  PUT(napi_create_string_utf8(env, embedded, NAPI_AUTO_LENGTH, &v));      /* 3 */
  PUT(napi_create_string_utf8(env, "", NAPI_AUTO_LENGTH, &v));            /* 4 */
  PUT(napi_create_string_utf8(env, "abc", 0, &v));                        /* 5 */
  PUT(napi_create_string_utf8(env, invalid, NAPI_AUTO_LENGTH, &v));       /* 6 */
  PUT(napi_create_string_latin1(env, latin1, NAPI_AUTO_LENGTH, &v));      /* 7 */
  PUT(napi_create_string_latin1(env, latin1, 4, &v));                     /* 8 */
  PUT(napi_create_string_latin1(env, embedded, 5, &v));                   /* 9 */
  PUT(napi_create_string_latin1(env, "", NAPI_AUTO_LENGTH, &v));          /* 10 */
  PUT(napi_create_string_utf16(env, utf16, NAPI_AUTO_LENGTH, &v));        /* 11 */
  PUT(napi_create_string_utf16(env, utf16, 4, &v));                       /* 12 */
  PUT(napi_create_string_utf16(env, lone, NAPI_AUTO_LENGTH, &v));         /* 13 */
  PUT(napi_create_string_utf16(env, embedded16, 3, &v));                  /* 14 */
  PUT(napi_create_string_utf16(env, utf16, 0, &v));                       /* 15 */
  /* NULL string with length 0 is allowed and yields "" */
  PUT(napi_create_string_utf8(env, NULL, 0, &v));                         /* 16 */
  PUT(napi_create_string_latin1(env, NULL, 0, &v));                       /* 17 */
  PUT(napi_create_string_utf16(env, NULL, 0, &v));                        /* 18 */
#undef PUT
  return arr;
}

static napi_value createErrors(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v;
  static const char16_t u16[] = {0x61, 0};
  size_t too_long = (size_t)INT_MAX + 1;
  STATUSES(s);
  PUSH(s, napi_create_string_utf8(env, "abc", too_long, &v));     /* 0 */
  PUSH(s, napi_create_string_latin1(env, "abc", too_long, &v));
  PUSH(s, napi_create_string_utf16(env, u16, too_long, &v));
  PUSH(s, napi_create_string_utf8(env, "abc", NAPI_AUTO_LENGTH, NULL));
  PUSH(s, napi_create_string_latin1(env, "abc", NAPI_AUTO_LENGTH, NULL));
  PUSH(s, napi_create_string_utf16(env, u16, NAPI_AUTO_LENGTH, NULL)); /* 5 */
  PUSH(s, napi_create_string_utf8(env, NULL, NAPI_AUTO_LENGTH, &v));
  PUSH(s, napi_create_string_latin1(env, NULL, NAPI_AUTO_LENGTH, &v));
  PUSH(s, napi_create_string_utf16(env, NULL, NAPI_AUTO_LENGTH, &v));
  PUSH(s, napi_create_string_utf8(env, NULL, 3, &v));
  PUSH(s, napi_create_string_latin1(env, NULL, 3, &v));          /* 10 */
  PUSH(s, napi_create_string_utf16(env, NULL, 3, &v));
  return s.arr;
}

/* ---- reading ----
   getX(value, bufsize): bufsize < 0 means "pass buf = NULL" (length query).
   Returns { status, result, bytes } where bytes are the first bufsize + 1
   units of a buffer pre-filled with a 0xAA (0xAAAA for utf16) sentinel. */

#define SENTINEL8 0xAA
#define SENTINEL16 0xAAAA
#define RESULT_SENTINEL ((size_t)987654321)

static napi_value read_result(napi_env env, napi_status s, size_t result,
                              const void* buf, int units, int width) {
  int code = st(env, s);
  napi_value obj, arr;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "status", mkint(env, code)));
  if (result == RESULT_SENTINEL) {
    napi_value u;
    CALL(env, napi_get_undefined(env, &u));
    CALL(env, napi_set_named_property(env, obj, "result", u));
  } else {
    CALL(env, napi_set_named_property(env, obj, "result", mkint(env, (int64_t)result)));
  }
  if (buf != NULL) {
    CALL(env, napi_create_array(env, &arr));
    for (int i = 0; i < units; i++) {
      int64_t unit = width == 1 ? ((const unsigned char*)buf)[i]
                                : ((const char16_t*)buf)[i];
      CALL(env, napi_set_element(env, arr, (uint32_t)i, mkint(env, unit)));
    }
    CALL(env, napi_set_named_property(env, obj, "bytes", arr));
  }
  return obj;
}

static bool read_args(napi_env env, napi_callback_info info, napi_value* v,
                      int32_t* bufsize, bool* want_result) {
  size_t argc = 3;
  napi_value argv[3];
  napi_valuetype t;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return false;
  *v = argv[0];
  if (napi_get_value_int32(env, argv[1], bufsize) != napi_ok) return false;
  if (*bufsize > 200) return false;
  *want_result = true;
  if (napi_typeof(env, argv[2], &t) == napi_ok && t == napi_boolean) {
    napi_get_value_bool(env, argv[2], want_result);
  }
  return true;
}

static napi_value getUtf8(napi_env env, napi_callback_info info) {
  napi_value v;
  int32_t bufsize;
  bool want_result;
  if (!read_args(env, info, &v, &bufsize, &want_result)) {
    napi_throw_error(env, NULL, "bad arguments");
    return NULL;
  }
  char buf[256];
  memset(buf, SENTINEL8, sizeof buf);
  size_t result = RESULT_SENTINEL;
  napi_status s = napi_get_value_string_utf8(
      env, v, bufsize < 0 ? NULL : buf, bufsize < 0 ? 0 : (size_t)bufsize,
      want_result ? &result : NULL);
  return read_result(env, s, result, bufsize < 0 ? NULL : buf, bufsize + 1, 1);
}

static napi_value getLatin1(napi_env env, napi_callback_info info) {
  napi_value v;
  int32_t bufsize;
  bool want_result;
  if (!read_args(env, info, &v, &bufsize, &want_result)) {
    napi_throw_error(env, NULL, "bad arguments");
    return NULL;
  }
  char buf[256];
  memset(buf, SENTINEL8, sizeof buf);
  size_t result = RESULT_SENTINEL;
  napi_status s = napi_get_value_string_latin1(
      env, v, bufsize < 0 ? NULL : buf, bufsize < 0 ? 0 : (size_t)bufsize,
      want_result ? &result : NULL);
  return read_result(env, s, result, bufsize < 0 ? NULL : buf, bufsize + 1, 1);
}

static napi_value getUtf16(napi_env env, napi_callback_info info) {
  napi_value v;
  int32_t bufsize;
  bool want_result;
  if (!read_args(env, info, &v, &bufsize, &want_result)) {
    napi_throw_error(env, NULL, "bad arguments");
    return NULL;
  }
  char16_t buf[256];
  for (size_t i = 0; i < 256; i++) buf[i] = SENTINEL16;
  size_t result = RESULT_SENTINEL;
  napi_status s = napi_get_value_string_utf16(
      env, v, bufsize < 0 ? NULL : buf, bufsize < 0 ? 0 : (size_t)bufsize,
      want_result ? &result : NULL);
  return read_result(env, s, result, bufsize < 0 ? NULL : buf, bufsize + 1, 2);
}

/* Full round trip through a right-sized buffer. */
static napi_value roundTripUtf8(napi_env env, napi_callback_info info) {
  ARGS(1);
  size_t len = 0, copied = 0;
  char buf[1024];
  napi_value r;
  CALL(env, napi_get_value_string_utf8(env, argv[0], NULL, 0, &len));
  if (len + 1 > sizeof buf) { napi_throw_error(env, NULL, "too long"); return NULL; }
  CALL(env, napi_get_value_string_utf8(env, argv[0], buf, len + 1, &copied));
  if (copied != len || buf[len] != '\0') { napi_throw_error(env, NULL, "length mismatch"); return NULL; }
  CALL(env, napi_create_string_utf8(env, buf, copied, &r));
  return r;
}
static napi_value roundTripUtf16(napi_env env, napi_callback_info info) {
  ARGS(1);
  size_t len = 0, copied = 0;
  char16_t buf[1024];
  napi_value r;
  CALL(env, napi_get_value_string_utf16(env, argv[0], NULL, 0, &len));
  if (len + 1 > 1024) { napi_throw_error(env, NULL, "too long"); return NULL; }
  CALL(env, napi_get_value_string_utf16(env, argv[0], buf, len + 1, &copied));
  if (copied != len || buf[len] != 0) { napi_throw_error(env, NULL, "length mismatch"); return NULL; }
  CALL(env, napi_create_string_utf16(env, buf, copied, &r));
  return r;
}
static napi_value roundTripLatin1(napi_env env, napi_callback_info info) {
  ARGS(1);
  size_t len = 0, copied = 0;
  char buf[1024];
  napi_value r;
  CALL(env, napi_get_value_string_latin1(env, argv[0], NULL, 0, &len));
  if (len + 1 > sizeof buf) { napi_throw_error(env, NULL, "too long"); return NULL; }
  CALL(env, napi_get_value_string_latin1(env, argv[0], buf, len + 1, &copied));
  if (copied != len || buf[len] != '\0') { napi_throw_error(env, NULL, "length mismatch"); return NULL; }
  CALL(env, napi_create_string_latin1(env, buf, copied, &r));
  return r;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value str = mkstr(env, "abc");
  char buf[8];
  char16_t buf16[8];
  STATUSES(s);
  PUSH(s, napi_get_value_string_utf8(env, NULL, buf, 8, NULL));
  PUSH(s, napi_get_value_string_latin1(env, NULL, buf, 8, NULL));
  PUSH(s, napi_get_value_string_utf16(env, NULL, buf16, 8, NULL));
  /* buf NULL and result NULL: nothing to do -> invalid_arg */
  PUSH(s, napi_get_value_string_utf8(env, str, NULL, 0, NULL));
  PUSH(s, napi_get_value_string_latin1(env, str, NULL, 0, NULL));
  PUSH(s, napi_get_value_string_utf16(env, str, NULL, 0, NULL));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createCases), EXPORT_FN(createErrors),   EXPORT_FN(getUtf8),
      EXPORT_FN(getLatin1),   EXPORT_FN(getUtf16),       EXPORT_FN(roundTripUtf8),
      EXPORT_FN(roundTripUtf16), EXPORT_FN(roundTripLatin1), EXPORT_FN(nullArgs),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
