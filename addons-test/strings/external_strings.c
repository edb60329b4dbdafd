/* Node-API conformance addon: Node-API 10 strings — external strings
   (node_api_create_external_string_*) and property keys
   (node_api_create_property_key_*). */
#define NAPI_VERSION 10
#include <stdlib.h>
#include <unistd.h>

#include "napi_test.h"

/* Every external buffer lives in a slot. The finalizer checks its data and
   hint, counts, and poisons the buffer instead of freeing it, so a string
   read after its finalizer ran shows up as wrong text, and a second call
   for the same slot as an error. At exit every finalizer must have run
   exactly once (after collection, or at teardown), else the exit status
   becomes 70. */
#define MAX_SLOTS 512
typedef struct {
  void* buf;
  size_t units;
  int width; /* 1 or 2 bytes per unit */
  bool expect_finalizer;
  int finalized;
} slot_t;
static slot_t slots[MAX_SLOTS];
static int used_slots, finalized_count, errors;

static void finalize(napi_env env, void* data, void* hint) {
  (void)env;
  slot_t* slot = (slot_t*)hint;
  if (slot < slots || slot >= slots + used_slots || slot->buf != data ||
      !slot->expect_finalizer) {
    errors++;
    return;
  }
  if (slot->finalized++) {
    errors++;
    return;
  }
  finalized_count++;
  memset(slot->buf, 'X', slot->units * (size_t)slot->width);
}

static napi_value result_obj(napi_env env, napi_value v, bool copied, int slot) {
  napi_value obj, b;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "value", v));
  CALL(env, napi_get_boolean(env, copied, &b));
  CALL(env, napi_set_named_property(env, obj, "copied", b));
  CALL(env, napi_set_named_property(env, obj, "slot", mkint(env, slot)));
  return obj;
}

/* makeLatin1(s, autoLength, withFinalizer): s's Latin-1 units copied into a
   fresh NUL-terminated buffer that backs the external string. */
static napi_value makeLatin1(napi_env env, napi_callback_info info) {
  ARGS(3);
  bool auto_length, with_finalizer;
  size_t len;
  CALL(env, napi_get_value_bool(env, argv[1], &auto_length));
  CALL(env, napi_get_value_bool(env, argv[2], &with_finalizer));
  CALL(env, napi_get_value_string_latin1(env, argv[0], NULL, 0, &len));
  if (used_slots == MAX_SLOTS) return NULL;
  slot_t* slot = &slots[used_slots++];
  char* buf = malloc(len + 1);
  CALL(env, napi_get_value_string_latin1(env, argv[0], buf, len + 1, &len));
  *slot = (slot_t){buf, len, 1, with_finalizer, 0};
  napi_value v;
  bool copied = true;
  CALL(env, node_api_create_external_string_latin1(
                env, buf, auto_length ? NAPI_AUTO_LENGTH : len,
                with_finalizer ? finalize : NULL, slot, &v, &copied));
  return result_obj(env, v, copied, (int)(slot - slots));
}

static napi_value makeUtf16(napi_env env, napi_callback_info info) {
  ARGS(3);
  bool auto_length, with_finalizer;
  size_t len;
  CALL(env, napi_get_value_bool(env, argv[1], &auto_length));
  CALL(env, napi_get_value_bool(env, argv[2], &with_finalizer));
  CALL(env, napi_get_value_string_utf16(env, argv[0], NULL, 0, &len));
  if (used_slots == MAX_SLOTS) return NULL;
  slot_t* slot = &slots[used_slots++];
  char16_t* buf = malloc((len + 1) * sizeof(char16_t));
  CALL(env, napi_get_value_string_utf16(env, argv[0], buf, len + 1, &len));
  *slot = (slot_t){buf, len, 2, with_finalizer, 0};
  napi_value v;
  bool copied = true;
  CALL(env, node_api_create_external_string_utf16(
                env, buf, auto_length ? NAPI_AUTO_LENGTH : len,
                with_finalizer ? finalize : NULL, slot, &v, &copied));
  return result_obj(env, v, copied, (int)(slot - slots));
}

