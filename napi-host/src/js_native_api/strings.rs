//! Strings: creation from and extraction to UTF-8, Latin-1 and UTF-16;
//! property keys (internalized strings) and external strings (Node-API 10).
//!
//! Extraction follows Node: with a NULL buffer the length (in bytes or code
//! units, without terminator) is written to `result`; otherwise at most
//! `bufsize - 1` units are copied (UTF-8 never splits a character), a NUL is
//! appended, and the number copied goes to `result` if it is not NULL.
//!
//! External strings: V8 reads the characters in place from the addon's
//! buffer, which the addon must keep unchanged until its finalizer runs. The
//! finalizer is queued when V8 lets go of the buffer (the string is
//! collected, or internalized by copy) and runs outside GC; a string still
//! alive at teardown has its finalizer run then. nari never copies, so
//! `*copied` is always false; an empty string needs no buffer, so (as in
//! Node) its finalizer runs before the call returns.

use std::ffi::c_void;
use std::os::raw::c_char;

use crate::abi::*;
use crate::env::{arg, c_bytes, napi_fn, out, Env, NapiResult, NAPI_AUTO_LENGTH};
use crate::finalizers::{self, Finalize};
use crate::js_native_api::functions::static_env;
use crate::v8::{self, Local};

/// Finishes a `napi_create_string_*`: V8 refusing (too long) is `napi_generic_failure`.
fn created(string: Option<Local>, result: *mut napi_value) -> NapiResult {
    let string = string.ok_or(napi_generic_failure)?;
    // SAFETY: `result` was checked non-NULL by the caller before creating.
    unsafe { out(result) }?.set(string.to_napi());
    Ok(())
}

napi_fn! {
    /// Copies `length` bytes of UTF-8 (or up to NUL with NAPI_AUTO_LENGTH) into a new string.
    fn napi_create_string_utf8(_env, str: *const c_char, length: usize, result: *mut napi_value) {
        out(result)?;
        let bytes = c_bytes(str, length)?;
        created(v8::string_from_utf8(bytes), result)
    }
}

napi_fn! {
    /// Copies `length` Latin-1 bytes (or up to NUL) into a new string.
    fn napi_create_string_latin1(_env, str: *const c_char, length: usize, result: *mut napi_value) {
        out(result)?;
        let bytes = c_bytes(str, length)?;
        created(v8::string_from_latin1(bytes), result)
    }
}

napi_fn! {
    /// Copies `length` UTF-16 code units (or up to a 0 unit) into a new string.
    fn napi_create_string_utf16(_env, str: *const u16, length: usize, result: *mut napi_value) {
        out(result)?;
        let units = utf16_units(str, length)?;
        created(v8::string_from_utf16(units), result)
    }
}

/// The UTF-16 analogue of `c_bytes`.
///
/// # Safety
/// `data` must be NULL or valid for `len` units (or up to a 0 unit).
unsafe fn utf16_units<'a>(data: *const u16, len: usize) -> NapiResult<&'a [u16]> {
    if data.is_null() {
        return if len == 0 {
            Ok(&[])
        } else {
            Err(napi_invalid_arg)
        };
    }
    let len = if len == NAPI_AUTO_LENGTH {
        let mut n = 0;
        // SAFETY: per the caller's guarantee the sequence ends with a 0 unit.
        while unsafe { *data.add(n) } != 0 {
            n += 1;
        }
        n
    } else if len > i32::MAX as usize {
        return Err(napi_invalid_arg);
    } else {
        len
    };
    // SAFETY: per the caller's guarantee, `len` readable units.
    Ok(unsafe { std::slice::from_raw_parts(data, len) })
}

/// The common shape of the three getters. `T` is the unit type.
///
/// # Safety
/// `buf` must be NULL or valid for `bufsize` units; `result` NULL or writable.
unsafe fn get_string<T: Copy + Default>(
    value: napi_value,
    buf: *mut T,
    bufsize: usize,
    result: *mut usize,
    length: fn(Local) -> usize,
    write: fn(Local, &mut [T]) -> usize,
) -> NapiResult {
    // SAFETY: Node-API contract for napi_value.
    let value = unsafe { arg(value) }?;
    if !value.is_string() {
        return Err(napi_string_expected);
    }
    if buf.is_null() {
        // SAFETY: Node-API contract for out-pointers.
        unsafe { out(result) }?.set(length(value));
    } else if bufsize != 0 {
        // SAFETY: per the caller's guarantee, `bufsize` writable units.
        let buffer = unsafe { std::slice::from_raw_parts_mut(buf, bufsize) };
        let copied = write(value, &mut buffer[..bufsize - 1]);
        buffer[copied] = T::default();
        if !result.is_null() {
            // SAFETY: non-NULL and writable per the Node-API contract.
            unsafe { result.write(copied) };
        }
    } else if !result.is_null() {
        // SAFETY: non-NULL and writable per the Node-API contract.
        unsafe { result.write(0) };
    }
    Ok(())
}

napi_fn! {
    /// UTF-8 extraction (see the module doc); non-strings give `napi_string_expected`.
    fn napi_get_value_string_utf8(_env, value: napi_value, buf: *mut c_char, bufsize: usize, result: *mut usize) {
        get_string(value, buf.cast::<u8>(), bufsize, result, Local::utf8_length, Local::write_utf8)
    }
}

