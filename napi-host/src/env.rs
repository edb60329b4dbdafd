//! `napi_env`: the per-addon environment, and the one prologue every exported
//! function goes through.
//!
//! An [`Env`] is created when an addon is loaded and lives until the process
//! ends (addons are never unloaded). It is only touched on the JS thread.
//! Addon code re-enters nari while nari is inside a call (JS → addon → napi →
//! JS → addon …), so an `Env` is only ever shared (`&Env`); the fields that
//! change are `Cell`s.
//!
//! Status protocol (Node's): a NULL env gives `napi_invalid_arg`; otherwise
//! every call first clears the last error, and a failing call records its
//! status there before returning it. Functions that can run JavaScript refuse
//! with `napi_pending_exception` while an exception is pending, and keep any
//! exception JS throws pending on the env; the native-callback trampoline
//! rethrows it into JS when the addon returns.

use std::cell::Cell;
use std::ffi::{c_void, CString};
use std::ptr;

use crate::abi::*;
use crate::v8::{Exception, Global, Local};

/// The Node-API version modules get when they do not declare one.
pub const DEFAULT_MODULE_API_VERSION: i32 = 8;
/// The highest Node-API version nari implements.
pub const NAPI_VERSION: u32 = 10;
/// `NAPI_VERSION_EXPERIMENTAL`: modules built with `NAPI_EXPERIMENTAL`.
pub const NAPI_VERSION_EXPERIMENTAL: i32 = i32::MAX;

pub type Status = napi_status;
pub type NapiResult<T = ()> = Result<T, Status>;

pub struct Env {
    /// The Node-API version the module declared (8 when it declared none).
    pub module_api_version: i32,
    /// `file://` URL of the addon (what `node_api_get_module_file_name` returns).
    pub filename: CString,
    last_error: Cell<napi_extended_error_info>,
    pending_exception: Cell<Option<Global>>,
    /// Handle scopes opened through Node-API and not yet closed.
    pub open_handle_scopes: Cell<u32>,
    /// Callback scopes opened through Node-API and not yet closed.
    pub open_callback_scopes: Cell<u32>,
    /// References, finalizers and instance data (see `finalizers`).
    pub lifetime: crate::finalizers::Lifetime,
}

impl Env {
    /// A new environment, leaked: envs live as long as the process.
    pub fn new(module_api_version: i32, filename: CString) -> &'static Env {
        let env = Box::leak(Box::new(Env {
            module_api_version,
            filename,
            last_error: Cell::new(napi_extended_error_info {
                error_message: ptr::null(),
                engine_reserved: ptr::null_mut(),
                engine_error_code: 0,
                error_code: napi_ok,
            }),
            pending_exception: Cell::new(None),
            open_handle_scopes: Cell::new(0),
            open_callback_scopes: Cell::new(0),
            lifetime: Default::default(),
        }));
        crate::finalizers::register(env);
        env
    }

    pub fn as_napi(&'static self) -> napi_env {
        (self as *const Env).cast_mut().cast()
    }

    pub fn clear_last_error(&self) {
        let mut info = self.last_error.get();
        info.error_code = napi_ok;
        info.engine_error_code = 0;
        info.engine_reserved = ptr::null_mut();
        self.last_error.set(info);
    }

    /// Records `status` as the last error and returns it.
    pub fn set_last_error(&self, status: Status) -> Status {
        let mut info = self.last_error.get();
        info.error_code = status;
        info.engine_error_code = 0;
        info.engine_reserved = ptr::null_mut();
        self.last_error.set(info);
        status
    }

    /// The last-error record, with its message filled in from the status.
    pub fn last_error_info(&self) -> *const napi_extended_error_info {
        let mut info = self.last_error.get();
        info.error_message = error_message(info.error_code);
        self.last_error.set(info);
        self.last_error.as_ptr()
    }

    pub fn has_pending_exception(&self) -> bool {
        // SAFETY: a Cell of this thread; nothing holds a reference into it
        // (Cell never lends one out), so reading it in place is sound.
        unsafe { (*self.pending_exception.as_ptr()).is_some() }
    }

    /// Makes `exception` the pending exception (replacing any earlier one).
    pub fn set_pending_exception(&self, exception: Local) {
        self.pending_exception.set(Some(Global::new(exception)));
    }

    /// Takes the pending exception, leaving none.
    pub fn take_pending_exception(&self) -> Option<Local> {
        self.pending_exception.take().map(|g| g.get())
    }

    /// Converts the outcome of a JS-running V8 operation: a thrown exception
    /// becomes pending on this env and the call fails with
    /// `napi_pending_exception` (`napi_generic_failure` if JS was terminated).
    pub fn js<T>(&self, result: Result<T, Exception>) -> NapiResult<T> {
        self.js_or(result, napi_pending_exception)
    }

    /// As [`Env::js`], but failing with `status` — Node's property functions
    /// report a throwing getter, setter or trap as `napi_generic_failure`.
    pub fn js_or<T>(&self, result: Result<T, Exception>, status: Status) -> NapiResult<T> {
        result.map_err(|exception| match exception {
            Some(exception) => {
                self.set_pending_exception(exception);
                status
            }
            None => napi_generic_failure,
        })
    }
}

