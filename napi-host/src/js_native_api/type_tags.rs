//! Type tags: a 128-bit tag attached once to an object or external, so an
//! addon can later check that a JS value is one of its own.
//!
//! The tag lives in a private property of the object (invisible to JS) as a
//! two-word BigInt. Values are converted with ToObject first, as in Node:
//! `null` / `undefined` throw (the TypeError stays pending), other primitives
//! tag a temporary wrapper object.

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::v8::{self, Local, PrivateKey};

/// The object behind `value` (ToObject), or a pending TypeError.
///
/// # Safety
/// `value` must be NULL or a live handle.
unsafe fn tag_target(env: &Env, value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    env.js(value.to_object())
}

/// # Safety
/// `type_tag` must be NULL or valid for reads.
unsafe fn tag_arg(type_tag: *const napi_type_tag) -> NapiResult<napi_type_tag> {
    // SAFETY: per the caller's guarantee.
    unsafe { type_tag.as_ref() }
        .copied()
        .ok_or(napi_invalid_arg)
}

napi_fn! {
    /// Tags `value` with `*type_tag` (copied). A value already tagged gives
    /// `napi_invalid_arg`.
    js fn napi_type_tag_object(env, value: napi_value, type_tag: *const napi_type_tag) {
        // NULL or live handle; NULL or readable tag (the Node-API contract).
        let object = tag_target(env, value)?;
        let tag = tag_arg(type_tag)?;
        if object.has_private(PrivateKey::TypeTag).ok_or(napi_generic_failure)? {
            return Err(napi_invalid_arg);
        }
        let stored = v8::new_type_tag(tag.lower, tag.upper).ok_or(napi_generic_failure)?;
        if !object.set_private(PrivateKey::TypeTag, stored) {
            return Err(napi_generic_failure);
        }
        Ok(())
    }
}

napi_fn! {
    /// Writes whether `value` carries exactly `*type_tag` (false when untagged).
    js fn napi_check_object_type_tag(
        env,
        value: napi_value,
        type_tag: *const napi_type_tag,
        result: *mut bool,
    ) {
        // NULL or live handle; NULL or readable tag (the Node-API contract).
        let object = tag_target(env, value)?;
        let tag = tag_arg(type_tag)?;
        let result = out(result)?;
        let stored = object.get_private(PrivateKey::TypeTag).ok_or(napi_generic_failure)?;
        let matches = v8::read_type_tag(stored) == Some((tag.lower, tag.upper));
        result.set(matches);
        Ok(())
    }
}
