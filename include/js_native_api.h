/*
 * nari -- Node-API engine-neutral functions.
 *
 * ABI-compatible with Node.js' js_native_api.h. Conventions for every call:
 *  - returns a napi_status; napi_ok on success;
 *  - `result`-style out-params are written only on success;
 *  - napi_value results are handles owned by the current handle scope (valid
 *    until the scope closes); no call transfers ownership of JS values;
 *  - caller-provided buffers remain owned by the caller unless stated.
 */
#ifndef SRC_JS_NATIVE_API_H_
#define SRC_JS_NATIVE_API_H_

/* Must stay consumable from C. */
#include <stdbool.h>  // NOLINT(modernize-deprecated-headers)
#include <stddef.h>   // NOLINT(modernize-deprecated-headers)

#include "js_native_api_types.h"

/* Linkage of Node-API entry points. On Windows, include node_api.h (or define
 * NAPI_EXTERN yourself) to get __declspec(dllimport). */
#ifndef NAPI_EXTERN
#ifdef _WIN32
#define NAPI_EXTERN __declspec(dllexport)
#elif defined(__wasm__)
#define NAPI_EXTERN                                                            \
  __attribute__((visibility("default")))                                       \
  __attribute__((__import_module__("napi")))
#else
#define NAPI_EXTERN __attribute__((visibility("default")))
#endif
#endif

/* Pass as a length to mean "NUL-terminated". */
#define NAPI_AUTO_LENGTH SIZE_MAX

#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif

EXTERN_C_START

/* ---- Errors of the last call --------------------------------------------- */

/* *result <- pointer to env-owned info about the last call's status; valid
 * until the next Node-API call on env. Callable during GC. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_last_error_info(
    node_api_basic_env env, const napi_extended_error_info** result);

/* ---- Singletons ---------------------------------------------------------- */

/* *result <- `undefined`. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_undefined(napi_env env,
                                                      napi_value* result);
/* *result <- `null`. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_null(napi_env env,
                                                 napi_value* result);
/* *result <- the global object (globalThis). */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_global(napi_env env,
                                                   napi_value* result);
/* *result <- JS boolean for `value`. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_boolean(napi_env env,
                                                    bool value,
                                                    napi_value* result);

/* ---- Creating values ----------------------------------------------------- */

/* *result <- new empty object `{}`. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_object(napi_env env,
                                                      napi_value* result);
/* *result <- new empty array `[]`. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_array(napi_env env,
                                                     napi_value* result);
/* *result <- new array with .length == length (holes). */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_array_with_length(napi_env env, size_t length, napi_value* result);
/* *result <- JS number from a double. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_double(napi_env env,
                                                      double value,
                                                      napi_value* result);
/* *result <- JS number from an int32. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_int32(napi_env env,
                                                     int32_t value,
                                                     napi_value* result);
/* *result <- JS number from a uint32. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_uint32(napi_env env,
                                                      uint32_t value,
                                                      napi_value* result);
/* *result <- JS number from an int64 (precision loss beyond 2^53). */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_int64(napi_env env,
                                                     int64_t value,
                                                     napi_value* result);
/* *result <- string copied from Latin-1 bytes (length or NAPI_AUTO_LENGTH). */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_string_latin1(
    napi_env env, const char* str, size_t length, napi_value* result);
/* *result <- string copied from UTF-8 bytes (length or NAPI_AUTO_LENGTH). */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_string_utf8(napi_env env,
                                                           const char* str,
                                                           size_t length,
                                                           napi_value* result);
/* *result <- string copied from UTF-16 units (length or NAPI_AUTO_LENGTH). */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_string_utf16(napi_env env,
                                                            const char16_t* str,
                                                            size_t length,
                                                            napi_value* result);
#if NAPI_VERSION >= 10
/* *result <- string backed by caller memory `str` (caller keeps ownership
 * until finalize_callback runs); *copied <- true if the engine copied instead
 * (then the finalizer is not called and str may be freed immediately). */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_external_string_latin1(
    napi_env env,
    char* str,
    size_t length,
    node_api_basic_finalize finalize_callback,
    void* finalize_hint,
    napi_value* result,
    bool* copied);
