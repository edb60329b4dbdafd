/* ArrayBuffers: napi_create_arraybuffer, napi_create_external_arraybuffer,
   napi_get_arraybuffer_info, napi_is_arraybuffer, napi_detach_arraybuffer,
   napi_is_detached_arraybuffer. */
#include <stdlib.h>

#include "napi_test.h"

static napi_value boolean(napi_env env, bool b) {
  napi_value v = NULL;
  napi_get_boolean(env, b, &v);
  return v;
}

/* create(length): a new ArrayBuffer whose bytes are written through the data
   pointer napi_create_arraybuffer hands back (byte i = i & 0xff). */
static napi_value create(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t length = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &length));
  void* data = (void*)1; /* must be overwritten */
  napi_value r;
  CALL(env, napi_create_arraybuffer(env, length, &data, &r));
  if (length > 0 && data == NULL) {
    napi_throw_error(env, NULL, "no data pointer");
    return NULL;
  }
  for (uint32_t i = 0; i < length; i++) ((uint8_t*)data)[i] = (uint8_t)i;
  return r;
}

/* createNoData(length): napi_create_arraybuffer with a NULL data out-pointer. */
static napi_value createNoData(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t length = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &length));
  napi_value r;
  CALL(env, napi_create_arraybuffer(env, length, NULL, &r));
  return r;
}

/* createTooLong(): napi_create_arraybuffer for 2^60 bytes (more than any
   ArrayBuffer may hold): the status, or {status, exception}. */
static napi_value createTooLong(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r = NULL;
  void* data = NULL;
  return report(env, napi_create_arraybuffer(env, (size_t)1 << 60, &data, &r));
}

/* byteLength(ab): byte_length from napi_get_arraybuffer_info, or the status
   (as {status}) when the call fails. */
static napi_value byteLength(napi_env env, napi_callback_info info) {
  ARGS(1);
  size_t length = 12345;
  napi_status s = napi_get_arraybuffer_info(env, argv[0], NULL, &length);
  if (s != napi_ok) {
    napi_value status = report(env, s), obj;
    CALL(env, napi_create_object(env, &obj));
    CALL(env, napi_set_named_property(env, obj, "status", status));
    return obj;
  }
  return mkint(env, (int64_t)length);
}

/* readByte(ab, i) / writeByte(ab, i, v): through the info data pointer. */
static napi_value readByte(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t i = 0;
  void* data = NULL;
  size_t length = 0;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  CALL(env, napi_get_arraybuffer_info(env, argv[0], &data, &length));
  if (i >= length) return NULL;
  return mkint(env, ((uint8_t*)data)[i]);
}
static napi_value writeByte(napi_env env, napi_callback_info info) {
  ARGS(3);
  uint32_t i = 0, v = 0;
  void* data = NULL;
  CALL(env, napi_get_value_uint32(env, argv[1], &i));
  CALL(env, napi_get_value_uint32(env, argv[2], &v));
  CALL(env, napi_get_arraybuffer_info(env, argv[0], &data, NULL));
  ((uint8_t*)data)[i] = (uint8_t)v;
  return NULL;
}

static napi_value isArrayBuffer(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  CALL(env, napi_is_arraybuffer(env, argv[0], &r));
  return boolean(env, r);
}

/* detach(v): the status (or {status, exception}). */
static napi_value detach(napi_env env, napi_callback_info info) {
  ARGS(1);
  return report(env, napi_detach_arraybuffer(env, argv[0]));
}

static napi_value isDetached(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = true;
  CALL(env, napi_is_detached_arraybuffer(env, argv[0], &r));
  return boolean(env, r);
}

/* ---- external ArrayBuffers --------------------------------------------- */

#define SLOTS 8
static uint8_t memory[SLOTS][16];
static int hints[SLOTS];
static int finalized[SLOTS];   /* finalizer calls per slot */
static int bad_finalize = 0;   /* finalizer saw wrong data/hint/env */
static int expected[SLOTS];    /* what the exit check wants, -1: don't care */
static bool exit_check = false;
static napi_env the_env = NULL;

static void finalize(napi_env env, void* data, void* hint) {
  int slot = (int)((uint8_t(*)[16])data - memory);
  if (slot < 0 || slot >= SLOTS || hint != &hints[slot] || env != the_env) {
    bad_finalize++;
    return;
  }
  finalized[slot]++;
}

