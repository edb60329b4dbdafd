//! ArrayBuffers and SharedArrayBuffers: creating them (engine-owned or over
//! the addon's memory), reading their memory, detaching.
//!
//! As current Node does (checked against 26; Node 20 refuses them), the
//! functions that read a buffer
//! (`napi_get_arraybuffer_info`, and the view constructors in
//! typedarrays.rs/dataviews.rs) accept a SharedArrayBuffer too; the ones
//! about detaching take only ArrayBuffers.
//!
//! External ArrayBuffers: V8 calls the backing store's deleter once nothing
//! uses the memory — on any thread, possibly inside GC — so the deleter only
//! releases a `finalizers::track` token; the addon's finalizer then runs on
//! the JS thread (or at teardown), exactly once.

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::finalizers::{self, Finalize};
use crate::js_native_api::functions::static_env;
use crate::v8::{self, ErrorKind, Local};

/// Node's limit message for external buffers, from its `kMaxLength`.
const TOO_LARGE: &str = "Cannot create a Buffer larger than 0x1fffffffffffff bytes";

/// Makes a new error of `kind` with `message` and string property `code`
/// the pending exception.
pub(crate) fn throw_with_code(env: &Env, kind: ErrorKind, code: &str, message: &str) -> NapiResult {
    let text = v8::string_from_utf8(message.as_bytes()).ok_or(napi_generic_failure)?;
    let error = v8::new_error(kind, text);
    let code = v8::string_from_utf8(code.as_bytes()).ok_or(napi_generic_failure)?;
    env.js_or(
        error.set(v8::internalized_string("code"), code),
        napi_generic_failure,
    )?;
    env.set_pending_exception(error);
    Ok(())
}

/// Which buffer [`new_buffer`] makes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NewBuffer {
    /// A zero-filled ArrayBuffer.
    Zeroed,
    /// An ArrayBuffer whose every byte the caller writes before JS runs.
    Uninitialized,
    /// A zero-filled SharedArrayBuffer.
    Shared,
}

/// Writes `data` and `length` of a new engine-owned buffer, or throws the
/// RangeError `new ArrayBuffer(length)` would (`napi_pending_exception`).
///
/// Node aborts the process when the memory cannot be had; nari throws.
///
/// # Safety
/// `data` NULL or valid for writes; `result` likewise (NULL: `napi_invalid_arg`).
pub(crate) unsafe fn new_buffer(
    env: &Env,
    kind: NewBuffer,
    length: usize,
    data: *mut *mut c_void,
    result: *mut napi_value,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let result = unsafe { out(result) }?;
    let made = match kind {
        NewBuffer::Zeroed => v8::new_array_buffer(length, true),
        NewBuffer::Uninitialized => v8::new_array_buffer(length, false),
        NewBuffer::Shared => v8::new_shared_array_buffer(length),
    };
    let Some((buffer, memory)) = made else {
        let message = if length > v8::max_buffer_byte_length() {
            "Invalid array buffer length"
        } else {
            "Array buffer allocation failed"
        };
        let message = v8::string_from_utf8(message.as_bytes()).ok_or(napi_generic_failure)?;
        env.set_pending_exception(v8::new_error(ErrorKind::RangeError, message));
        return Err(napi_pending_exception);
    };
    // SAFETY: per the caller's guarantee (`data` is optional).
    if let Ok(data) = unsafe { out(data) } {
        data.set(memory);
    }
    result.set(buffer.to_napi());
    Ok(())
}

napi_fn! {
    /// `*result` <- a new zeroed ArrayBuffer of `byte_length` bytes; `*data`
    /// (optional) <- its memory, owned by the engine.
    js fn napi_create_arraybuffer(
        env,
        byte_length: usize,
        data: *mut *mut c_void,
        result: *mut napi_value,
    ) {
        new_buffer(env, NewBuffer::Zeroed, byte_length, data, result)
    }
}

napi_fn! {
    /// `*result` <- a new zeroed SharedArrayBuffer of `byte_length` bytes;
    /// `*data` (optional) <- its memory, owned by the engine.
    js fn node_api_create_sharedarraybuffer(
        env,
        byte_length: usize,
        data: *mut *mut c_void,
        result: *mut napi_value,
    ) {
        new_buffer(env, NewBuffer::Shared, byte_length, data, result)
    }
}

/// The backing-store deleter of external ArrayBuffers with a finalizer.
unsafe extern "C" fn released(_data: *mut c_void, _length: usize, token: *mut c_void) {
    finalizers::release(token);
}