/* UTF-16 variant of node_api_create_external_string_latin1; same ownership. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_external_string_utf16(
    napi_env env,
    char16_t* str,
    size_t length,
    node_api_basic_finalize finalize_callback,
    void* finalize_hint,
    napi_value* result,
    bool* copied);

/* *result <- internalized string (Latin-1 input, copied) for use as a key. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_latin1(
    napi_env env, const char* str, size_t length, napi_value* result);
/* *result <- internalized string (UTF-8 input, copied) for use as a key. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_utf8(
    napi_env env, const char* str, size_t length, napi_value* result);
/* *result <- internalized string (UTF-16 input, copied) for use as a key. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_property_key_utf16(
    napi_env env, const char16_t* str, size_t length, napi_value* result);
#endif  // NAPI_VERSION >= 10

/* *result <- new Symbol; description is a string value or NULL. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_symbol(napi_env env,
                                                      napi_value description,
                                                      napi_value* result);
#if NAPI_VERSION >= 9
/* *result <- Symbol.for(description) from the global registry (copied). */
NAPI_EXTERN napi_status NAPI_CDECL
node_api_symbol_for(napi_env env,
                    const char* utf8description,
                    size_t length,
                    napi_value* result);
#endif  // NAPI_VERSION >= 9
/* *result <- JS function calling cb with `data`; utf8name copied, may be NULL. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_function(napi_env env,
                                                        const char* utf8name,
                                                        size_t length,
                                                        napi_callback cb,
                                                        void* data,
                                                        napi_value* result);
/* *result <- new Error(msg); code (string or NULL) set as .code. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_error(napi_env env,
                                                     napi_value code,
                                                     napi_value msg,
                                                     napi_value* result);
/* *result <- new TypeError(msg); code (string or NULL) set as .code. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_type_error(napi_env env,
                                                          napi_value code,
                                                          napi_value msg,
                                                          napi_value* result);
/* *result <- new RangeError(msg); code (string or NULL) set as .code. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_range_error(napi_env env,
                                                           napi_value code,
                                                           napi_value msg,
                                                           napi_value* result);
#if NAPI_VERSION >= 9
/* *result <- new SyntaxError(msg); code (string or NULL) set as .code. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_syntax_error(
    napi_env env, napi_value code, napi_value msg, napi_value* result);
#endif  // NAPI_VERSION >= 9

/* ---- Reading primitives -------------------------------------------------- */

/* *result <- typeof-style classification of value. */
NAPI_EXTERN napi_status NAPI_CDECL napi_typeof(napi_env env,
                                               napi_value value,
                                               napi_valuetype* result);
/* *result <- number as double; napi_number_expected otherwise. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_double(napi_env env,
                                                         napi_value value,
                                                         double* result);
/* *result <- number truncated to int32 (ToInt32 semantics). */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_int32(napi_env env,
                                                        napi_value value,
                                                        int32_t* result);
/* *result <- number truncated to uint32 (ToUint32 semantics). */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_uint32(napi_env env,
                                                         napi_value value,
                                                         uint32_t* result);
/* *result <- number truncated to int64 (non-finite -> 0). */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_int64(napi_env env,
                                                        napi_value value,
                                                        int64_t* result);
/* *result <- boolean value; napi_boolean_expected otherwise. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_bool(napi_env env,
                                                       napi_value value,
                                                       bool* result);

/* Copies the string as Latin-1 into caller buf (NUL-terminated, truncated to
 * bufsize); *result <- units copied, or full length when buf is NULL. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_string_latin1(
    napi_env env, napi_value value, char* buf, size_t bufsize, size_t* result);
/* Same as above, UTF-8 bytes. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_string_utf8(
    napi_env env, napi_value value, char* buf, size_t bufsize, size_t* result);
/* Same as above, UTF-16 code units. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_string_utf16(napi_env env,
                                                               napi_value value,
                                                               char16_t* buf,
                                                               size_t bufsize,
                                                               size_t* result);

/* ---- Coercion (may run JS) ----------------------------------------------- */