/* Many short-lived buffers over one block, counted together. */
static uint8_t shared_block[64];
static int many_created = 0, many_finalized = 0;
static void finalize_many(napi_env env, void* data, void* hint) {
  if (data != shared_block || hint != &many_created || env != the_env) bad_finalize++;
  many_finalized++;
}

/* At exit every finalizer must have run exactly as often as expected. */
static void check_at_exit(void) {
  if (!exit_check) return;
  for (int i = 0; i < SLOTS; i++) {
    if (expected[i] >= 0 && finalized[i] != expected[i]) {
      fprintf(stderr, "arraybuffers: slot %d finalized %d times, expected %d\n", i,
              finalized[i], expected[i]);
      _Exit(1);
    }
  }
  if (many_finalized != many_created) {
    fprintf(stderr, "arraybuffers: %d of %d short-lived buffers finalized\n", many_finalized,
            many_created);
    _Exit(1);
  }
  if (bad_finalize) {
    fprintf(stderr, "arraybuffers: a finalizer got the wrong data, hint or env\n");
    _Exit(1);
  }
  printf("arraybuffers: every external finalizer ran exactly once by exit\n");
  fflush(stdout);
}

/* createExternal(slot, length, withFinalizer): an ArrayBuffer over
   memory[slot] (filled with slot * 16 + i). */
static napi_value createExternal(napi_env env, napi_callback_info info) {
  ARGS(3);
  uint32_t slot = 0, length = 0;
  bool with = false;
  CALL(env, napi_get_value_uint32(env, argv[0], &slot));
  CALL(env, napi_get_value_uint32(env, argv[1], &length));
  CALL(env, napi_get_value_bool(env, argv[2], &with));
  if (slot >= SLOTS || length > 16) {
    napi_throw_range_error(env, NULL, "bad slot or length");
    return NULL;
  }
  for (uint32_t i = 0; i < 16; i++) memory[slot][i] = (uint8_t)(slot * 16 + i);
  the_env = env;
  napi_value r;
  CALL(env, napi_create_external_arraybuffer(env, memory[slot], length,
                                             with ? finalize : NULL, &hints[slot], &r));
  return r;
}

/* createHuge(slot): napi_create_external_arraybuffer with a length no
   runtime accepts (2^60 bytes): the status, or {status, exception}. */
static napi_value createHuge(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t slot = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &slot));
  if (slot >= SLOTS) return NULL;
  the_env = env;
  napi_value r = NULL;
  return report(env, napi_create_external_arraybuffer(env, memory[slot], (size_t)1 << 60,
                                                       finalize, &hints[slot], &r));
}

/* createMany(n): n external buffers over one block, dropped at once. */
static napi_value createMany(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t n = 0;
  CALL(env, napi_get_value_uint32(env, argv[0], &n));
  the_env = env;
  for (uint32_t i = 0; i < n; i++) {
    napi_handle_scope scope;
    napi_value r;
    CALL(env, napi_open_handle_scope(env, &scope));
    CALL(env, napi_create_external_arraybuffer(env, shared_block, sizeof shared_block,
                                               finalize_many, &many_created, &r));
    many_created++;
    CALL(env, napi_close_handle_scope(env, scope));
  }
  return mkint(env, many_finalized);
}

/* externalData(ab, slot): whether the buffer's data is memory[slot]. */
static napi_value externalData(napi_env env, napi_callback_info info) {
  ARGS(2);
  uint32_t slot = 0;
  void* data = NULL;
  CALL(env, napi_get_value_uint32(env, argv[1], &slot));
  CALL(env, napi_get_arraybuffer_info(env, argv[0], &data, NULL));
  return boolean(env, slot < SLOTS && data == memory[slot]);
}

/* finalizeCounts(): finalizer calls per slot so far, then bad calls. */
static napi_value finalizeCounts(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < SLOTS; i++)
    CALL(env, napi_set_element(env, arr, i, mkint(env, finalized[i])));
  CALL(env, napi_set_element(env, arr, SLOTS, mkint(env, bad_finalize)));
  return arr;
}

