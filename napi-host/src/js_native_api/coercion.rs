//! The ECMAScript abstract conversions ToBoolean, ToNumber, ToObject and
//! ToString.
//!
//! All four go through the JS-running prologue. The last three can run JS
//! (`valueOf`, `toString`, `Symbol.toPrimitive`) or throw (a Symbol to number
//! or string, a BigInt to number, null/undefined to object). As in Node, a
//! throw leaves the exception pending and the call fails with the "expected"
//! status of the target type (`napi_number_expected`, `napi_object_expected`,
//! `napi_string_expected`).

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::v8::{Exception, Local};

/// Shared shape of the three conversions that can throw.
///
/// # Safety
/// `value` NULL or live; `result` NULL or writable.
unsafe fn coerce(
    env: &Env,
    value: napi_value,
    result: *mut napi_value,
    convert: fn(Local) -> Result<Local, Exception>,
    failure: napi_status,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let (value, result) = unsafe { (arg(value)?, out(result)?) };
    result.set(env.js_or(convert(value), failure)?.to_napi());
    Ok(())
}

napi_fn! {
    /// `*result` <- `true` or `false` by JS truthiness (runs no JS).
    js fn napi_coerce_to_bool(_env, value: napi_value, result: *mut napi_value) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(value.to_boolean().to_napi());
        Ok(())
    }
}

napi_fn! {
    js fn napi_coerce_to_number(env, value: napi_value, result: *mut napi_value) {
        coerce(env, value, result, Local::to_number, napi_number_expected)
    }
}

napi_fn! {
    /// Objects are returned as they are; primitives are boxed.
    js fn napi_coerce_to_object(env, value: napi_value, result: *mut napi_value) {
        coerce(env, value, result, Local::to_object, napi_object_expected)
    }
}

napi_fn! {
    js fn napi_coerce_to_string(env, value: napi_value, result: *mut napi_value) {
        coerce(env, value, result, Local::to_js_string, napi_string_expected)
    }
}