/* *result <- Boolean(value). */
NAPI_EXTERN napi_status NAPI_CDECL napi_coerce_to_bool(napi_env env,
                                                       napi_value value,
                                                       napi_value* result);
/* *result <- Number(value); may throw. */
NAPI_EXTERN napi_status NAPI_CDECL napi_coerce_to_number(napi_env env,
                                                         napi_value value,
                                                         napi_value* result);
/* *result <- Object(value); may throw. */
NAPI_EXTERN napi_status NAPI_CDECL napi_coerce_to_object(napi_env env,
                                                         napi_value value,
                                                         napi_value* result);
/* *result <- String(value); may throw. */
NAPI_EXTERN napi_status NAPI_CDECL napi_coerce_to_string(napi_env env,
                                                         napi_value value,
                                                         napi_value* result);

/* ---- Objects and properties ---------------------------------------------- */

#ifdef NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_HAS_SET_PROTOTYPE
/* Object.setPrototypeOf(object, value); no out-param. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_set_prototype(napi_env env,
                                                          napi_value object,
                                                          napi_value value);
#endif  // NAPI_EXPERIMENTAL
/* *result <- Object.getPrototypeOf(object). */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_prototype(napi_env env,
                                                      napi_value object,
                                                      napi_value* result);
/* *result <- array of enumerable string keys (own and inherited). */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_property_names(napi_env env,
                                                           napi_value object,
                                                           napi_value* result);
/* object[key] = value. */
NAPI_EXTERN napi_status NAPI_CDECL napi_set_property(napi_env env,
                                                     napi_value object,
                                                     napi_value key,
                                                     napi_value value);
/* *result <- (key in object). */
NAPI_EXTERN napi_status NAPI_CDECL napi_has_property(napi_env env,
                                                     napi_value object,
                                                     napi_value key,
                                                     bool* result);
/* *result <- object[key]. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_property(napi_env env,
                                                     napi_value object,
                                                     napi_value key,
                                                     napi_value* result);
/* delete object[key]; *result (optional) <- whether deletion succeeded. */
NAPI_EXTERN napi_status NAPI_CDECL napi_delete_property(napi_env env,
                                                        napi_value object,
                                                        napi_value key,
                                                        bool* result);
/* *result <- Object.hasOwn(object, key); key must be a name. */
NAPI_EXTERN napi_status NAPI_CDECL napi_has_own_property(napi_env env,
                                                         napi_value object,
                                                         napi_value key,
                                                         bool* result);
/* object[utf8name] = value (name is NUL-terminated UTF-8, not retained). */
NAPI_EXTERN napi_status NAPI_CDECL napi_set_named_property(napi_env env,
                                                           napi_value object,
                                                           const char* utf8name,
                                                           napi_value value);
/* *result <- (utf8name in object). */
NAPI_EXTERN napi_status NAPI_CDECL napi_has_named_property(napi_env env,
                                                           napi_value object,
                                                           const char* utf8name,
                                                           bool* result);
/* *result <- object[utf8name]. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_named_property(napi_env env,
                                                           napi_value object,
                                                           const char* utf8name,
                                                           napi_value* result);
/* object[index] = value. */
NAPI_EXTERN napi_status NAPI_CDECL napi_set_element(napi_env env,
                                                    napi_value object,
                                                    uint32_t index,
                                                    napi_value value);
/* *result <- (index in object). */
NAPI_EXTERN napi_status NAPI_CDECL napi_has_element(napi_env env,
                                                    napi_value object,
                                                    uint32_t index,
                                                    bool* result);
/* *result <- object[index]. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_element(napi_env env,
                                                    napi_value object,
                                                    uint32_t index,
                                                    napi_value* result);
/* delete object[index]; *result (optional) <- whether deletion succeeded. */
NAPI_EXTERN napi_status NAPI_CDECL napi_delete_element(napi_env env,
                                                       napi_value object,
                                                       uint32_t index,
                                                       bool* result);