/* expectAtExit([counts]): checked when the process exits (-1: any). */
static napi_value expectAtExit(napi_env env, napi_callback_info info) {
  ARGS(1);
  for (uint32_t i = 0; i < SLOTS; i++) {
    napi_value v;
    int32_t n = -1;
    CALL(env, napi_get_element(env, argv[0], i, &v));
    napi_valuetype t;
    CALL(env, napi_typeof(env, v, &t));
    if (t == napi_number) CALL(env, napi_get_value_int32(env, v, &n));
    expected[i] = n;
  }
  if (!exit_check) atexit(check_at_exit);
  exit_check = true;
  return NULL;
}

/* ---- argument checks ---------------------------------------------------- */

/* nulls(ab, notAb): statuses of NULL and wrong-type arguments. */
static napi_value nulls(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_value ab = argv[0], other = argv[1], r;
  void* data;
  size_t length;
  bool b;
  STATUSES(s);
  PUSH(s, napi_create_arraybuffer(env, 4, &data, NULL));                  /* 0 */
  PUSH(s, napi_create_external_arraybuffer(env, memory[7], 4, NULL, NULL, NULL));
  PUSH(s, napi_get_arraybuffer_info(env, NULL, &data, &length));
  PUSH(s, napi_get_arraybuffer_info(env, other, &data, &length));
  PUSH(s, napi_get_arraybuffer_info(env, ab, NULL, NULL));               /* ok */
  PUSH(s, napi_is_arraybuffer(env, NULL, &b));                             /* 5 */
  PUSH(s, napi_is_arraybuffer(env, ab, NULL));
  PUSH(s, napi_detach_arraybuffer(env, NULL));
  PUSH(s, napi_detach_arraybuffer(env, other));
  PUSH(s, napi_is_detached_arraybuffer(env, NULL, &b));
  PUSH(s, napi_is_detached_arraybuffer(env, ab, NULL));                  /* 10 */
  PUSH(s, napi_create_arraybuffer(env, 0, NULL, &r));                      /* ok */
  PUSH(s, napi_create_external_arraybuffer(env, NULL, 0, NULL, NULL, &r)); /* ok */
  return s.arr;
}

/* nullEnv(): every function with a NULL env (raw statuses). */
static napi_value nullEnv(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value r;
  void* data;
  size_t length;
  bool b;
  napi_value arr;
  napi_status got[] = {
      napi_create_arraybuffer(NULL, 4, &data, &r),
      napi_create_external_arraybuffer(NULL, memory[7], 4, NULL, NULL, &r),
      napi_get_arraybuffer_info(NULL, argv[0], &data, &length),
      napi_is_arraybuffer(NULL, argv[0], &b),
      napi_detach_arraybuffer(NULL, argv[0]),
      napi_is_detached_arraybuffer(NULL, argv[0], &b),
  };
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < sizeof got / sizeof got[0]; i++)
    CALL(env, napi_set_element(env, arr, i, mkint(env, got[i])));
  return arr;
}

/* withPending(ab): statuses while an exception is pending; the functions
   that can run JS refuse, the others work. The exception is cleared. */
static napi_value withPending(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value ab = argv[0], r = NULL;
  void* data;
  size_t length;
  bool b;
  napi_value err, exc, arr;
  CALL(env, napi_create_error(env, NULL, mkstr(env, "pending"), &err));
  CALL(env, napi_throw(env, err));
  int got[5];
  got[0] = st(env, napi_create_arraybuffer(env, 4, &data, &r));
  got[1] = st(env, napi_create_external_arraybuffer(env, memory[7], 4, NULL, NULL, &r));
  got[2] = st(env, napi_get_arraybuffer_info(env, ab, &data, &length));
  got[3] = st(env, napi_is_arraybuffer(env, ab, &b));
  got[4] = st(env, napi_is_detached_arraybuffer(env, ab, &b));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (uint32_t i = 0; i < 5; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, got[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(create),         EXPORT_FN(createNoData),   EXPORT_FN(createTooLong),   EXPORT_FN(byteLength),
      EXPORT_FN(readByte),       EXPORT_FN(writeByte),      EXPORT_FN(isArrayBuffer),
      EXPORT_FN(detach),         EXPORT_FN(isDetached),     EXPORT_FN(createExternal),
      EXPORT_FN(createHuge),     EXPORT_FN(createMany),
      EXPORT_FN(externalData),   EXPORT_FN(finalizeCounts), EXPORT_FN(expectAtExit),
      EXPORT_FN(nulls),          EXPORT_FN(nullEnv),        EXPORT_FN(withPending),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
