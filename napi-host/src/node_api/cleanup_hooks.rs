//! Env cleanup hooks: native functions the addon wants called when the env
//! is torn down, in reverse order of registration.
//!
//! One list holds, in registration order, the addon's hooks (plain and
//! async) and nari's own teardown steps for objects that Node also finalizes
//! through cleanup hooks (threadsafe functions), so all of them run in one
//! LIFO order, as in Node. An async hook is called with its handle and is
//! done when the addon calls `napi_remove_async_cleanup_hook` — possibly
//! later, from the loop; until then it keeps the loop alive and teardown
//! waits ([`pending_async`]). JS thread only.

use std::cell::{Cell, RefCell};
use std::ffi::c_void;

use crate::abi::*;
use crate::env::{napi_fn, out, Env};
use crate::host;
use crate::js_native_api::functions::static_env;
use crate::v8::HandleScope;

enum Hook {
    Plain {
        env: &'static Env,
        fun: unsafe extern "C" fn(*mut c_void),
        arg: *mut c_void,
    },
    Async(*mut AsyncHook),
    Internal {
        key: usize,
        run: Box<dyn FnOnce()>,
    },
}

struct AsyncHook {
    env: &'static Env,
    hook: unsafe extern "C" fn(napi_async_cleanup_hook_handle, *mut c_void),
    arg: *mut c_void,
    /// Called at teardown and not yet removed.
    running: bool,
}

thread_local! {
    static HOOKS: RefCell<Vec<Hook>> = const { RefCell::new(Vec::new()) };
    static PENDING_ASYNC: Cell<usize> = const { Cell::new(0) };
}

/// Registers one of nari's own teardown steps under `key` (see the module doc).
pub(crate) fn add_internal(key: usize, run: Box<dyn FnOnce()>) {
    HOOKS.with_borrow_mut(|hooks| hooks.push(Hook::Internal { key, run }));
}

/// Forgets the teardown step under `key` (the object was finalized already).
pub(crate) fn remove_internal(key: usize) {
    HOOKS.with_borrow_mut(|hooks| {
        hooks.retain(|h| !matches!(h, Hook::Internal { key: k, .. } if *k == key))
    });
}

/// Runs every hook, last registered first. Async hooks may still be
/// running afterwards: see [`pending_async`].
pub fn run_all() {
    while let Some(hook) = HOOKS.with_borrow_mut(Vec::pop) {
        let scope = HandleScope::open().into_raw();
        match hook {
            // SAFETY: the addon's hook with its own argument, on the JS thread, once.
            Hook::Plain { env, fun, arg } => unsafe {
                fun(arg);
                crate::node_api::report_pending_exception(env);
            },
            Hook::Async(handle) => {
                // SAFETY: an AsyncHook stays allocated until removed; it is
                // not removed before it ran (removal takes it out of HOOKS).
                let (env, hook, arg) = unsafe {
                    (*handle).running = true;
                    ((*handle).env, (*handle).hook, (*handle).arg)
                };
                PENDING_ASYNC.set(PENDING_ASYNC.get() + 1);
                host::event_loop().retain();
                // SAFETY: the addon's async hook with its handle and argument.
                unsafe { hook(handle.cast(), arg) };
                crate::node_api::report_pending_exception(env);
            }
            Hook::Internal { run, .. } => run(),
        }
        // SAFETY: the innermost scope, opened above.
        unsafe { HandleScope::close_raw(scope) };
    }
}

/// Async hooks called by [`run_all`] whose handles were not removed yet.
pub fn pending_async() -> usize {
    PENDING_ASYNC.get()
}

napi_fn! {
    /// Calls `fun(arg)` at env teardown. The same pair twice: `napi_invalid_arg`.
    basic fn napi_add_env_cleanup_hook(env, fun: napi_cleanup_hook, arg: *mut c_void) {
        let fun = fun.ok_or(napi_invalid_arg)?;
        let env = static_env(env);
        let duplicate = HOOKS.with_borrow(|hooks| {
            hooks.iter().any(|h| matches!(h, Hook::Plain { env: e, fun: f, arg: a }
                if std::ptr::eq(*e, env) && *f as usize == fun as usize && *a == arg))
        });
        if duplicate {
            return Err(napi_invalid_arg);
        }
        HOOKS.with_borrow_mut(|hooks| hooks.push(Hook::Plain { env, fun, arg }));
        Ok(())
    }
}

napi_fn! {
    /// Forgets a hook added with the same `fun` and `arg`; unknown: `napi_invalid_arg`.
    basic fn napi_remove_env_cleanup_hook(env, fun: napi_cleanup_hook, arg: *mut c_void) {
        let fun = fun.ok_or(napi_invalid_arg)?;
        let env = static_env(env);
        let removed = HOOKS.with_borrow_mut(|hooks| {
            let index = hooks.iter().rposition(|h| matches!(h, Hook::Plain { env: e, fun: f, arg: a }
                if std::ptr::eq(*e, env) && *f as usize == fun as usize && *a == arg));
            index.map(|i| hooks.remove(i)).is_some()
        });
        if removed { Ok(()) } else { Err(napi_invalid_arg) }
    }
}

napi_fn! {
    /// Calls `hook(handle, arg)` at env teardown; teardown waits until the
    /// handle is passed to `napi_remove_async_cleanup_hook`. `remove_handle`
    /// (may be NULL) <- the handle, owned by nari until removed.
    basic fn napi_add_async_cleanup_hook(
        env,
        hook: napi_async_cleanup_hook,
        arg: *mut c_void,
        remove_handle: *mut napi_async_cleanup_hook_handle,
    ) {
        let hook = hook.ok_or(napi_invalid_arg)?;
        let handle = Box::into_raw(Box::new(AsyncHook { env: static_env(env), hook, arg, running: false }));
        HOOKS.with_borrow_mut(|hooks| hooks.push(Hook::Async(handle)));
        if !remove_handle.is_null() {
            remove_handle.write(handle.cast());
        }
        Ok(())
    }
}

/// Removes an async cleanup hook (before teardown), or reports that it
/// finished (during teardown). Frees the handle. JS thread.
///
/// # Safety
/// Node-API contract: `remove_handle` is NULL or a handle not yet removed.
#[no_mangle]
pub unsafe extern "C" fn napi_remove_async_cleanup_hook(
    remove_handle: napi_async_cleanup_hook_handle,
) -> napi_status {
    if remove_handle.is_null() {
        return napi_invalid_arg;
    }
    let handle = remove_handle.cast::<AsyncHook>();
    // SAFETY: per the contract, a live handle from napi_add_async_cleanup_hook.
    let running = unsafe { (*handle).running };
    if running {
        PENDING_ASYNC.set(PENDING_ASYNC.get() - 1);
        host::event_loop().release();
    } else {
        HOOKS.with_borrow_mut(|hooks| {
            hooks.retain(|h| !matches!(h, Hook::Async(p) if *p == handle))
        });
    }
    // SAFETY: allocated by Box in napi_add_async_cleanup_hook, freed once here.
    drop(unsafe { Box::from_raw(handle) });
    napi_ok
}

napi_fn! {
    /// `*result` <- the addon's file as a `file://` URL (owned by nari, valid
    /// as long as the env).
    basic fn node_api_get_module_file_name(env, result: *mut *const std::os::raw::c_char) {
        out(result)?.set(env.filename.as_ptr());
        Ok(())
    }
}