/* Defines property_count properties; descriptors are read, not retained. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_define_properties(napi_env env,
                       napi_value object,
                       size_t property_count,
                       const napi_property_descriptor* properties);

/* ---- Arrays and comparison ----------------------------------------------- */

/* *result <- Array.isArray(value). */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_array(napi_env env,
                                                 napi_value value,
                                                 bool* result);
/* *result <- array.length; napi_array_expected for non-arrays. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_array_length(napi_env env,
                                                         napi_value value,
                                                         uint32_t* result);
/* *result <- (lhs === rhs). */
NAPI_EXTERN napi_status NAPI_CDECL napi_strict_equals(napi_env env,
                                                      napi_value lhs,
                                                      napi_value rhs,
                                                      bool* result);

/* ---- Functions and classes ----------------------------------------------- */

/* *result (optional) <- func.apply(recv, argv[0..argc)). */
NAPI_EXTERN napi_status NAPI_CDECL napi_call_function(napi_env env,
                                                      napi_value recv,
                                                      napi_value func,
                                                      size_t argc,
                                                      const napi_value* argv,
                                                      napi_value* result);
/* *result <- new constructor(...argv). */
NAPI_EXTERN napi_status NAPI_CDECL napi_new_instance(napi_env env,
                                                     napi_value constructor,
                                                     size_t argc,
                                                     const napi_value* argv,
                                                     napi_value* result);
/* *result <- (object instanceof constructor); may run JS. */
NAPI_EXTERN napi_status NAPI_CDECL napi_instanceof(napi_env env,
                                                   napi_value object,
                                                   napi_value constructor,
                                                   bool* result);

/* Inside a callback: *argc in = capacity of argv, out = actual arg count;
 * argv[] <- args (padded with undefined); *this_arg <- receiver; *data <- the
 * callback's data pointer. Every out-param is optional. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_cb_info(napi_env env,
                                                    napi_callback_info cbinfo,
                                                    size_t* argc,
                                                    napi_value* argv,
                                                    napi_value* this_arg,
                                                    void** data);

/* *result <- new.target of the call, or NULL when not a construct call. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_new_target(
    napi_env env, napi_callback_info cbinfo, napi_value* result);
/* *result <- class constructor with the given (static/prototype) members;
 * name and descriptors are copied. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_define_class(napi_env env,
                  const char* utf8name,
                  size_t length,
                  napi_callback constructor,
                  void* data,
                  size_t property_count,
                  const napi_property_descriptor* properties,
                  napi_value* result);

/* ---- Wrapping native data ------------------------------------------------ */

/* Attaches native_object to js_object; finalize_cb (optional) runs when the
 * object is collected. *result (optional) <- weak reference owned by caller. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_wrap(napi_env env,
          napi_value js_object,
          void* native_object,
          node_api_basic_finalize finalize_cb,
          void* finalize_hint,
          napi_ref* result);
/* *result <- pointer previously attached by napi_wrap. */
NAPI_EXTERN napi_status NAPI_CDECL napi_unwrap(napi_env env,
                                               napi_value js_object,
                                               void** result);
/* Detaches the wrap (finalizer will not run); *result <- the native pointer. */
NAPI_EXTERN napi_status NAPI_CDECL napi_remove_wrap(napi_env env,
                                                    napi_value js_object,
                                                    void** result);
/* *result <- external value holding data; finalize_cb runs on collection. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_external(napi_env env,
                     void* data,
                     node_api_basic_finalize finalize_cb,
                     void* finalize_hint,
                     napi_value* result);
/* *result <- pointer held by an external value. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_external(napi_env env,
                                                           napi_value value,
                                                           void** result);

/* ---- References and handle scopes ---------------------------------------- */

/* *result <- new reference (caller owns; free with napi_delete_reference).
 * initial_refcount 0 = weak, >0 = strong. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_reference(napi_env env,
                      napi_value value,
                      uint32_t initial_refcount,
                      napi_ref* result);
/* Frees ref. Callable during GC. */
NAPI_EXTERN napi_status NAPI_CDECL napi_delete_reference(node_api_basic_env env,
                                                         napi_ref ref);