/* A NULL `copied` is allowed. */
static napi_value makeWithoutCopied(napi_env env, napi_callback_info info) {
  (void)info;
  static char text[] = "no copied flag";
  napi_value v;
  CALL(env, node_api_create_external_string_latin1(env, text, NAPI_AUTO_LENGTH, NULL,
                                                   NULL, &v, NULL));
  return v;
}

static napi_value finalizedCount(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, finalized_count);
}
static napi_value errorCount(napi_env env, napi_callback_info info) {
  (void)info;
  return mkint(env, errors);
}
static napi_value isFinalized(napi_env env, napi_callback_info info) {
  ARGS(1);
  int32_t i;
  napi_value r;
  CALL(env, napi_get_value_int32(env, argv[0], &i));
  CALL(env, napi_get_boolean(env, i >= 0 && i < used_slots && slots[i].finalized, &r));
  return r;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  static char text[] = "abc";
  static char16_t text16[] = {0x61, 0x62, 0x63, 0};
  size_t too_long = (size_t)INT_MAX + 1;
  napi_value v;
  bool copied;
  int before = finalized_count;
  STATUSES(s);
  PUSH(s, node_api_create_external_string_latin1(env, NULL, 3, finalize, NULL, &v, &copied));
  PUSH(s, node_api_create_external_string_latin1(env, NULL, NAPI_AUTO_LENGTH, finalize, NULL, &v, &copied));
  PUSH(s, node_api_create_external_string_latin1(env, text, 3, finalize, NULL, NULL, &copied));
  PUSH(s, node_api_create_external_string_latin1(env, text, too_long, finalize, NULL, &v, &copied));
  PUSH(s, node_api_create_external_string_utf16(env, NULL, 3, finalize, NULL, &v, &copied));
  PUSH(s, node_api_create_external_string_utf16(env, NULL, NAPI_AUTO_LENGTH, finalize, NULL, &v, &copied));
  PUSH(s, node_api_create_external_string_utf16(env, text16, 3, finalize, NULL, NULL, &copied));
  PUSH(s, node_api_create_external_string_utf16(env, text16, too_long, finalize, NULL, &v, &copied));
  PUSH(s, node_api_create_property_key_latin1(env, NULL, 3, &v));
  PUSH(s, node_api_create_property_key_latin1(env, NULL, NAPI_AUTO_LENGTH, &v));
  PUSH(s, node_api_create_property_key_latin1(env, text, 3, NULL));          /* 10 */
  PUSH(s, node_api_create_property_key_latin1(env, text, too_long, &v));
  PUSH(s, node_api_create_property_key_utf8(env, NULL, 3, &v));
  PUSH(s, node_api_create_property_key_utf8(env, NULL, NAPI_AUTO_LENGTH, &v));
  PUSH(s, node_api_create_property_key_utf8(env, text, 3, NULL));
  PUSH(s, node_api_create_property_key_utf8(env, text, too_long, &v));       /* 15 */
  PUSH(s, node_api_create_property_key_utf16(env, NULL, 3, &v));
  PUSH(s, node_api_create_property_key_utf16(env, NULL, NAPI_AUTO_LENGTH, &v));
  PUSH(s, node_api_create_property_key_utf16(env, text16, 3, NULL));
  PUSH(s, node_api_create_property_key_utf16(env, text16, too_long, &v));
  /* Failed calls never take the buffer: no finalizer ran. */
  PUSH(s, finalized_count == before ? napi_ok : napi_generic_failure);      /* 20 */
  return s.arr;
}

static napi_value nullEnv(napi_env env, napi_callback_info info) {
  (void)info;
  static char text[] = "abc";
  static char16_t text16[] = {0x61, 0};
  napi_value v, arr;
  bool copied;
  napi_status all[] = {
      node_api_create_external_string_latin1(NULL, text, 3, NULL, NULL, &v, &copied),
      node_api_create_external_string_utf16(NULL, text16, 1, NULL, NULL, &v, &copied),
      node_api_create_property_key_latin1(NULL, text, 3, &v),
      node_api_create_property_key_utf8(NULL, text, 3, &v),
      node_api_create_property_key_utf16(NULL, text16, 1, &v),
  };
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 5; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  return arr;
}

