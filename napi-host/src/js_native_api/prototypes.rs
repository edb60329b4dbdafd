//! Prototypes, integrity levels and key listing: `napi_get_prototype`,
//! `node_api_set_prototype`, `napi_object_freeze`, `napi_object_seal`,
//! `napi_get_property_names`, `napi_get_all_property_names`.
//!
//! As in Node, the target goes through ToObject: primitives are boxed (so the
//! call acts on a temporary wrapper), `null`/`undefined` give
//! `napi_object_expected` with the TypeError pending.

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::v8::{self, IntegrityLevel, KeyQuery, Local};

/// ToObject of an argument: NULL is `napi_invalid_arg`; null and undefined
/// are `napi_object_expected`, their TypeError left pending.
///
/// # Safety
/// `value` NULL or a live handle.
pub(crate) unsafe fn to_object(env: &Env, value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if value.is_object() {
        return Ok(value);
    }
    env.js_or(value.to_object(), napi_object_expected)
}

napi_fn! {
    /// Writes the prototype of `object`. No trap runs: a proxy reports its own
    /// (null) prototype, not its target's.
    js fn napi_get_prototype(env, object: napi_value, result: *mut napi_value) {
        let result = out(result)?;
        let object = to_object(env, object)?;
        result.set(object.get_prototype().to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Sets the prototype of `object` to `value`. Values other than objects and
    /// null leave it unchanged; a refusal (non-extensible object, cycle, a
    /// proxy trap saying no or throwing) is `napi_generic_failure`, with no
    /// exception pending (current Node drops the trap's exception too).
    js fn node_api_set_prototype(env, object: napi_value, value: napi_value) {
        let value = arg(value)?;
        let object = to_object(env, object)?;
        if !value.is_object() && !value.strict_equals(v8::null()) {
            return Ok(());
        }
        if env.js(object.set_prototype(value))? {
            Ok(())
        } else {
            Err(napi_generic_failure)
        }
    }
}

/// `Object.freeze` / `Object.seal`. A proxy trap that throws or refuses (V8
/// throws a TypeError then) leaves the exception pending.
///
/// # Safety
/// `object` NULL or a live handle.
unsafe fn set_integrity_level(env: &Env, object: napi_value, level: IntegrityLevel) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let object = unsafe { to_object(env, object) }?;
    if env.js(object.set_integrity_level(level))? {
        Ok(())
    } else {
        Err(napi_generic_failure)
    }
}

napi_fn! {
    /// `Object.freeze(object)`.
    js fn napi_object_freeze(env, object: napi_value) {
        set_integrity_level(env, object, IntegrityLevel::Frozen)
    }
}

napi_fn! {
    /// `Object.seal(object)`.
    js fn napi_object_seal(env, object: napi_value) {
        set_integrity_level(env, object, IntegrityLevel::Sealed)
    }
}

/// The keys of `object` that `query` selects, written to `result` as an array.
/// A throwing proxy trap leaves its exception pending (`napi_pending_exception`).
///
/// # Safety
/// `object` NULL or a live handle; `result` NULL or valid for writes.
unsafe fn property_names(
    env: &Env,
    object: napi_value,
    query: impl FnOnce() -> NapiResult<KeyQuery>,
    result: *mut napi_value,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let result = unsafe { out(result) }?;
    // SAFETY: per the caller's guarantee.
    let object = unsafe { to_object(env, object) }?;
    let names = env.js(object.property_names(query()?))?;
    result.set(names.to_napi());
    Ok(())
}

napi_fn! {
    /// Writes an array of the enumerable string keys of `object` and its
    /// prototypes, indices as strings (what `for…in` visits).
    js fn napi_get_property_names(env, object: napi_value, result: *mut napi_value) {
        let query = KeyQuery {
            only_enumerable: true,
            skip_symbols: true,
            numbers_to_strings: true,
            ..KeyQuery::default()
        };
        property_names(env, object, || Ok(query), result)
    }
}

napi_fn! {
    /// Writes an array of the keys of `object` (own, or with its prototypes'),
    /// filtered by the `key_filter` bits, indices as numbers or strings.
    /// Unknown `key_mode` or `key_conversion` values are `napi_invalid_arg`.
    js fn napi_get_all_property_names(
        env,
        object: napi_value,
        key_mode: napi_key_collection_mode,
        key_filter: napi_key_filter,
        key_conversion: napi_key_conversion,
        result: *mut napi_value,
    ) {
        let query = || {
            let own_only = match key_mode {
                napi_key_include_prototypes => false,
                napi_key_own_only => true,
                _ => return Err(napi_invalid_arg),
            };
            let numbers_to_strings = match key_conversion {
                napi_key_keep_numbers => false,
                napi_key_numbers_to_strings => true,
                _ => return Err(napi_invalid_arg),
            };
            Ok(KeyQuery {
                own_only,
                only_writable: key_filter & napi_key_writable != 0,
                only_enumerable: key_filter & napi_key_enumerable != 0,
                only_configurable: key_filter & napi_key_configurable != 0,
                skip_strings: key_filter & napi_key_skip_strings != 0,
                skip_symbols: key_filter & napi_key_skip_symbols != 0,
                numbers_to_strings,
            })
        };
        property_names(env, object, query, result)
    }
}
