/* Node-API conformance addon: BigInts (creation, reading, words). */
#include "napi_test.h"

/* {ok: true, value} on success, {status[, exception]} on failure. */

static napi_value big_u64(napi_env env, uint64_t v) {
  napi_value r = NULL;
  napi_create_bigint_uint64(env, v, &r);
  return r;
}

/* BigInts made from fixed C integers. */
static napi_value createCases(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value arr, v;
  uint32_t i = 0;
  CALL(env, napi_create_array(env, &arr));
#define PUT(call) CALL(env, call); CALL(env, napi_set_element(env, arr, i++, v))
  PUT(napi_create_bigint_int64(env, 0, &v));
  PUT(napi_create_bigint_int64(env, -1, &v));
  PUT(napi_create_bigint_int64(env, INT64_MAX, &v));
  PUT(napi_create_bigint_int64(env, INT64_MIN, &v));
  PUT(napi_create_bigint_uint64(env, 0, &v));
  PUT(napi_create_bigint_uint64(env, UINT64_MAX, &v));
  PUT(napi_create_bigint_uint64(env, (uint64_t)1 << 63, &v));
#undef PUT
  return arr;
}

/* fromWords(sign, [w0, w1, ...]) with each word a BigInt < 2^64. */
static napi_value fromWords(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t sign;
  uint32_t n;
  uint64_t words[16];
  CALL(env, napi_get_value_int32(env, argv[0], &sign));
  CALL(env, napi_get_array_length(env, argv[1], &n));
  if (n > 16) n = 16;
  for (uint32_t i = 0; i < n; i++) {
    napi_value w;
    bool lossless;
    CALL(env, napi_get_element(env, argv[1], i, &w));
    CALL(env, napi_get_value_bigint_uint64(env, w, &words[i], &lossless));
  }
  napi_value r = NULL;
  napi_status s = napi_create_bigint_words(env, sign, n, words, &r);
  return RESULT(s, r);
}

/* A word count V8 refuses (but <= INT_MAX): V8 throws before reading words. */
static napi_value fromTooManyWords(napi_env env, napi_callback_info info) {
  (void)info;
  uint64_t words[1] = {1};
  napi_value r = NULL;
  napi_status s = napi_create_bigint_words(env, 0, (size_t)INT_MAX, words, &r);
  return RESULT(s, r);
}

static napi_value lossy(napi_env env, napi_value v, bool lossless) {
  napi_value obj, b;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "value", v));
  CALL(env, napi_get_boolean(env, lossless, &b));
  CALL(env, napi_set_named_property(env, obj, "lossless", b));
  return obj;
}

/* {value, lossless} (value rebuilt as a BigInt) or {status}. */
static napi_value toInt64(napi_env env, napi_callback_info info) {
  ARGS(1);
  int64_t r = 0;
  bool lossless = true;
  napi_status s = napi_get_value_bigint_int64(env, argv[0], &r, &lossless);
  if (s != napi_ok) return failv(env, s);
  napi_value v;
  CALL(env, napi_create_bigint_int64(env, r, &v));
  return lossy(env, v, lossless);
}
static napi_value toUint64(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint64_t r = 0;
  bool lossless = true;
  napi_status s = napi_get_value_bigint_uint64(env, argv[0], &r, &lossless);
  if (s != napi_ok) return failv(env, s);
  return lossy(env, big_u64(env, r), lossless);
}

#define WORD_SENTINEL UINT64_C(0xAAAAAAAAAAAAAAAA)

/* toWords(v, capacity): capacity < 0 asks for the count only (sign_bit and
   words NULL). Returns {status, sign, count, words} where words holds all
   `capacity` slots of a buffer pre-filled with WORD_SENTINEL. */
static napi_value toWords(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t capacity;
  CALL(env, napi_get_value_int32(env, argv[1], &capacity));
  uint64_t words[16];
  for (int i = 0; i < 16; i++) words[i] = WORD_SENTINEL;
  int sign = -7;
  size_t count = capacity < 0 ? 12345 : (size_t)capacity;
  napi_status s = capacity < 0
      ? napi_get_value_bigint_words(env, argv[0], NULL, &count, NULL)
      : napi_get_value_bigint_words(env, argv[0], &sign, &count, words);
  if (s != napi_ok) return failv(env, s);
  napi_value obj, arr;
  CALL(env, napi_create_object(env, &obj));
  CALL(env, napi_set_named_property(env, obj, "sign", mkint(env, sign)));
  CALL(env, napi_set_named_property(env, obj, "count", mkint(env, (int64_t)count)));
  CALL(env, napi_create_array(env, &arr));
  for (int i = 0; i < capacity && i < 16; i++) {
    CALL(env, napi_set_element(env, arr, (uint32_t)i, big_u64(env, words[i])));
  }
  CALL(env, napi_set_named_property(env, obj, "words", arr));
  return obj;
}

/* A capacity above INT_MAX reaches V8 truncated to an int, as in Node: with
   2^32 + 1 only one word is written. */
