//! Functions: native callbacks (`napi_create_function`), calls, construction,
//! and the callback-info accessors.
//!
//! Every native function made by nari carries a leaked [`Callback`] in a V8
//! External; V8 calls the shim's trampoline, which calls [`invoke`]. `invoke`
//! hands the addon V8's own callback info as `napi_callback_info`, and when
//! the addon returns, rethrows the env's pending exception into JS.

use std::ffi::c_void;
use std::os::raw::c_char;
use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

use crate::abi::*;
use crate::env::{arg, c_bytes, napi_fn, out, Env, NapiResult};
use crate::v8::{self, CallbackInfo, Local};

/// A native function implemented in Rust by nari itself (the runtime's natives).
/// Returns the result, or `Err(exception)` to throw it.
pub type RustCallback = fn(args: &NativeCall) -> Result<Local, Local>;

/// What a native function runs.
pub enum Target {
    Addon {
        callback: unsafe extern "C" fn(napi_env, napi_callback_info) -> napi_value,
        data: *mut c_void,
    },
    Rust(RustCallback),
}

/// The data behind every native function: owned by the function (leaked for now).
pub struct Callback {
    pub env: &'static Env,
    pub target: Target,
}

/// The arguments of a call to a [`RustCallback`].
pub struct NativeCall {
    info: CallbackInfo,
}

impl NativeCall {
    /// Argument `i`, or undefined.
    pub fn arg(&self, i: usize) -> Local {
        let mut args = [v8::undefined(); 8];
        let n = i + 1;
        assert!(n <= args.len(), "natives take at most 8 arguments");
        self.info.args(&mut args[..n]);
        args[i]
    }
    pub fn this(&self) -> Local {
        self.info.this()
    }
}

/// Native functions running, called from JS (so JS is on the stack). Only
/// the JS thread (there is one isolate per process) touches it, so relaxed
/// loads and stores suffice: a plain static is cheaper than a thread-local
/// on every call.
static NATIVE_DEPTH: AtomicU32 = AtomicU32::new(0);

/// Whether JavaScript is on the stack: a native function called from JS is
/// running. `napi_make_callback` and callback scopes drain the nextTick and
/// microtask queues only when it is not (as Node's outermost callback scope).
pub fn called_from_js() -> bool {
    NATIVE_DEPTH.load(Relaxed) > 0
}

/// Counts one running native function while alive.
struct NativeFrame;

impl NativeFrame {
    fn enter() -> NativeFrame {
        NATIVE_DEPTH.store(NATIVE_DEPTH.load(Relaxed) + 1, Relaxed);
        NativeFrame
    }
}

impl Drop for NativeFrame {
    fn drop(&mut self) {
        NATIVE_DEPTH.store(NATIVE_DEPTH.load(Relaxed) - 1, Relaxed);
    }
}

/// V8's callback for every native function nari makes: runs the function's
/// [`Callback`] and makes its value the call's result.
///
/// # Safety
/// Only V8 calls this, with the info of a call to a function made by
/// [`new_function`] or a class template (whose data is an External holding
/// a leaked `Callback`).
pub unsafe extern "C" fn trampoline(info: CallbackInfo) {
    // SAFETY: per this function's contract.
    if let Some(result) = unsafe { invoke(callback_of(info), info) } {
        info.set_return(result);
    }
}

/// Runs `callback` for the call `info`: its result, or None for undefined
/// (also when it threw: the exception is then scheduled in V8).
///
/// # Safety
/// `info` is the live callback info of the running call.
#[inline(always)]
unsafe fn invoke(callback: &Callback, info: CallbackInfo) -> Option<Local> {
    let _frame = NativeFrame::enter();
    match callback.target {
        Target::Addon {
            callback: function, ..
        } => {
            let env = callback.env;
            env.clear_last_error();
            // SAFETY: calling the addon's callback with its env and the
            // call's info, alive until it returns, as Node-API requires.
            let result = unsafe { function(env.as_napi(), info.as_ptr().cast_mut().cast()) };
            if env.has_pending_exception() {
                rethrow_pending(env);
                return None;
            }
            // SAFETY: the addon returns NULL or a live handle.
            unsafe { Local::from_napi(result) }
        }
        Target::Rust(function) => call_rust(function, info),
    }
}

