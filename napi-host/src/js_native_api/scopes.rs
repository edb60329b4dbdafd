//! Handle scopes. Scopes are real V8 `HandleScope`s kept on the heap; the env
//! counts open scopes so that closing more than were opened is
//! `napi_handle_scope_mismatch` rather than a crash. Scopes must be closed in
//! reverse order of opening, as V8 requires.

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env};
use crate::v8::{EscapableHandleScope, HandleScope};

/// What a `napi_escapable_handle_scope` points to.
struct Escapable {
    raw: *mut std::ffi::c_void,
    escaped: bool,
}

/// The shared prologue of the two close functions. Node returns
/// `napi_handle_scope_mismatch` without recording it when no scope is open.
///
/// # Safety
/// `env` NULL or from nari; `scope` NULL or an open scope of this kind.
unsafe fn close(
    env: napi_env,
    scope: *mut std::ffi::c_void,
    close: unsafe fn(*mut std::ffi::c_void),
) -> napi_status {
    // SAFETY: per the caller's guarantee.
    let Some(env) = (unsafe { env.cast::<Env>().as_ref() }) else {
        return napi_invalid_arg;
    };
    if scope.is_null() {
        return env.set_last_error(napi_invalid_arg);
    }
    let open = env.open_handle_scopes.get();
    if open == 0 {
        return napi_handle_scope_mismatch;
    }
    env.open_handle_scopes.set(open - 1);
    // SAFETY: per the caller's guarantee, an open scope, innermost.
    unsafe { close(scope) };
    env.clear_last_error();
    napi_ok
}

napi_fn! {
    /// Opens a scope; handles made until it closes die with it.
    fn napi_open_handle_scope(env, result: *mut napi_handle_scope) {
        let result = out(result)?;
        env.open_handle_scopes.set(env.open_handle_scopes.get() + 1);
        result.set(HandleScope::open().into_raw().cast());
        Ok(())
    }
}

/// Closes the innermost scope.
///
/// # Safety
/// Node-API contract: `scope` is the innermost open scope.
#[no_mangle]
pub unsafe extern "C" fn napi_close_handle_scope(
    env: napi_env,
    scope: napi_handle_scope,
) -> napi_status {
    // SAFETY: per the Node-API contract.
    unsafe { close(env, scope.cast(), HandleScope::close_raw) }
}

napi_fn! {
    /// Opens a scope from which one handle may escape.
    fn napi_open_escapable_handle_scope(env, result: *mut napi_escapable_handle_scope) {
        let result = out(result)?;
        env.open_handle_scopes.set(env.open_handle_scopes.get() + 1);
        let scope = Box::new(Escapable { raw: EscapableHandleScope::open_raw(), escaped: false });
        result.set(Box::into_raw(scope).cast());
        Ok(())
    }
}

/// Closes the innermost escapable scope.
///
/// # Safety
/// Node-API contract: `scope` is the innermost open scope.
#[no_mangle]
pub unsafe extern "C" fn napi_close_escapable_handle_scope(
    env: napi_env,
    scope: napi_escapable_handle_scope,
) -> napi_status {
    unsafe fn close_escapable(scope: *mut std::ffi::c_void) {
        // SAFETY: `scope` came from Box::into_raw in napi_open_escapable_handle_scope.
        let scope = unsafe { Box::from_raw(scope.cast::<Escapable>()) };
        // SAFETY: its V8 scope is open and innermost (caller's guarantee).
        unsafe { EscapableHandleScope::close_raw(scope.raw) };
    }
    // SAFETY: per the Node-API contract.
    unsafe { close(env, scope.cast(), close_escapable) }
}

napi_fn! {
    /// Copies `escapee` into the enclosing scope; a second call is
    /// `napi_escape_called_twice`.
    fn napi_escape_handle(
        _env,
        scope: napi_escapable_handle_scope,
        escapee: napi_value,
        result: *mut napi_value,
    ) {
        let scope = scope.cast::<Escapable>().as_mut().ok_or(napi_invalid_arg)?;
        let (escapee, result) = (arg(escapee)?, out(result)?);
        if scope.escaped {
            return Err(napi_escape_called_twice);
        }
        scope.escaped = true;
        result.set(EscapableHandleScope::escape_raw(scope.raw, escapee).to_napi());
        Ok(())
    }
}