/// The prologue of the functions that take a `node_api_basic_env` (callable
/// from any finalizer, even one running inside GC).
///
/// # Safety
/// `env` must be NULL or a pointer nari handed out from [`Env::as_napi`].
#[inline(always)]
pub unsafe fn call_basic(env: napi_env, body: impl FnOnce(&Env) -> NapiResult) -> Status {
    // SAFETY: per the caller's guarantee, a non-NULL env is a live, leaked Env.
    let Some(env) = (unsafe { env.cast::<Env>().as_ref() }) else {
        return napi_invalid_arg;
    };
    env.clear_last_error();
    match body(env) {
        Ok(()) => napi_ok,
        Err(status) => env.set_last_error(status),
    }
}

/// The prologue of every other exported function that cannot run JavaScript:
/// as [`call_basic`], but a pure finalizer running inside GC may not call it
/// (a fatal error, as in Node).
///
/// # Safety
/// `env` must be NULL or a pointer nari handed out from [`Env::as_napi`].
#[inline(always)]
pub unsafe fn call(env: napi_env, body: impl FnOnce(&Env) -> NapiResult) -> Status {
    // SAFETY: per the caller's guarantee, a non-NULL env is a live, leaked Env.
    let Some(env) = (unsafe { env.cast::<Env>().as_ref() }) else {
        return napi_invalid_arg;
    };
    env.lifetime.check_gc_access(env.module_api_version);
    env.clear_last_error();
    match body(env) {
        Ok(()) => napi_ok,
        Err(status) => env.set_last_error(status),
    }
}

/// The prologue of every exported function that can run JavaScript: as
/// [`call`], but refuses with `napi_pending_exception` while one is pending,
/// and once teardown has begun (`napi_cannot_run_js` for modules of
/// Node-API 10 and up, as in Node).
///
/// # Safety
/// As [`call`].
#[inline(always)]
pub unsafe fn call_js(env: napi_env, body: impl FnOnce(&Env) -> NapiResult) -> Status {
    // SAFETY: per the caller's guarantee, a non-NULL env is a live, leaked Env.
    let Some(env_ref) = (unsafe { env.cast::<Env>().as_ref() }) else {
        return napi_invalid_arg;
    };
    env_ref.lifetime.check_gc_access(env_ref.module_api_version);
    if env_ref.has_pending_exception() {
        return env_ref.set_last_error(napi_pending_exception);
    }
    if crate::finalizers::tearing_down() {
        return env_ref.set_last_error(if env_ref.module_api_version >= 10 {
            napi_cannot_run_js
        } else {
            napi_pending_exception
        });
    }
    // SAFETY: as above.
    unsafe { call_basic(env, body) }
}