/* Increments refcount; *result (optional) <- new count. */
NAPI_EXTERN napi_status NAPI_CDECL napi_reference_ref(napi_env env,
                                                      napi_ref ref,
                                                      uint32_t* result);
/* Decrements refcount (error if already 0); *result (optional) <- new count. */
NAPI_EXTERN napi_status NAPI_CDECL napi_reference_unref(napi_env env,
                                                        napi_ref ref,
                                                        uint32_t* result);
/* *result <- referenced value, or NULL if a weak target was collected. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_reference_value(napi_env env,
                                                            napi_ref ref,
                                                            napi_value* result);

/* *result <- new handle scope; close it in LIFO order. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_open_handle_scope(napi_env env, napi_handle_scope* result);
/* Closes scope; handles created in it become invalid. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_close_handle_scope(napi_env env, napi_handle_scope scope);
/* *result <- new escapable handle scope. */
NAPI_EXTERN napi_status NAPI_CDECL napi_open_escapable_handle_scope(
    napi_env env, napi_escapable_handle_scope* result);
/* Closes an escapable scope. */
NAPI_EXTERN napi_status NAPI_CDECL napi_close_escapable_handle_scope(
    napi_env env, napi_escapable_handle_scope scope);
/* *result <- escapee re-homed in the parent scope; allowed once per scope. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_escape_handle(napi_env env,
                   napi_escapable_handle_scope scope,
                   napi_value escapee,
                   napi_value* result);

/* ---- Exceptions ---------------------------------------------------------- */

/* Throws error (any value). */
NAPI_EXTERN napi_status NAPI_CDECL napi_throw(napi_env env, napi_value error);
/* Throws new Error(msg) with optional .code; strings are copied. */
NAPI_EXTERN napi_status NAPI_CDECL napi_throw_error(napi_env env,
                                                    const char* code,
                                                    const char* msg);
/* Throws new TypeError(msg) with optional .code. */
NAPI_EXTERN napi_status NAPI_CDECL napi_throw_type_error(napi_env env,
                                                         const char* code,
                                                         const char* msg);
/* Throws new RangeError(msg) with optional .code. */
NAPI_EXTERN napi_status NAPI_CDECL napi_throw_range_error(napi_env env,
                                                          const char* code,
                                                          const char* msg);
#if NAPI_VERSION >= 9
/* Throws new SyntaxError(msg) with optional .code. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_throw_syntax_error(napi_env env,
                                                               const char* code,
                                                               const char* msg);
#endif  // NAPI_VERSION >= 9
/* *result <- whether value is an Error object. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_error(napi_env env,
                                                 napi_value value,
                                                 bool* result);
/* *result <- whether a JS exception is pending. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_exception_pending(napi_env env,
                                                             bool* result);
/* *result <- pending exception (cleared), or undefined if none. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_get_and_clear_last_exception(napi_env env, napi_value* result);

/* ---- ArrayBuffer, TypedArray, DataView ----------------------------------- */

