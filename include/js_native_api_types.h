/*
 * nari -- Node-API engine-neutral type definitions.
 *
 * ABI-compatible with Node.js' js_native_api_types.h (Node-API 10 plus the
 * experimental surface). All names, values and layouts below are part of the
 * binary contract with compiled addons and must not be changed.
 */
#ifndef SRC_JS_NATIVE_API_TYPES_H_
#define SRC_JS_NATIVE_API_TYPES_H_

/* Sentinel version used when an addon opts into experimental APIs. */
#define NAPI_VERSION_EXPERIMENTAL 2147483647

/* Node-API version the addon targets. Defaults to 8 (or to the experimental
 * sentinel when NAPI_EXPERIMENTAL is set); addons may override it. */
#ifndef NAPI_VERSION
#ifdef NAPI_EXPERIMENTAL
#define NAPI_VERSION NAPI_VERSION_EXPERIMENTAL
#else
#define NAPI_VERSION 8
#endif
#endif

/* Must stay consumable from C. */
#include <stddef.h>  // NOLINT(modernize-deprecated-headers)
#include <stdint.h>  // NOLINT(modernize-deprecated-headers)

#if !defined __cplusplus || (defined(_MSC_VER) && _MSC_VER < 1900)
typedef uint16_t char16_t;
#endif

#ifndef NAPI_CDECL
#ifdef _WIN32
#define NAPI_CDECL __cdecl
#else
#define NAPI_CDECL
#endif
#endif

/* Opaque handles. Distinct incomplete struct types (never void*) so that
 * mixing handle kinds is a compile error. */
typedef struct napi_env__* napi_env;

/* "Basic" environment: the handle type accepted by calls that are safe to make
 * from a finalizer running during garbage collection. Under NAPI_EXPERIMENTAL
 * it is const-qualified (unless an opt-out macro is set), so a finalizer that
 * receives one cannot pass it to a call that needs a full napi_env. */
#if !defined(NAPI_EXPERIMENTAL) ||                                             \
    (defined(NAPI_EXPERIMENTAL) &&                                             \
     (defined(NODE_API_EXPERIMENTAL_NOGC_ENV_OPT_OUT) ||                       \
      defined(NODE_API_EXPERIMENTAL_BASIC_ENV_OPT_OUT)))
typedef struct napi_env__* node_api_nogc_env;
#else
typedef const struct napi_env__* node_api_nogc_env;
#endif
typedef node_api_nogc_env node_api_basic_env;

typedef struct napi_value__* napi_value;
typedef struct napi_ref__* napi_ref;
typedef struct napi_handle_scope__* napi_handle_scope;
typedef struct napi_escapable_handle_scope__* napi_escapable_handle_scope;
typedef struct napi_callback_info__* napi_callback_info;
typedef struct napi_deferred__* napi_deferred;

/* Property attribute bit flags. */
typedef enum {
  napi_default = 0,
  napi_writable = 1 << 0,
  napi_enumerable = 1 << 1,
  napi_configurable = 1 << 2,

  /* napi_define_class only: marks a static (constructor) member. */
  napi_static = 1 << 10,

#if NAPI_VERSION >= 8
  /* Usual attributes for class methods. */
  napi_default_method = napi_writable | napi_configurable,

  /* Attributes of a plain JS assignment `obj[key] = v`. */
  napi_default_jsproperty = napi_writable | napi_enumerable | napi_configurable,
#endif  // NAPI_VERSION >= 8
} napi_property_attributes;

/* Result of napi_typeof. */
typedef enum {
  napi_undefined,
  napi_null,
  napi_boolean,
  napi_number,
  napi_string,
  napi_symbol,
  napi_object,
  napi_function,
  napi_external,
  napi_bigint,
} napi_valuetype;

/* Element kind of a TypedArray. */
typedef enum {
  napi_int8_array,
  napi_uint8_array,
  napi_uint8_clamped_array,
  napi_int16_array,
  napi_uint16_array,
  napi_int32_array,
  napi_uint32_array,
  napi_float32_array,
  napi_float64_array,
  napi_bigint64_array,
  napi_biguint64_array,
#define NODE_API_HAS_FLOAT16_ARRAY
  napi_float16_array,
} napi_typedarray_type;