/// The body of the generated placeholder for a function nari lacks. It never
/// touches its first argument (not every such function takes an env).
pub fn not_implemented(name: &str) -> Status {
    eprintln!("nari: {name} is not implemented yet; it returned napi_generic_failure");
    napi_generic_failure
}

/// Node's message for each status (what `napi_get_last_error_info` reports).
pub fn error_message(status: Status) -> *const std::os::raw::c_char {
    let text: &'static [u8] = match status {
        napi_invalid_arg => b"Invalid argument\0",
        napi_object_expected => b"An object was expected\0",
        napi_string_expected => b"A string was expected\0",
        napi_name_expected => b"A string or symbol was expected\0",
        napi_function_expected => b"A function was expected\0",
        napi_number_expected => b"A number was expected\0",
        napi_boolean_expected => b"A boolean was expected\0",
        napi_array_expected => b"An array was expected\0",
        napi_generic_failure => b"Unknown failure\0",
        napi_pending_exception => b"An exception is pending\0",
        napi_cancelled => b"The async work item was cancelled\0",
        napi_escape_called_twice => b"napi_escape_handle already called on scope\0",
        napi_handle_scope_mismatch => b"Invalid handle scope usage\0",
        napi_callback_scope_mismatch => b"Invalid callback scope usage\0",
        napi_queue_full => b"Thread-safe function queue is full\0",
        napi_closing => b"Thread-safe function handle is closing\0",
        napi_bigint_expected => b"A bigint was expected\0",
        napi_date_expected => b"A date was expected\0",
        napi_arraybuffer_expected => b"An arraybuffer was expected\0",
        napi_detachable_arraybuffer_expected => b"A detachable arraybuffer was expected\0",
        napi_would_deadlock => b"Main thread would deadlock\0",
        napi_no_external_buffers_allowed => b"External buffers are not allowed\0",
        napi_cannot_run_js => b"Cannot run JavaScript\0",
        _ => return ptr::null(),
    };
    text.as_ptr().cast()
}

/// An out-parameter from C: non-NULL, written only on success.
pub struct Out<T>(*mut T);

impl<T> Out<T> {
    pub fn set(self, value: T) {
        // SAFETY: `out` checked non-NULL; the Node-API contract makes it valid for writes.
        unsafe { self.0.write(value) }
    }
}

/// Checks an out-pointer: NULL gives `napi_invalid_arg`.
///
/// # Safety
/// `ptr` must be NULL or valid for writes of `T` (the Node-API contract).
pub unsafe fn out<T>(ptr: *mut T) -> NapiResult<Out<T>> {
    if ptr.is_null() {
        Err(napi_invalid_arg)
    } else {
        Ok(Out(ptr))
    }
}

/// Checks a value argument: NULL gives `napi_invalid_arg`.
///
/// # Safety
/// `value` must be NULL or a live handle (the Node-API contract).
pub unsafe fn arg(value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    unsafe { Local::from_napi(value) }.ok_or(napi_invalid_arg)
}

/// Like [`arg`], then requires an object (functions count): else `napi_object_expected`.
///
/// # Safety
/// As [`arg`].
pub unsafe fn object_arg(value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(napi_object_expected)
    }
}

/// Like [`arg`], then requires a string: else `napi_string_expected`.
///
/// # Safety
/// As [`arg`].
pub unsafe fn string_arg(value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if value.is_string() {
        Ok(value)
    } else {
        Err(napi_string_expected)
    }
}

/// Like [`arg`], then requires a function: else `napi_function_expected`.
///
/// # Safety
/// As [`arg`].
pub unsafe fn function_arg(value: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if value.is_function() {
        Ok(value)
    } else {
        Err(napi_function_expected)
    }
}

