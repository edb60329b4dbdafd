/* Node-API conformance addon: promises (napi_create_promise,
   napi_resolve_deferred, napi_reject_deferred, napi_is_promise). */
#include "napi_test.h"

/* Deferreds handed out to JS by slot number, so JS decides when to settle. */
#define SLOTS 64
static napi_deferred slots[SLOTS];

/* create() -> [slot, promise] */
static napi_value create(napi_env env, napi_callback_info info) {
  (void)info;
  uint32_t slot = 0;
  while (slot < SLOTS && slots[slot] != NULL) slot++;
  if (slot == SLOTS) {
    napi_throw_error(env, NULL, "no free slot");
    return NULL;
  }
  napi_value promise, arr;
  CALL(env, napi_create_promise(env, &slots[slot], &promise));
  CALL(env, napi_create_array(env, &arr));
  CALL(env, napi_set_element(env, arr, 0, mkint(env, slot)));
  CALL(env, napi_set_element(env, arr, 1, promise));
  return arr;
}

static napi_deferred take(napi_env env, napi_value v) {
  uint32_t slot;
  if (napi_get_value_uint32(env, v, &slot) != napi_ok || slot >= SLOTS) return NULL;
  napi_deferred d = slots[slot];
  slots[slot] = NULL;
  return d;
}

/* resolve(slot, value) / reject(slot, value): the status. The slot is freed:
   the deferred is gone after the call. */
static napi_value resolve(napi_env env, napi_callback_info info) {
  ARGS(2);
  return report(env, napi_resolve_deferred(env, take(env, argv[0]), argv[1]));
}
static napi_value reject(napi_env env, napi_callback_info info) {
  ARGS(2);
  return report(env, napi_reject_deferred(env, take(env, argv[0]), argv[1]));
}

/* settleWithNull(slot, resolve): NULL value -> invalid_arg; the deferred stays
   usable, so it is then resolved with "after null". */
static napi_value settleWithNull(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool doResolve;
  CALL(env, napi_get_value_bool(env, argv[1], &doResolve));
  napi_deferred d = take(env, argv[0]);
  napi_status s = doResolve ? napi_resolve_deferred(env, d, NULL) : napi_reject_deferred(env, d, NULL);
  int code = st(env, s);
  CALL(env, napi_resolve_deferred(env, d, mkstr(env, "after null")));
  return mkint(env, code);
}

/* Resolves a fresh promise with itself: the promise rejects with a TypeError. */
static napi_value selfResolved(napi_env env, napi_callback_info info) {
  (void)info;
  napi_deferred d;
  napi_value promise;
  CALL(env, napi_create_promise(env, &d, &promise));
  CALL(env, napi_resolve_deferred(env, d, promise));
  return promise;
}

static napi_value isPromise(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool r = false;
  napi_status s = napi_is_promise(env, argv[0], &r);
  if (s != napi_ok) return report(env, s);
  napi_value b;
  CALL(env, napi_get_boolean(env, r, &b));
  return b;
}

static napi_value nullArgs(napi_env env, napi_callback_info info) {
  (void)info;
  napi_deferred d;
  napi_value p, v;
  bool b;
  CALL(env, napi_create_object(env, &v));
  STATUSES(s);
  PUSH(s, napi_create_promise(env, NULL, &p));
  PUSH(s, napi_create_promise(env, &d, NULL));
  PUSH(s, napi_is_promise(env, NULL, &b));
  PUSH(s, napi_is_promise(env, v, NULL));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_create_promise(NULL, &d, &p))));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_is_promise(NULL, v, &b))));
  /* NULL env: the deferred is left alone, then settled for real. */
  CALL(env, napi_create_promise(env, &d, &p));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_resolve_deferred(NULL, d, v))));
  CALL(env, napi_set_element(env, s.arr, s.n++, mkint(env, napi_reject_deferred(NULL, d, v))));
  CALL(env, napi_resolve_deferred(env, d, v));
  return s.arr;
}

/* With an exception pending: create, resolve and reject refuse (the
   deferred survives); is_promise works. Returns the four statuses. */
static napi_value pending(napi_env env, napi_callback_info info) {
  (void)info;
  napi_deferred d, d2 = NULL;
  napi_value p, p2 = NULL, e, arr;
  bool b = false;
  CALL(env, napi_create_promise(env, &d, &p));
  CALL(env, napi_create_array(env, &arr));
  napi_throw_error(env, NULL, "already pending");
  int codes[4];
  codes[0] = st(env, napi_create_promise(env, &d2, &p2));
  codes[1] = st(env, napi_resolve_deferred(env, d, p));
  codes[2] = st(env, napi_reject_deferred(env, d, p));
  codes[3] = st(env, napi_is_promise(env, p, &b));
  CALL(env, napi_get_and_clear_last_exception(env, &e));
  CALL(env, napi_resolve_deferred(env, d, mkstr(env, "after pending")));
  for (uint32_t i = 0; i < 4; i++) CALL(env, napi_set_element(env, arr, i, mkint(env, codes[i])));
  CALL(env, napi_set_element(env, arr, 4, p));
  return arr;
}

/* NULL deferred: Node.js dereferences it (crash); nari says napi_invalid_arg. */
static napi_value nullDeferred(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value v;
  CALL(env, napi_get_undefined(env, &v));
  STATUSES(s);
  PUSH(s, napi_resolve_deferred(env, NULL, v));
  PUSH(s, napi_reject_deferred(env, NULL, v));
  return s.arr;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor descs[] = {
      EXPORT_FN(create),    EXPORT_FN(resolve),  EXPORT_FN(reject),  EXPORT_FN(settleWithNull),
      EXPORT_FN(selfResolved), EXPORT_FN(isPromise), EXPORT_FN(nullArgs), EXPORT_FN(pending),
      EXPORT_FN(nullDeferred),
  };
  if (EXPORT_ALL(env, exports, descs) != napi_ok) return NULL;
  return exports;
}