/// Throws the exception the addon left pending into JS (off the hot path).
#[cold]
#[inline(never)]
fn rethrow_pending(env: &Env) {
    if let Some(exception) = env.take_pending_exception() {
        v8::throw(exception);
    }
}

/// Runs one of nari's own natives (kept out of the addon path's frame).
#[inline(never)]
fn call_rust(function: RustCallback, info: CallbackInfo) -> Option<Local> {
    match function(&NativeCall { info }) {
        Ok(value) => Some(value),
        Err(exception) => {
            v8::throw(exception);
            None
        }
    }
}

/// A JS function running `target`, named `name` (no name when None).
/// Its `Callback` lives as long as the process (nari's own natives).
pub fn new_function(env: &'static Env, name: Option<Local>, target: Target) -> NapiResult<Local> {
    let callback = Box::into_raw(Box::new(Callback { env, target }));
    // SAFETY: the Callback is leaked, so it outlives the function.
    unsafe { v8::new_function(callback.cast(), name) }.ok_or(napi_generic_failure)
}

/// A function whose `Callback` is freed once V8 collects the function (or
/// at teardown): addons may create functions by the million.
fn new_collectable_function(
    env: &'static Env,
    name: Option<Local>,
    target: Target,
) -> NapiResult<Local> {
    let callback = Box::into_raw(Box::new(Callback { env, target }));
    // SAFETY: the Callback stays allocated until the finalizer below runs,
    // which is after the function is gone (or at teardown, when no JS runs).
    let function = unsafe { v8::new_function(callback.cast(), name) };
    let Some(function) = function else {
        // SAFETY: allocated just above and never shared.
        drop(unsafe { Box::from_raw(callback) });
        return Err(napi_generic_failure);
    };
    unsafe extern "C" fn free_callback(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
        // SAFETY: `data` is the Box made in new_collectable_function; the
        // finalizer runs exactly once, after the function can no longer run.
        drop(unsafe { Box::from_raw(data.cast::<Callback>()) });
    }
    let finalize = crate::finalizers::Finalize {
        callback: free_callback,
        data: callback.cast(),
        hint: std::ptr::null_mut(),
    };
    crate::finalizers::attach(env, function, finalize);
    Ok(function)
}

/// The env behind a `&Env` made by the prologue (envs are leaked, so 'static).
pub(crate) fn static_env(env: &Env) -> &'static Env {
    // SAFETY: every Env is leaked by Env::new and never freed.
    unsafe { &*(env as *const Env) }
}

/// A function for an addon callback, named from a C string.
///
/// # Safety
/// `utf8name` NULL or valid for `length` bytes (or NUL-terminated).
pub(crate) unsafe fn addon_function(
    env: &Env,
    utf8name: *const c_char,
    length: usize,
    cb: napi_callback,
    data: *mut c_void,
) -> NapiResult<Local> {
    let callback = cb.ok_or(napi_invalid_arg)?;
    let name = if utf8name.is_null() {
        None
    } else {
        // SAFETY: per the caller's guarantee.
        Some(
            v8::string_from_utf8(unsafe { c_bytes(utf8name, length) }?)
                .ok_or(napi_generic_failure)?,
        )
    };
    new_collectable_function(static_env(env), name, Target::Addon { callback, data })
}

napi_fn! {
    /// A function that calls `cb` with `data`; `utf8name` may be NULL.
    fn napi_create_function(
        env,
        utf8name: *const c_char,
        length: usize,
        cb: napi_callback,
        data: *mut c_void,
        result: *mut napi_value,
    ) {
        let result = out(result)?;
        let function = addon_function(env, utf8name, length, cb, data)?;
        result.set(function.to_napi());
        Ok(())
    }
}

/// A function argument; anything else is `napi_invalid_arg` (Node's status here).
///
/// # Safety
/// `value` NULL or a live handle.
unsafe fn callee(value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if value.is_function() {
        Ok(value)
    } else {
        Err(napi_invalid_arg)
    }
}

