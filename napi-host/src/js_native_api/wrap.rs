//! Wrapping: a native pointer attached to a JS object (`napi_wrap`), read back
//! (`napi_unwrap`), detached (`napi_remove_wrap`), and finalizers attached to
//! an object's lifetime (`napi_add_finalizer`).
//!
//! A wrap is a [`Reference`] record with count 0 (the object stays
//! collectable) stored on the object ([`Local::set_wrap`]: an embedder field
//! of class instances, a private property of other objects). Without a result reference the record belongs to
//! nari (freed when the object is collected or the wrap removed); with one it
//! belongs to the addon, which deletes it — normally in the finalizer.

use std::ffi::c_void;
use std::ptr::NonNull;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, NapiResult};
use crate::finalizers::{Finalize, Ownership, Reference};
use crate::js_native_api::functions::static_env;
use crate::js_native_api::references::write_optional;
use crate::v8::Local;

/// An object argument for the wrap functions: NULL or a non-object gives
/// `napi_invalid_arg` (not `napi_object_expected`, as in Node).
///
/// # Safety
/// `value` must be NULL or a live handle.
unsafe fn wrap_target(value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(napi_invalid_arg)
    }
}

/// The wrap record of `object`, if it has one.
fn wrap_record(object: Local) -> NapiResult<Option<NonNull<Reference>>> {
    let record = object.wrap().ok_or(napi_generic_failure)?;
    Ok(NonNull::new(record.cast::<Reference>()))
}

fn finalize_of(callback: napi_finalize, data: *mut c_void, hint: *mut c_void) -> Option<Finalize> {
    callback.map(|callback| Finalize {
        callback,
        data,
        hint,
    })
}

napi_fn! {
    /// Attaches `native_object` to `js_object` (an object not wrapped yet).
    /// `finalize_cb`, if given, runs with it once the object is collected (or
    /// at teardown). If `result` is not NULL it receives a weak reference
    /// owned by the caller; a finalizer is then required.
    js fn napi_wrap(
        env,
        js_object: napi_value,
        native_object: *mut c_void,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_ref,
    ) {
        // NULL or a live handle (the Node-API contract).
        let object = wrap_target(js_object)?;
        if wrap_record(object)?.is_some() {
            return Err(napi_invalid_arg);
        }
        if !result.is_null() && finalize_cb.is_none() {
            return Err(napi_invalid_arg);
        }
        let ownership = if result.is_null() {
            Ownership::Runtime
        } else {
            Ownership::Userland
        };
        let finalize = finalize_of(finalize_cb, native_object, finalize_hint);
        let record =
            Reference::create(static_env(env), Some(object), 0, ownership, finalize, native_object);
        // A Box's address, so aligned (set_wrap's contract).
        if !object.set_wrap(record.as_ptr().cast()) {
            // Just created and not handed out.
            Reference::delete(record);
            return Err(napi_generic_failure);
        }
        write_optional(result, record.as_ptr().cast());
        Ok(())
    }
}

/// `napi_unwrap` / `napi_remove_wrap`: writes the native pointer (if `result`
/// is not NULL) and, when removing, detaches the wrap without finalizing.
///
/// # Safety
/// `js_object` NULL or live; `result` NULL or valid for writes.
unsafe fn unwrap(js_object: napi_value, result: *mut *mut c_void, remove: bool) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let object = unsafe { wrap_target(js_object) }?;
    let record = wrap_record(object)?.ok_or(napi_invalid_arg)?;
    // SAFETY: the record of a live wrap (removing or deleting unwires it).
    let reference = unsafe { Reference::get(record) };
    if !result.is_null() {
        // SAFETY: a non-NULL out-pointer is valid for writes (the contract).
        unsafe { result.write(reference.data()) };
    }
    if remove {
        // SAFETY: null removes the wrap.
        if !unsafe { object.set_wrap(std::ptr::null_mut()) } {
            return Err(napi_generic_failure);
        }
        match reference.ownership() {
            // The addon still owns the reference; only the finalizer goes.
            Ownership::Userland => reference.reset_finalizer(),
            // SAFETY: nari's own record, no longer reachable from the object.
            Ownership::Runtime => unsafe { Reference::delete(record) },
        }
    }
    Ok(())
}

napi_fn! {
    /// Writes the pointer `napi_wrap` attached to `js_object`; an object
    /// without a wrap gives `napi_invalid_arg`.
    js fn napi_unwrap(_env, js_object: napi_value, result: *mut *mut c_void) {
        if js_object.is_null() {
            return Err(napi_invalid_arg);
        }
        out(result)?;
        unwrap(js_object, result, false)
    }
}

napi_fn! {
    /// Detaches the wrap of `js_object`, writing its pointer if `result` is
    /// not NULL. The wrap's finalizer will not run.
    js fn napi_remove_wrap(_env, js_object: napi_value, result: *mut *mut c_void) {
        // NULL or a live handle; NULL or a valid out-pointer.
        unwrap(js_object, result, true)
    }
}

napi_fn! {
    /// Runs `finalize_cb(env, finalize_data, finalize_hint)` once `js_object`
    /// is collected (or at teardown). If `result` is not NULL it receives a
    /// weak reference to the object, owned by the caller.
    fn napi_add_finalizer(
        env,
        js_object: napi_value,
        finalize_data: *mut c_void,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_ref,
    ) {
        let object = arg(js_object)?;
        let finalize = finalize_of(finalize_cb, finalize_data, finalize_hint).ok_or(napi_invalid_arg)?;
        if !object.is_object() {
            return Err(napi_invalid_arg);
        }
        let ownership = if result.is_null() {
            Ownership::Runtime
        } else {
            Ownership::Userland
        };
        let record =
            Reference::create(static_env(env), Some(object), 0, ownership, Some(finalize), finalize_data);
        write_optional(result, record.as_ptr().cast());
        Ok(())
    }
}