/// Text from a C string argument: `len` bytes, or up to the NUL when
/// `len == NAPI_AUTO_LENGTH`. NULL with a non-zero length is `napi_invalid_arg`;
/// a length above `INT_MAX` too.
///
/// # Safety
/// `data` must be NULL or valid for reading `len` bytes (or up to a NUL).
pub unsafe fn c_bytes<'a>(data: *const std::os::raw::c_char, len: usize) -> NapiResult<&'a [u8]> {
    if data.is_null() {
        return if len == 0 {
            Ok(&[])
        } else {
            Err(napi_invalid_arg)
        };
    }
    if len == NAPI_AUTO_LENGTH {
        // SAFETY: per the caller's guarantee, NUL-terminated.
        return Ok(unsafe { std::ffi::CStr::from_ptr(data) }.to_bytes());
    }
    if len > i32::MAX as usize {
        return Err(napi_invalid_arg);
    }
    // SAFETY: per the caller's guarantee, `len` readable bytes.
    Ok(unsafe { std::slice::from_raw_parts(data.cast::<u8>(), len) })
}

/// `NAPI_AUTO_LENGTH`: "up to the terminating NUL".
pub const NAPI_AUTO_LENGTH: usize = usize::MAX;

/// Opaque user data pointer that crosses the ABI unchanged.
pub type Data = *mut c_void;

/// Defines an exported Node-API function on top of [`call`] (or [`call_js`]
/// with the `js` marker, [`call_basic`] with the `basic` marker for the
/// functions whose env is a `node_api_basic_env`): the body sees `env: &Env`,
/// returns `NapiResult`.
macro_rules! napi_fn {
    ($(#[$meta:meta])* fn $name:ident($env:ident $(, $arg:ident: $ty:ty)* $(,)?) { $($body:tt)* }) => {
        $(#[$meta])*
        ///
        /// # Safety
        /// The Node-API contract: `env` is NULL or an env nari made; pointer
        /// arguments are NULL or valid as documented; napi_values are live.
        #[no_mangle]
        pub unsafe extern "C" fn $name(env: $crate::abi::napi_env $(, $arg: $ty)*) -> $crate::abi::napi_status {
            // SAFETY: the Node-API contract: env is NULL or from nari; pointer
            // arguments are NULL or valid as documented; napi_values are live.
            unsafe { $crate::env::call(env, |$env: &$crate::env::Env| -> $crate::env::NapiResult { $($body)* }) }
        }
    };
    ($(#[$meta:meta])* js fn $name:ident($env:ident $(, $arg:ident: $ty:ty)* $(,)?) { $($body:tt)* }) => {
        $(#[$meta])*
        ///
        /// # Safety
        /// The Node-API contract: `env` is NULL or an env nari made; pointer
        /// arguments are NULL or valid as documented; napi_values are live.
        #[no_mangle]
        pub unsafe extern "C" fn $name(env: $crate::abi::napi_env $(, $arg: $ty)*) -> $crate::abi::napi_status {
            // SAFETY: the Node-API contract: env is NULL or from nari; pointer
            // arguments are NULL or valid as documented; napi_values are live.
            unsafe { $crate::env::call_js(env, |$env: &$crate::env::Env| -> $crate::env::NapiResult { $($body)* }) }
        }
    };
    ($(#[$meta:meta])* basic fn $name:ident($env:ident $(, $arg:ident: $ty:ty)* $(,)?) { $($body:tt)* }) => {
        $(#[$meta])*
        ///
        /// # Safety
        /// The Node-API contract: `env` is NULL or an env nari made; pointer
        /// arguments are NULL or valid as documented; napi_values are live.
        #[no_mangle]
        pub unsafe extern "C" fn $name(env: $crate::abi::napi_env $(, $arg: $ty)*) -> $crate::abi::napi_status {
            // SAFETY: the Node-API contract: env is NULL or from nari; pointer
            // arguments are NULL or valid as documented; napi_values are live.
            unsafe { $crate::env::call_basic(env, |$env: &$crate::env::Env| -> $crate::env::NapiResult { $($body)* }) }
        }
    };
}
pub(crate) use napi_fn;