/// Checks and reinterprets an addon's argv: every element must be non-NULL.
///
/// # Safety
/// `argv` NULL or valid for `argc` napi_values.
unsafe fn argv_slice<'a>(argc: usize, argv: *const napi_value) -> NapiResult<&'a [Local]> {
    if argc == 0 {
        return Ok(&[]);
    }
    if argv.is_null() {
        return Err(napi_invalid_arg);
    }
    // SAFETY: per the caller's guarantee, argc readable elements.
    let raw = unsafe { std::slice::from_raw_parts(argv, argc) };
    if raw.iter().any(|v| v.is_null()) {
        return Err(napi_invalid_arg);
    }
    // SAFETY: Local is a transparent non-NULL pointer, same layout as napi_value,
    // and every element was checked non-NULL.
    Ok(unsafe { std::slice::from_raw_parts(argv.cast::<Local>(), argc) })
}

napi_fn! {
    /// Calls `func` with `recv` as `this`; writes the result if `result` is not NULL.
    js fn napi_call_function(
        env,
        recv: napi_value,
        func: napi_value,
        argc: usize,
        argv: *const napi_value,
        result: *mut napi_value,
    ) {
        let recv = arg(recv)?;
        let args = argv_slice(argc, argv)?;
        let func = callee(func)?;
        let value = env.js(v8::call_function(func, recv, args))?;
        if !result.is_null() {
            result.write(value.to_napi());
        }
        Ok(())
    }
}

napi_fn! {
    /// `new constructor(...argv)`.
    js fn napi_new_instance(
        env,
        constructor: napi_value,
        argc: usize,
        argv: *const napi_value,
        result: *mut napi_value,
    ) {
        let args = argv_slice(argc, argv)?;
        let result = out(result)?;
        let constructor = callee(constructor)?;
        result.set(env.js(v8::new_instance(constructor, args))?.to_napi());
        Ok(())
    }
}

/// The callback info of the running call (NULL: `napi_invalid_arg`).
///
/// # Safety
/// `cbinfo` NULL or the `napi_callback_info` nari passed to the running callback.
unsafe fn call_info(cbinfo: napi_callback_info) -> NapiResult<CallbackInfo> {
    // SAFETY: per the caller's guarantee.
    unsafe { CallbackInfo::from_ptr(cbinfo.cast_const().cast()) }.ok_or(napi_invalid_arg)
}

/// The `Callback` of the running native function.
#[inline(always)]
fn callback_of(info: CallbackInfo) -> &'static Callback {
    // SAFETY: every native function nari makes carries its leaked (never
    // freed while the function can run) Callback's address in its External.
    unsafe { &*info.data_external().cast::<Callback>() }
}

/// The `data` the running function was made with.
fn callback_data(info: CallbackInfo) -> *mut c_void {
    match callback_of(info).target {
        Target::Addon { data, .. } => data,
        Target::Rust(_) => std::ptr::null_mut(),
    }
}

napi_fn! {
    /// In: `*argc` = capacity of `argv`. Out: `argv` filled (undefined past the
    /// actual count), `*argc` = actual count, `this_arg`, `data`. Any may be NULL
    /// (but `argc` is required when `argv` is given).
    fn napi_get_cb_info(
        _env,
        cbinfo: napi_callback_info,
        argc: *mut usize,
        argv: *mut napi_value,
        this_arg: *mut napi_value,
        data: *mut *mut c_void,
    ) {
        let info = call_info(cbinfo)?;
        if !argv.is_null() {
            let capacity = *out(argc).map(|_| argc)?;
            // SAFETY: Local and napi_value share a layout; the shim writes
            // exactly `capacity` elements, all non-NULL handles.
            let slots = std::slice::from_raw_parts_mut(argv.cast::<Local>(), capacity);
            *argc = info.args(slots);
        } else if !argc.is_null() {
            *argc = info.length();
        }
        if !this_arg.is_null() {
            this_arg.write(info.this().to_napi());
        }
        if !data.is_null() {
            data.write(callback_data(info));
        }
        Ok(())
    }
}

napi_fn! {
    /// Writes `new.target`, or NULL when the function was not called with `new`.
    fn napi_get_new_target(_env, cbinfo: napi_callback_info, result: *mut napi_value) {
        let info = call_info(cbinfo)?;
        let result = out(result)?;
        result.set(info.new_target().map_or(std::ptr::null_mut(), Local::to_napi));
        Ok(())
    }
}