/* None of these run JS: all work while an exception is pending. */
static napi_value whilePending(napi_env env, napi_callback_info info) {
  (void)info;
  static char text[] = "abc";
  static char16_t text16[] = {0x61, 0};
  napi_value v, exc, arr;
  int codes[5];
  CALL(env, napi_throw_error(env, NULL, "pending"));
  codes[0] = st(env, node_api_create_external_string_latin1(env, text, 3, NULL, NULL, &v, NULL));
  codes[1] = st(env, node_api_create_external_string_utf16(env, text16, 1, NULL, NULL, &v, NULL));
  codes[2] = st(env, node_api_create_property_key_latin1(env, text, 3, &v));
  codes[3] = st(env, node_api_create_property_key_utf8(env, text, 3, &v));
  codes[4] = st(env, node_api_create_property_key_utf16(env, text16, 1, &v));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 5; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, codes[i])));
  return arr;
}

/* Property keys from fixed C text. */
static napi_value propertyKeyCases(napi_env env, napi_callback_info info) {
  (void)info;
  static const char16_t u16[] = {0x0068, 0x00E9, 0x20AC, 0xD83D, 0xDE00, 0};
  napi_value arr, v;
  uint32_t i = 0;
  CALL(env, napi_create_array(env, &arr));
#define PUT(call) CALL(env, call); CALL(env, napi_set_element(env, arr, i++, v))
  PUT(node_api_create_property_key_latin1(env, "caf\xE9", NAPI_AUTO_LENGTH, &v));
  PUT(node_api_create_property_key_latin1(env, "caf\xE9", 3, &v));
  PUT(node_api_create_property_key_latin1(env, "a\0b", 3, &v));
  PUT(node_api_create_property_key_latin1(env, NULL, 0, &v));
  PUT(node_api_create_property_key_utf8(env, "caf\xC3\xA9", NAPI_AUTO_LENGTH, &v));
  PUT(node_api_create_property_key_utf8(env, "caf\xC3\xA9", 3, &v));
  PUT(node_api_create_property_key_utf8(env, "a\0b", 3, &v));
  PUT(node_api_create_property_key_utf8(env, NULL, 0, &v));
  PUT(node_api_create_property_key_utf8(env, "length", NAPI_AUTO_LENGTH, &v));
  PUT(node_api_create_property_key_utf16(env, u16, NAPI_AUTO_LENGTH, &v));
  PUT(node_api_create_property_key_utf16(env, u16, 2, &v));
  PUT(node_api_create_property_key_utf16(env, NULL, 0, &v));
#undef PUT
  return arr;
}

/* propertyKey(kind, s): s re-created as a key from its latin1/utf8/utf16 form. */
static napi_value propertyKey(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t kind;
  char buf[256];
  char16_t buf16[256];
  size_t len;
  napi_value v;
  CALL(env, napi_get_value_int32(env, argv[0], &kind));
  if (kind == 0) {
    CALL(env, napi_get_value_string_latin1(env, argv[1], buf, sizeof buf, &len));
    CALL(env, node_api_create_property_key_latin1(env, buf, len, &v));
  } else if (kind == 1) {
    CALL(env, napi_get_value_string_utf8(env, argv[1], buf, sizeof buf, &len));
    CALL(env, node_api_create_property_key_utf8(env, buf, len, &v));
  } else {
    CALL(env, napi_get_value_string_utf16(env, argv[1], buf16, 256, &len));
    CALL(env, node_api_create_property_key_utf16(env, buf16, len, &v));
  }
  return v;
}

static void at_exit(void) {
  int missing = 0;
  for (int i = 0; i < used_slots; i++) {
    if (slots[i].expect_finalizer && slots[i].finalized != 1) missing++;
  }
  if (missing != 0 || errors != 0) {
    fprintf(stderr, "external_strings: %d finalizers did not run, %d errors\n", missing, errors);
    _exit(70);
  }
}

NAPI_MODULE_INIT() {
  atexit(at_exit);
  napi_property_descriptor d[] = {
      EXPORT_FN(makeLatin1),     EXPORT_FN(makeUtf16),   EXPORT_FN(makeWithoutCopied),
      EXPORT_FN(finalizedCount), EXPORT_FN(errorCount),  EXPORT_FN(isFinalized),
      EXPORT_FN(nullArgs),       EXPORT_FN(nullEnv),     EXPORT_FN(whilePending),
      EXPORT_FN(propertyKeyCases), EXPORT_FN(propertyKey),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