static napi_value toWordsHugeCapacity(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint64_t words[4] = {WORD_SENTINEL, WORD_SENTINEL, WORD_SENTINEL, WORD_SENTINEL};
  int sign = -7;
  size_t count = ((size_t)1 << 32) + 1;
  CALL(env, napi_get_value_bigint_words(env, argv[0], &sign, &count, words));
  napi_value arr;
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, (int64_t)count)));
  for (uint32_t i = 0; i < 4; i++) {
    CALL(env, napi_set_element(env, arr, i + 1, big_u64(env, words[i])));
  }
  return arr;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value big, num, v;
  uint64_t words[2] = {1, 2};
  int64_t i64;
  uint64_t u64;
  bool b;
  int sign;
  size_t count = 2;
  CALL(env, napi_create_bigint_int64(env, 5, &big));
  CALL(env, napi_create_int32(env, 5, &num));
  STATUSES(s);
  PUSH(s, napi_create_bigint_int64(env, 1, NULL));                     /* 0 */
  PUSH(s, napi_create_bigint_uint64(env, 1, NULL));
  PUSH(s, napi_create_bigint_words(env, 0, 1, NULL, &v));
  PUSH(s, napi_create_bigint_words(env, 0, 0, NULL, &v));
  PUSH(s, napi_create_bigint_words(env, 0, 1, words, NULL));
  PUSH(s, napi_create_bigint_words(env, 0, (size_t)INT_MAX + 1, words, &v)); /* 5 */
  PUSH(s, napi_create_bigint_words(env, 0, (size_t)INT_MAX + 1, NULL, &v));
  PUSH(s, napi_get_value_bigint_int64(env, NULL, &i64, &b));
  PUSH(s, napi_get_value_bigint_int64(env, big, NULL, &b));
  PUSH(s, napi_get_value_bigint_int64(env, big, &i64, NULL));
  PUSH(s, napi_get_value_bigint_int64(env, num, &i64, &b));            /* 10 */
  PUSH(s, napi_get_value_bigint_int64(env, num, NULL, &b));
  PUSH(s, napi_get_value_bigint_uint64(env, NULL, &u64, &b));
  PUSH(s, napi_get_value_bigint_uint64(env, big, NULL, &b));
  PUSH(s, napi_get_value_bigint_uint64(env, big, &u64, NULL));
  PUSH(s, napi_get_value_bigint_uint64(env, num, &u64, &b));           /* 15 */
  PUSH(s, napi_get_value_bigint_uint64(env, num, &u64, NULL));
  PUSH(s, napi_get_value_bigint_words(env, NULL, &sign, &count, words));
  PUSH(s, napi_get_value_bigint_words(env, big, &sign, NULL, words));
  PUSH(s, napi_get_value_bigint_words(env, num, &sign, &count, words));
  PUSH(s, napi_get_value_bigint_words(env, num, NULL, NULL, NULL));    /* 20 */
  PUSH(s, napi_get_value_bigint_words(env, num, NULL, &count, NULL));
  PUSH(s, napi_get_value_bigint_words(env, big, NULL, &count, words));
  PUSH(s, napi_get_value_bigint_words(env, big, &sign, &count, NULL));
  PUSH(s, napi_get_value_bigint_words(env, big, &sign, &count, words));
  PUSH(s, napi_get_value_bigint_words(env, big, NULL, &count, NULL));  /* 25 */
  return s.arr;
}

/* Statuses with a NULL env (no last-error record to cross-check). */
static napi_value nullEnv(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v, arr;
  uint64_t words[1] = {1};
  int64_t i64;
  bool b;
  size_t count = 1;
  CALL(env, napi_create_bigint_int64(env, 5, &v));
  CALL(env, napi_create_array(env, &arr));
  napi_status all[] = {
      napi_create_bigint_int64(NULL, 1, &v),
      napi_create_bigint_uint64(NULL, 1, &v),
      napi_create_bigint_words(NULL, 0, 1, words, &v),
      napi_get_value_bigint_int64(NULL, v, &i64, &b),
      napi_get_value_bigint_uint64(NULL, v, (uint64_t*)&i64, &b),
      napi_get_value_bigint_words(NULL, v, NULL, &count, NULL),
  };
  for (uint32_t i = 0; i < sizeof all / sizeof all[0]; i++) {
    CALL(env, napi_set_element(env, arr, i, mkint(env, all[i])));
  }
  return arr;
}

/* With an exception pending: creating from words refuses (it can run JS in
   Node's model); the other functions work. The exception is then cleared
   (statuses are checked first, then handed to JS). */
static napi_value whilePending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v, exc, arr;
  uint64_t words[1] = {1};
  int64_t i64;
  bool b;
  size_t count;
  int codes[5], n = 0;
  CALL(env, napi_create_bigint_int64(env, 5, &v));
  CALL(env, napi_throw_error(env, NULL, "pending"));
  codes[n++] = st(env, napi_create_bigint_words(env, 0, 1, words, &v));
  codes[n++] = st(env, napi_create_bigint_int64(env, 1, &v));
  codes[n++] = st(env, napi_create_bigint_uint64(env, 1, &v));
  codes[n++] = st(env, napi_get_value_bigint_int64(env, v, &i64, &b));
  codes[n++] = st(env, napi_get_value_bigint_words(env, v, NULL, &count, NULL));
  CALL(env, napi_get_and_clear_last_exception(env, &exc));
  CALL(env, napi_create_array(env, &arr));
  for (int i = 0; i < n; i++) CALL(env, napi_set_element(env, arr, (uint32_t)i, mkint(env, codes[i])));
  return arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor d[] = {
      EXPORT_FN(createCases), EXPORT_FN(fromWords), EXPORT_FN(fromTooManyWords),
      EXPORT_FN(toInt64),     EXPORT_FN(toUint64),  EXPORT_FN(toWords),
      EXPORT_FN(toWordsHugeCapacity), EXPORT_FN(nullArgs), EXPORT_FN(nullEnv),
      EXPORT_FN(whilePending),
  };
  CALL(env, EXPORT_ALL(env, exports, d));
  return exports;
}
