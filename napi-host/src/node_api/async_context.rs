//! Async context: `napi_async_init` / `napi_async_destroy`,
//! `napi_make_callback`, callback scopes, and `napi_fatal_exception`.
//!
//! nari has no async_hooks, so an async context only records its resource.
//! What is observable is Node's callback-scope rule: when the outermost
//! callback (one not called from JS) returns — `napi_make_callback` from a
//! loop callback, or the last callback scope closing — the `process.nextTick`
//! queue and microtasks run before control goes back to the loop.

use std::cell::Cell;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::host;
use crate::js_native_api::functions::called_from_js;
use crate::v8::{self, Global, Local};

struct AsyncContext {
    _resource: Option<Global>,
}

thread_local! {
    /// Callback scopes open (all envs).
    static OPEN_SCOPES: Cell<u32> = const { Cell::new(0) };
}

/// After an outermost callback: drain nextTicks and microtasks.
fn after_outermost_callback() {
    if !called_from_js() && OPEN_SCOPES.get() == 0 {
        host::event_loop().drain_tasks();
    }
}

/// The optional resource object (ToObject'd by Node; any object here).
///
/// # Safety
/// `resource` NULL or a live handle.
unsafe fn resource(resource: napi_value) -> NapiResult<Option<Local>> {
    if resource.is_null() {
        return Ok(None);
    }
    // SAFETY: per the caller's guarantee.
    let resource = unsafe { arg(resource) }?;
    if resource.is_object() {
        Ok(Some(resource))
    } else {
        Err(napi_object_expected)
    }
}

napi_fn! {
    /// `*result` <- a new async context (free with `napi_async_destroy`).
    /// `async_resource_name` is required.
    fn napi_async_init(
        _env,
        async_resource: napi_value,
        async_resource_name: napi_value,
        result: *mut napi_async_context,
    ) {
        arg(async_resource_name)?;
        let result = out(result)?;
        let resource = resource(async_resource)?.map(Global::new);
        result.set(Box::into_raw(Box::new(AsyncContext { _resource: resource })).cast());
        Ok(())
    }
}

napi_fn! {
    /// Frees an async context.
    fn napi_async_destroy(_env, async_context: napi_async_context) {
        if async_context.is_null() {
            return Err(napi_invalid_arg);
        }
        drop(Box::from_raw(async_context.cast::<AsyncContext>()));
        Ok(())
    }
}

napi_fn! {
    /// Calls `func` with `recv` and the arguments; `*result` (may be NULL)
    /// <- its result. When no JS is on the stack, nextTicks and microtasks
    /// run afterwards. `async_context` may be NULL.
    js fn napi_make_callback(
        env,
        _async_context: napi_async_context,
        recv: napi_value,
        func: napi_value,
        argc: usize,
        argv: *const napi_value,
        result: *mut napi_value,
    ) {
        let recv = arg(recv)?;
        if argc > 0 && argv.is_null() {
            return Err(napi_invalid_arg);
        }
        let func = arg(func)?;
        if !func.is_function() {
            return Err(napi_invalid_arg);
        }
        let recv = if recv.is_object() { recv } else { env.js_or(recv.to_object(), napi_object_expected)? };
        let args: Vec<Local> = (0..argc)
            .map(|i| Local::from_napi(*argv.add(i)).ok_or(napi_invalid_arg))
            .collect::<NapiResult<_>>()?;
        let value = env.js(v8::call_function(func, recv, &args));
        after_outermost_callback();
        let value = value?;
        if !result.is_null() {
            result.write(value.to_napi());
        }
        Ok(())
    }
}

/// What a `napi_callback_scope` points to.
struct CallbackScope {
    env: *const Env,
}

napi_fn! {
    /// Opens a callback scope; closing the outermost one (when no JS is on
    /// the stack) runs nextTicks and microtasks.
    fn napi_open_callback_scope(
        env,
        resource_object: napi_value,
        _context: napi_async_context,
        result: *mut napi_callback_scope,
    ) {
        let result = out(result)?;
        let _ = resource_object;
        env.open_callback_scopes.set(env.open_callback_scopes.get() + 1);
        OPEN_SCOPES.set(OPEN_SCOPES.get() + 1);
        result.set(Box::into_raw(Box::new(CallbackScope { env })).cast());
        Ok(())
    }
}

napi_fn! {
    /// Closes a callback scope; none open on this env: `napi_callback_scope_mismatch`.
    fn napi_close_callback_scope(env, scope: napi_callback_scope) {
        if scope.is_null() {
            return Err(napi_invalid_arg);
        }
        if env.open_callback_scopes.get() == 0 {
            return Err(napi_callback_scope_mismatch);
        }
        let scope = Box::from_raw(scope.cast::<CallbackScope>());
        debug_assert!(std::ptr::eq(scope.env, env));
        env.open_callback_scopes.set(env.open_callback_scopes.get() - 1);
        OPEN_SCOPES.set(OPEN_SCOPES.get() - 1);
        after_outermost_callback();
        Ok(())
    }
}

napi_fn! {
    /// Hands `err` to the process as an uncaught exception (`uncaughtException`
    /// listeners, or the process ends). Runs JS.
    fn napi_fatal_exception(_env, err: napi_value) {
        let err = arg(err)?;
        host::event_loop().uncaught_exception(err);
        Ok(())
    }
}