/* Status code returned by every Node-API call. Values are ABI. */
typedef enum {
  napi_ok,
  napi_invalid_arg,
  napi_object_expected,
  napi_string_expected,
  napi_name_expected,
  napi_function_expected,
  napi_number_expected,
  napi_boolean_expected,
  napi_array_expected,
  napi_generic_failure,
  napi_pending_exception,
  napi_cancelled,
  napi_escape_called_twice,
  napi_handle_scope_mismatch,
  napi_callback_scope_mismatch,
  napi_queue_full,
  napi_closing,
  napi_bigint_expected,
  napi_date_expected,
  napi_arraybuffer_expected,
  napi_detachable_arraybuffer_expected,
  napi_would_deadlock, /* reserved; never returned */
  napi_no_external_buffers_allowed,
  napi_cannot_run_js,
} napi_status;

/* Native function invoked from JS; returns the JS result (NULL = undefined). */
typedef napi_value(NAPI_CDECL* napi_callback)(napi_env env,
                                              napi_callback_info info);
/* Finalizer that runs on the JS thread with a full environment. */
typedef void(NAPI_CDECL* napi_finalize)(napi_env env,
                                        void* finalize_data,
                                        void* finalize_hint);

/* Finalizer that may run during GC; only receives a basic environment under
 * NAPI_EXPERIMENTAL (without opt-out), otherwise identical to napi_finalize. */
#if !defined(NAPI_EXPERIMENTAL) ||                                             \
    (defined(NAPI_EXPERIMENTAL) &&                                             \
     (defined(NODE_API_EXPERIMENTAL_NOGC_ENV_OPT_OUT) ||                       \
      defined(NODE_API_EXPERIMENTAL_BASIC_ENV_OPT_OUT)))
typedef napi_finalize node_api_nogc_finalize;
#else
typedef void(NAPI_CDECL* node_api_nogc_finalize)(node_api_nogc_env env,
                                                 void* finalize_data,
                                                 void* finalize_hint);
#endif
typedef node_api_nogc_finalize node_api_basic_finalize;

/* Finalizer with no environment; may be invoked on any thread. */
typedef void(NAPI_CDECL* node_api_noenv_finalize)(void* finalize_data,
                                                  void* finalize_hint);

/* Describes one property for napi_define_properties / napi_define_class.
 * Exactly one of utf8name / name is non-NULL. */
typedef struct {
  const char* utf8name;
  napi_value name;

  napi_callback method;
  napi_callback getter;
  napi_callback setter;
  napi_value value;

  napi_property_attributes attributes;
  void* data;
} napi_property_descriptor;

/* Detail record for the most recent failed call on an env. */
typedef struct {
  const char* error_message;
  void* engine_reserved;
  uint32_t engine_error_code;
  napi_status error_code;
} napi_extended_error_info;

#if NAPI_VERSION >= 6
/* napi_get_all_property_names: walk the prototype chain or not. */
typedef enum {
  napi_key_include_prototypes,
  napi_key_own_only
} napi_key_collection_mode;

/* napi_get_all_property_names: key filter bit flags. */
typedef enum {
  napi_key_all_properties = 0,
  napi_key_writable = 1,
  napi_key_enumerable = 1 << 1,
  napi_key_configurable = 1 << 2,
  napi_key_skip_strings = 1 << 3,
  napi_key_skip_symbols = 1 << 4
} napi_key_filter;

/* napi_get_all_property_names: how integer-like keys are reported. */
typedef enum {
  napi_key_keep_numbers,
  napi_key_numbers_to_strings
} napi_key_conversion;
#endif  // NAPI_VERSION >= 6

#if NAPI_VERSION >= 8
/* 128-bit tag attached to objects by napi_type_tag_object. */
typedef struct {
  uint64_t lower;
  uint64_t upper;
} napi_type_tag;
#endif  // NAPI_VERSION >= 8

#endif  // SRC_JS_NATIVE_API_TYPES_H_