napi_fn! {
    /// Latin-1 extraction: code units above 0xFF are truncated to their low byte.
    fn napi_get_value_string_latin1(_env, value: napi_value, buf: *mut c_char, bufsize: usize, result: *mut usize) {
        get_string(value, buf.cast::<u8>(), bufsize, result, Local::string_length, Local::write_latin1)
    }
}

napi_fn! {
    /// UTF-16 extraction, in code units.
    fn napi_get_value_string_utf16(_env, value: napi_value, buf: *mut u16, bufsize: usize, result: *mut usize) {
        get_string(value, buf, bufsize, result, Local::string_length, Local::write_utf16)
    }
}

napi_fn! {
    /// An internalized string from `length` Latin-1 bytes (or up to NUL), for property keys.
    fn node_api_create_property_key_latin1(_env, str: *const c_char, length: usize, result: *mut napi_value) {
        out(result)?;
        let bytes = c_bytes(str, length)?;
        created(v8::property_key_latin1(bytes), result)
    }
}

napi_fn! {
    /// An internalized string from `length` bytes of UTF-8 (or up to NUL), for property keys.
    fn node_api_create_property_key_utf8(_env, str: *const c_char, length: usize, result: *mut napi_value) {
        out(result)?;
        let bytes = c_bytes(str, length)?;
        created(v8::property_key_utf8(bytes), result)
    }
}

napi_fn! {
    /// An internalized string from `length` UTF-16 units (or up to a 0 unit), for property keys.
    fn node_api_create_property_key_utf16(_env, str: *const u16, length: usize, result: *mut napi_value) {
        out(result)?;
        let units = utf16_units(str, length)?;
        created(v8::property_key_utf16(units), result)
    }
}

/// Makes V8 string `make(data, len, release, token)` backed by the addon's
/// buffer, with the addon's finalizer (if any) tracked until V8 releases it.
///
/// # Safety
/// `data` valid for `len` units until the finalizer runs; `result` checked
/// non-NULL; `copied` NULL or writable.
#[allow(clippy::too_many_arguments)]
unsafe fn external<T>(
    env: &Env,
    data: *const T,
    len: usize,
    callback: napi_finalize,
    hint: *mut c_void,
    result: *mut napi_value,
    copied: *mut bool,
    make: unsafe fn(*const T, usize, v8::Release, *mut c_void) -> Option<Local>,
) -> NapiResult {
    if len > v8::MAX_STRING_LENGTH {
        return Err(napi_generic_failure);
    }
    let data_ptr: *mut c_void = data.cast_mut().cast();
    let string = if len == 0 {
        // Nothing to keep: like Node (V8 disposes an empty resource at once),
        // the finalizer runs now — outside GC, so it may call into JS.
        if let Some(callback) = callback {
            // SAFETY: the addon's finalizer with its own data, on the JS thread.
            unsafe { callback(static_env(env).as_napi(), data_ptr, hint) };
            env.clear_last_error();
        }
        v8::string_from_latin1(&[]).ok_or(napi_generic_failure)?
    } else {
        let (release, token): (v8::Release, _) = match callback {
            Some(callback) => {
                let finalize = Finalize {
                    callback,
                    data: data_ptr,
                    hint,
                };
                (release_token, finalizers::track(static_env(env), finalize))
            }
            None => (ignore_release, std::ptr::null_mut()),
        };
        // SAFETY: per the caller's guarantee V8 may read `len` units in place
        // until it calls `release`, which only queues the finalizer.
        unsafe { make(data, len, release, token) }.expect("V8 takes in-range, non-empty text")
    };
    if !copied.is_null() {
        // SAFETY: non-NULL and writable per the Node-API contract.
        unsafe { copied.write(false) };
    }
    // SAFETY: checked non-NULL by the caller.
    unsafe { out(result) }?.set(string.to_napi());
    Ok(())
}

/// V8's release hook for a tracked external string: queues its finalizer
/// (thread-safe, runs nothing, so V8 may call it inside GC).
unsafe extern "C" fn release_token(token: *mut c_void) {
    finalizers::release(token);
}

/// The release hook for external strings without a finalizer.
unsafe extern "C" fn ignore_release(_token: *mut c_void) {}

napi_fn! {
    /// A string whose Latin-1 characters stay in the addon's buffer `str`
    /// (`length` bytes or up to NUL); `finalize_callback(env, str, hint)` runs
    /// once V8 no longer needs them. `*copied` (if not NULL) <- false.
    fn node_api_create_external_string_latin1(
        env,
        str: *mut c_char,
        length: usize,
        finalize_callback: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
        copied: *mut bool,
    ) {
        out(result)?;
        let len = c_bytes(str, length)?.len();
        external(env, str.cast::<u8>(), len, finalize_callback, finalize_hint, result, copied, v8::external_string_latin1)
    }
}

napi_fn! {
    /// The UTF-16 counterpart of `node_api_create_external_string_latin1`
    /// (`length` in code units, or up to a 0 unit).
    fn node_api_create_external_string_utf16(
        env,
        str: *mut u16,
        length: usize,
        finalize_callback: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
        copied: *mut bool,
    ) {
        out(result)?;
        let len = utf16_units(str, length)?.len();
        external(env, str.cast_const(), len, finalize_callback, finalize_hint, result, copied, v8::external_string_utf16)
    }
}
