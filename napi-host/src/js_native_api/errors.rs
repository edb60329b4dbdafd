//! Errors and exceptions: creating and throwing errors, the pending exception.

use std::os::raw::c_char;

use crate::abi::*;
use crate::env::{arg, c_bytes, napi_fn, out, string_arg, Env, NapiResult, NAPI_AUTO_LENGTH};
use crate::v8::{self, ErrorKind, Local};

/// A new error of `kind` with string `message`, and `code` as its `code` property.
fn error_with_code(
    env: &Env,
    kind: ErrorKind,
    message: Local,
    code: Option<Local>,
) -> NapiResult<Local> {
    let error = v8::new_error(kind, message);
    if let Some(code) = code {
        let key = v8::internalized_string("code");
        env.js(error.set(key, code))
            .map_err(|_| napi_generic_failure)?;
    }
    Ok(error)
}

/// `napi_create_*error`: `msg` must be a string, `code` NULL or a string.
///
/// # Safety
/// Node-API contract for the handles and `result`.
unsafe fn create(
    env: &Env,
    kind: ErrorKind,
    code: napi_value,
    msg: napi_value,
    result: *mut napi_value,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let (message, result) = unsafe { (string_arg(msg)?, out(result)?) };
    // SAFETY: per the caller's guarantee.
    let code = match unsafe { Local::from_napi(code) } {
        Some(code) if !code.is_string() => return Err(napi_string_expected),
        code => code,
    };
    result.set(error_with_code(env, kind, message, code)?.to_napi());
    Ok(())
}

/// `napi_throw_*error`: builds the error from C strings and makes it pending.
///
/// # Safety
/// `code` NULL or NUL-terminated; `msg` NULL (→ `napi_invalid_arg`) or NUL-terminated.
unsafe fn throw(env: &Env, kind: ErrorKind, code: *const c_char, msg: *const c_char) -> NapiResult {
    if msg.is_null() {
        return Err(napi_invalid_arg);
    }
    let text = |s| -> NapiResult<Local> {
        // SAFETY: per the caller's guarantee.
        v8::string_from_utf8(unsafe { c_bytes(s, NAPI_AUTO_LENGTH) }?).ok_or(napi_generic_failure)
    };
    let message = text(msg)?;
    let code = if code.is_null() {
        None
    } else {
        Some(text(code)?)
    };
    let error = error_with_code(env, kind, message, code)?;
    env.set_pending_exception(error);
    Ok(())
}

napi_fn! {
    /// A new `Error` with message `msg` (a string) and optional string `code`.
    fn napi_create_error(env, code: napi_value, msg: napi_value, result: *mut napi_value) {
        create(env, ErrorKind::Error, code, msg, result)
    }
}

napi_fn! {
    /// A new `TypeError`; see `napi_create_error`.
    fn napi_create_type_error(env, code: napi_value, msg: napi_value, result: *mut napi_value) {
        create(env, ErrorKind::TypeError, code, msg, result)
    }
}

napi_fn! {
    /// A new `RangeError`; see `napi_create_error`.
    fn napi_create_range_error(env, code: napi_value, msg: napi_value, result: *mut napi_value) {
        create(env, ErrorKind::RangeError, code, msg, result)
    }
}

napi_fn! {
    /// A new `SyntaxError`; see `napi_create_error`.
    fn node_api_create_syntax_error(env, code: napi_value, msg: napi_value, result: *mut napi_value) {
        create(env, ErrorKind::SyntaxError, code, msg, result)
    }
}

napi_fn! {
    /// Makes `error` (any value) the pending exception.
    js fn napi_throw(env, error: napi_value) {
        env.set_pending_exception(arg(error)?);
        Ok(())
    }
}

napi_fn! {
    /// Throws a new `Error` with message `msg` and, if not NULL, `code`.
    js fn napi_throw_error(env, code: *const c_char, msg: *const c_char) {
        throw(env, ErrorKind::Error, code, msg)
    }
}

napi_fn! {
    /// Throws a new `TypeError`; see `napi_throw_error`.
    js fn napi_throw_type_error(env, code: *const c_char, msg: *const c_char) {
        throw(env, ErrorKind::TypeError, code, msg)
    }
}

napi_fn! {
    /// Throws a new `RangeError`; see `napi_throw_error`.
    js fn napi_throw_range_error(env, code: *const c_char, msg: *const c_char) {
        throw(env, ErrorKind::RangeError, code, msg)
    }
}

napi_fn! {
    /// Throws a new `SyntaxError`; see `napi_throw_error`.
    js fn node_api_throw_syntax_error(env, code: *const c_char, msg: *const c_char) {
        throw(env, ErrorKind::SyntaxError, code, msg)
    }
}

napi_fn! {
    /// Whether `value` is a native error object.
    fn napi_is_error(_env, value: napi_value, result: *mut bool) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(value.is_native_error());
        Ok(())
    }
}

napi_fn! {
    /// Whether an exception is pending on `env`.
    fn napi_is_exception_pending(env, result: *mut bool) {
        out(result)?.set(env.has_pending_exception());
        Ok(())
    }
}

napi_fn! {
    /// Writes the pending exception (or `undefined` if none) and clears it.
    fn napi_get_and_clear_last_exception(env, result: *mut napi_value) {
        let result = out(result)?;
        let exception = env.take_pending_exception().unwrap_or_else(v8::undefined);
        result.set(exception.to_napi());
        Ok(())
    }
}
