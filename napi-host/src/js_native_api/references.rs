//! References (`napi_ref`): handles that keep a value alive while their count
//! is above zero, and hold it weakly at zero.
//!
//! A `napi_ref` is a pointer to a [`Reference`] record (see `finalizers`),
//! owned by the addon until `napi_delete_reference`. Objects and symbols are
//! held weakly at count zero (`napi_get_reference_value` then gives NULL once
//! they are collected); other values — allowed from Node-API 10 on — are
//! released at count zero.

use std::ptr::NonNull;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, NapiResult};
use crate::finalizers::{Ownership, Reference};
use crate::js_native_api::functions::static_env;

/// The record behind a `napi_ref`: NULL gives `napi_invalid_arg`.
///
/// # Safety
/// `reference` must be NULL or a live `napi_ref` from nari.
pub(crate) unsafe fn reference_arg<'a>(reference: napi_ref) -> NapiResult<&'a Reference> {
    let record = NonNull::new(reference.cast::<Reference>()).ok_or(napi_invalid_arg)?;
    // SAFETY: per the caller's guarantee, a live record.
    Ok(unsafe { Reference::get(record) })
}

/// Writes `value` through an optional out-pointer (NULL: nothing is written).
///
/// # Safety
/// `ptr` must be NULL or valid for writes of `T` (the Node-API contract).
pub(crate) unsafe fn write_optional<T>(ptr: *mut T, value: T) {
    if !ptr.is_null() {
        // SAFETY: non-NULL, so valid for writes per the caller's guarantee.
        unsafe { ptr.write(value) };
    }
}

napi_fn! {
    /// A new reference to `value` with count `initial_refcount`, owned by the
    /// caller (free it with `napi_delete_reference`). Below Node-API 10 only
    /// objects, functions and symbols are accepted (`napi_invalid_arg`).
    fn napi_create_reference(env, value: napi_value, initial_refcount: u32, result: *mut napi_ref) {
        let value = arg(value)?;
        let result = out(result)?;
        if env.module_api_version < 10 && !(value.is_object() || value.type_of() == napi_symbol) {
            return Err(napi_invalid_arg);
        }
        let record = Reference::create(
            static_env(env),
            Some(value),
            initial_refcount,
            Ownership::Userland,
            None,
            std::ptr::null_mut(),
        );
        result.set(record.as_ptr().cast());
        Ok(())
    }
}

napi_fn! {
    /// Frees a reference; its value is no longer held. Its finalizer (for a
    /// reference from `napi_wrap` / `napi_add_finalizer`) will not run.
    basic fn napi_delete_reference(_env, reference: napi_ref) {
        let record = NonNull::new(reference.cast::<Reference>()).ok_or(napi_invalid_arg)?;
        // The Node-API contract: a live napi_ref, given up by the addon.
        Reference::delete(record);
        Ok(())
    }
}

napi_fn! {
    /// Count + 1 (the value becomes strongly held); writes the new count if
    /// `result` is not NULL. A reference whose value is gone stays at 0.
    fn napi_reference_ref(_env, reference: napi_ref, result: *mut u32) {
        let count = reference_arg(reference)?.add_ref();
        write_optional(result, count);
        Ok(())
    }
}

napi_fn! {
    /// Count - 1 (at 0 the value is held weakly); writes the new count if
    /// `result` is not NULL. At count 0 already: `napi_generic_failure`.
    fn napi_reference_unref(_env, reference: napi_ref, result: *mut u32) {
        let reference = reference_arg(reference)?;
        if reference.count() == 0 {
            return Err(napi_generic_failure);
        }
        let count = reference.release();
        write_optional(result, count);
        Ok(())
    }
}

napi_fn! {
    /// Writes the referenced value, or NULL (with `napi_ok`) once it is gone.
    fn napi_get_reference_value(_env, reference: napi_ref, result: *mut napi_value) {
        let reference = reference_arg(reference)?;
        let result = out(result)?;
        result.set(reference.value().map_or(std::ptr::null_mut(), |v| v.to_napi()));
        Ok(())
    }
}