/* *result <- whether value is an ArrayBuffer. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_arraybuffer(napi_env env,
                                                       napi_value value,
                                                       bool* result);
/* *result <- new zeroed ArrayBuffer; *data (optional) <- engine-owned bytes. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_arraybuffer(napi_env env,
                                                           size_t byte_length,
                                                           void** data,
                                                           napi_value* result);
#ifndef NODE_API_NO_EXTERNAL_BUFFERS_ALLOWED
/* *result <- ArrayBuffer over caller memory (caller owns it until finalize_cb);
 * may fail with napi_no_external_buffers_allowed. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_external_arraybuffer(napi_env env,
                                 void* external_data,
                                 size_t byte_length,
                                 node_api_basic_finalize finalize_cb,
                                 void* finalize_hint,
                                 napi_value* result);
#endif  // NODE_API_NO_EXTERNAL_BUFFERS_ALLOWED
/* *data, *byte_length (both optional) <- backing store of an ArrayBuffer. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_arraybuffer_info(
    napi_env env, napi_value arraybuffer, void** data, size_t* byte_length);
/* *result <- whether value is a TypedArray. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_typedarray(napi_env env,
                                                      napi_value value,
                                                      bool* result);
/* *result <- TypedArray of `length` elements viewing arraybuffer at offset. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_typedarray(napi_env env,
                       napi_typedarray_type type,
                       size_t length,
                       napi_value arraybuffer,
                       size_t byte_offset,
                       napi_value* result);
/* Optional outs <- element type, element count, pointer to first element,
 * underlying buffer, byte offset. Pointer is engine-owned. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_get_typedarray_info(napi_env env,
                         napi_value typedarray,
                         napi_typedarray_type* type,
                         size_t* length,
                         void** data,
                         napi_value* arraybuffer,
                         size_t* byte_offset);

/* *result <- DataView of `length` bytes over arraybuffer at byte_offset. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_dataview(napi_env env,
                                                        size_t length,
                                                        napi_value arraybuffer,
                                                        size_t byte_offset,
                                                        napi_value* result);
/* *result <- whether value is a DataView. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_dataview(napi_env env,
                                                    napi_value value,
                                                    bool* result);
/* Optional outs <- byte length, data pointer, underlying buffer, offset. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_get_dataview_info(napi_env env,
                       napi_value dataview,
                       size_t* bytelength,
                       void** data,
                       napi_value* arraybuffer,
                       size_t* byte_offset);

#ifdef NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_HAS_SHAREDARRAYBUFFER
/* *result <- whether value is a SharedArrayBuffer. */
NAPI_EXTERN napi_status NAPI_CDECL
node_api_is_sharedarraybuffer(napi_env env, napi_value value, bool* result);
/* *result <- new zeroed SharedArrayBuffer; *data (optional) <- engine-owned
 * bytes. */
NAPI_EXTERN napi_status NAPI_CDECL node_api_create_sharedarraybuffer(
    napi_env env, size_t byte_length, void** data, napi_value* result);
#endif  // NAPI_EXPERIMENTAL

/* ---- Version, promises, scripts, memory ---------------------------------- */

/* *result <- highest Node-API version the runtime supports. Callable in GC. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_version(node_api_basic_env env,
                                                    uint32_t* result);

/* *deferred <- resolver handle (consumed by resolve/reject); *promise <- the
 * new promise. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_promise(napi_env env,
                                                       napi_deferred* deferred,
                                                       napi_value* promise);
/* Resolves and frees deferred. */
NAPI_EXTERN napi_status NAPI_CDECL napi_resolve_deferred(napi_env env,
                                                         napi_deferred deferred,
                                                         napi_value resolution);
/* Rejects and frees deferred. */
NAPI_EXTERN napi_status NAPI_CDECL napi_reject_deferred(napi_env env,
                                                        napi_deferred deferred,
                                                        napi_value rejection);
/* *is_promise <- whether value is a native Promise. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_promise(napi_env env,
                                                   napi_value value,
                                                   bool* is_promise);

/* *result <- completion value of evaluating the script string. */
NAPI_EXTERN napi_status NAPI_CDECL napi_run_script(napi_env env,
                                                   napi_value script,
                                                   napi_value* result);

/* Reports externally held memory; *adjusted_value <- new total. GC-safe. */
NAPI_EXTERN napi_status NAPI_CDECL napi_adjust_external_memory(
    node_api_basic_env env, int64_t change_in_bytes, int64_t* adjusted_value);

#if NAPI_VERSION >= 5

/* *result <- new Date with the given ms-since-epoch time value. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_date(napi_env env,
                                                    double time,
                                                    napi_value* result);
/* *is_date <- whether value is a Date. */
NAPI_EXTERN napi_status NAPI_CDECL napi_is_date(napi_env env,
                                                napi_value value,
                                                bool* is_date);