/// An ArrayBuffer over the addon's memory whose finalizer (if any) runs once
/// V8 no longer uses it. Too long: throws Node's `ERR_BUFFER_TOO_LARGE`,
/// runs the finalizer at once (as Node does) and fails with
/// `napi_generic_failure`.
///
/// # Safety
/// `data` is valid for `length` bytes until the finalizer runs (the
/// Node-API contract of `napi_create_external_arraybuffer`).
pub(crate) unsafe fn new_external(
    env: &Env,
    data: *mut c_void,
    length: usize,
    finalize: Option<Finalize>,
) -> NapiResult<Local> {
    let env = static_env(env);
    if length > v8::max_buffer_byte_length() {
        throw_with_code(env, ErrorKind::Error, "ERR_BUFFER_TOO_LARGE", TOO_LARGE)?;
        if let Some(f) = finalize {
            // SAFETY: the addon's finalizer with its env and data, on the JS
            // thread, outside GC, once: the buffer was never made.
            unsafe { (f.callback)(env.as_napi(), f.data, f.hint) };
        }
        return Err(napi_generic_failure);
    }
    let (deleter, token) = match finalize {
        Some(f) => (Some(released as v8::Deleter), finalizers::track(env, f)),
        None => (None, std::ptr::null_mut()),
    };
    // SAFETY: the memory stays valid until the finalizer runs, which is after
    // the deleter (or at teardown, when no JS runs any more); the length is
    // checked above; `released` only takes a lock, from any thread.
    Ok(unsafe { v8::new_external_array_buffer(data, length, deleter, token) })
}

napi_fn! {
    /// `*result` <- an ArrayBuffer over `byte_length` bytes at
    /// `external_data`, which the addon owns and keeps valid until
    /// `finalize_cb(env, external_data, finalize_hint)` runs (once the buffer
    /// is collected or detached, or at teardown). As in Node, `result` may be
    /// NULL (the buffer is made and dropped).
    js fn napi_create_external_arraybuffer(
        env,
        external_data: *mut c_void,
        byte_length: usize,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
    ) {
        let finalize = finalize_cb.map(|callback| Finalize {
            callback,
            data: external_data,
            hint: finalize_hint,
        });
        let buffer = new_external(env, external_data, byte_length, finalize)?;
        if let Ok(result) = out(result) {
            result.set(buffer.to_napi());
        }
        Ok(())
    }
}

napi_fn! {
    /// `*data` and `*byte_length` (both optional) <- the memory of an
    /// ArrayBuffer or SharedArrayBuffer; other values: `napi_invalid_arg`.
    fn napi_get_arraybuffer_info(
        _env,
        arraybuffer: napi_value,
        data: *mut *mut c_void,
        byte_length: *mut usize,
    ) {
        let buffer = arg(arraybuffer)?;
        if !(buffer.is_array_buffer() || buffer.is_shared_array_buffer()) {
            return Err(napi_invalid_arg);
        }
        if let Ok(data) = out(data) {
            data.set(buffer.buffer_data());
        }
        if let Ok(byte_length) = out(byte_length) {
            byte_length.set(buffer.buffer_byte_length());
        }
        Ok(())
    }
}

/// A `bool` predicate: `value` and `result` must be non-NULL.
///
/// # Safety
/// The Node-API contract for `value` and `result`.
pub(crate) unsafe fn predicate(
    value: napi_value,
    result: *mut bool,
    test: impl FnOnce(Local) -> bool,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let (value, result) = unsafe { (arg(value)?, out(result)?) };
    result.set(test(value));
    Ok(())
}

napi_fn! {
    /// `*result` <- whether `value` is an ArrayBuffer (not a SharedArrayBuffer).
    fn napi_is_arraybuffer(_env, value: napi_value, result: *mut bool) {
        predicate(value, result, Local::is_array_buffer)
    }
}

napi_fn! {
    /// `*result` <- whether `value` is a SharedArrayBuffer.
    fn node_api_is_sharedarraybuffer(_env, value: napi_value, result: *mut bool) {
        predicate(value, result, Local::is_shared_array_buffer)
    }
}

napi_fn! {
    /// Detaches an ArrayBuffer: its length and its views' become 0. Not an
    /// ArrayBuffer: `napi_arraybuffer_expected`; one that cannot be detached
    /// (e.g. a WebAssembly memory's): `napi_detachable_arraybuffer_expected`.
    fn napi_detach_arraybuffer(_env, arraybuffer: napi_value) {
        let buffer = arg(arraybuffer)?;
        if !buffer.is_array_buffer() {
            return Err(napi_arraybuffer_expected);
        }
        if !buffer.is_detachable() {
            return Err(napi_detachable_arraybuffer_expected);
        }
        buffer.detach();
        Ok(())
    }
}

napi_fn! {
    /// `*result` <- whether `value` is a detached ArrayBuffer (false for
    /// anything else).
    fn napi_is_detached_arraybuffer(_env, value: napi_value, result: *mut bool) {
        predicate(value, result, |v| v.is_array_buffer() && v.was_detached())
    }
}