/* *result <- Date's time value in ms; napi_date_expected otherwise. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_date_value(napi_env env,
                                                       napi_value value,
                                                       double* result);

/* Runs finalize_cb(finalize_data) when js_object is collected; *result
 * (optional) <- weak reference owned by caller. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_add_finalizer(napi_env env,
                   napi_value js_object,
                   void* finalize_data,
                   node_api_basic_finalize finalize_cb,
                   void* finalize_hint,
                   napi_ref* result);

#endif  // NAPI_VERSION >= 5

#ifdef NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_HAS_POST_FINALIZER
/* From a GC-time finalizer: schedules finalize_cb to run later on the JS
 * thread with a full env. No out-param. */
NAPI_EXTERN napi_status NAPI_CDECL
node_api_post_finalizer(node_api_basic_env env,
                        napi_finalize finalize_cb,
                        void* finalize_data,
                        void* finalize_hint);
#endif  // NAPI_EXPERIMENTAL

#if NAPI_VERSION >= 6

/* *result <- BigInt from int64. */
NAPI_EXTERN napi_status NAPI_CDECL napi_create_bigint_int64(napi_env env,
                                                            int64_t value,
                                                            napi_value* result);
/* *result <- BigInt from uint64. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_bigint_uint64(napi_env env, uint64_t value, napi_value* result);
/* *result <- BigInt from little-endian 64-bit words (copied) and sign. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_create_bigint_words(napi_env env,
                         int sign_bit,
                         size_t word_count,
                         const uint64_t* words,
                         napi_value* result);
/* *result <- BigInt as int64; *lossless <- whether it fit. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_bigint_int64(napi_env env,
                                                               napi_value value,
                                                               int64_t* result,
                                                               bool* lossless);
/* *result <- BigInt as uint64; *lossless <- whether it fit. */
NAPI_EXTERN napi_status NAPI_CDECL napi_get_value_bigint_uint64(
    napi_env env, napi_value value, uint64_t* result, bool* lossless);
/* words==NULL: *word_count <- needed words. Else fills up to *word_count
 * words, *sign_bit <- sign, *word_count <- words written. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_get_value_bigint_words(napi_env env,
                            napi_value value,
                            int* sign_bit,
                            size_t* word_count,
                            uint64_t* words);

/* *result <- array of keys selected by mode/filter/conversion. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_get_all_property_names(napi_env env,
                            napi_value object,
                            napi_key_collection_mode key_mode,
                            napi_key_filter key_filter,
                            napi_key_conversion key_conversion,
                            napi_value* result);

/* Stores per-env addon data; finalize_cb runs at env teardown. GC-safe. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_set_instance_data(node_api_basic_env env,
                       void* data,
                       napi_finalize finalize_cb,
                       void* finalize_hint);
/* *data <- pointer stored by napi_set_instance_data (or NULL). GC-safe. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_get_instance_data(node_api_basic_env env, void** data);
#endif  // NAPI_VERSION >= 6

#if NAPI_VERSION >= 7
/* Detaches a detachable ArrayBuffer (its byteLength becomes 0). */
NAPI_EXTERN napi_status NAPI_CDECL
napi_detach_arraybuffer(napi_env env, napi_value arraybuffer);
/* *result <- whether value is a detached ArrayBuffer. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_is_detached_arraybuffer(napi_env env, napi_value value, bool* result);
#endif  // NAPI_VERSION >= 7

#if NAPI_VERSION >= 8
/* Tags object with *type_tag (copied); fails if already tagged. */
NAPI_EXTERN napi_status NAPI_CDECL napi_type_tag_object(
    napi_env env, napi_value value, const napi_type_tag* type_tag);
/* *result <- whether value carries exactly *type_tag. */
NAPI_EXTERN napi_status NAPI_CDECL
napi_check_object_type_tag(napi_env env,
                           napi_value value,
                           const napi_type_tag* type_tag,
                           bool* result);
/* Object.freeze(object). */
NAPI_EXTERN napi_status NAPI_CDECL napi_object_freeze(napi_env env,
                                                      napi_value object);
/* Object.seal(object). */
NAPI_EXTERN napi_status NAPI_CDECL napi_object_seal(napi_env env,
                                                    napi_value object);
#endif  // NAPI_VERSION >= 8

EXTERN_C_END

#endif  // SRC_JS_NATIVE_API_H_
