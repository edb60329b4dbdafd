//! Thin Rust wrappers over the C++ shim in this folder: the only code in nari
//! that reaches the V8 C++ API.
//!
//! A [`Local`] is a non-empty V8 handle: the address of a slot in the current
//! `HandleScope` (exactly what a `napi_value` is). Handles are only valid on
//! the JS thread while their scope is open; every wrapper here must be called
//! on the JS thread, inside the isolate's context (which `run` enters).
//!
//! Wrappers that can run JavaScript return `Result<_, Exception>`: `Err` holds
//! the thrown value (or `None` when execution was terminated). The exception
//! has been caught; the caller decides where it goes.

use std::ffi::c_void;
use std::os::raw::{c_char, c_int};
use std::ptr::NonNull;

use crate::abi::napi_value;

/// A live, non-empty V8 handle (`v8::Local<v8::Value>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Local(NonNull<c_void>);

/// What a throwing JS operation left behind: the exception, if not terminated.
pub type Exception = Option<Local>;

impl Local {
    /// # Safety
    /// `value` must be NULL or a handle created on this thread in a scope that
    /// is still open (the Node-API contract for every `napi_value`).
    pub unsafe fn from_napi(value: napi_value) -> Option<Local> {
        NonNull::new(value.cast()).map(Local)
    }

    pub fn to_napi(self) -> napi_value {
        self.0.as_ptr().cast()
    }
}

/// A heap-held persistent handle (`v8::Global<v8::Value>`); keeps its value alive.
#[derive(Debug)]
pub struct Global(NonNull<c_void>);

/// Kinds of error `new_error` makes.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub enum ErrorKind {
    Error = 0,
    TypeError = 1,
    RangeError = 2,
    SyntaxError = 3,
}

/// Told about promise rejections: `event` (0 rejected without a handler,
/// 1 handler added after rejection, 2 reject after resolved, 3 resolve after
/// resolved), the promise, and the value (None when V8 gives none). Runs on
/// the JS thread in the middle of JS execution: it must not call into JS.
pub type PromiseRejectCallback = extern "C" fn(event: c_int, promise: Local, value: Option<Local>);

mod ffi {
    use super::*;
    extern "C" {
        pub fn nari_v8__V8__SetFlagsFromCommandLine(argc: *mut c_int, argv: *mut *mut c_char);
        pub fn nari_v8__V8__SetFlagsFromString(flags: *const c_char, length: usize);
        pub fn nari_v8__V8__GetVersion() -> *const c_char;
        pub fn nari_v8__V8__Initialize();
        pub fn nari_v8__Isolate__Run(main: unsafe extern "C" fn(*mut c_void), data: *mut c_void);
        pub fn nari_v8__Isolate__PerformMicrotaskCheckpoint();
        pub fn nari_v8__Isolate__EnqueueMicrotask(function: Local);
        pub fn nari_v8__Isolate__SetPromiseRejectCallback(callback: PromiseRejectCallback);
        pub fn nari_v8__Isolate__ThrowException(exception: Local);
        pub fn nari_v8__Isolate__LowMemoryNotification();
        pub fn nari_v8__Isolate__AdjustAmountOfExternalAllocatedMemory(
            change: i64,
            result: *mut i64,
        );

        pub fn nari_v8__HandleScope__New() -> *mut c_void;
        pub fn nari_v8__HandleScope__Delete(scope: *mut c_void);
        pub fn nari_v8__EscapableHandleScope__New() -> *mut c_void;
        pub fn nari_v8__EscapableHandleScope__Delete(scope: *mut c_void);
        pub fn nari_v8__EscapableHandleScope__Escape(scope: *mut c_void, value: Local) -> Local;
        pub fn nari_v8__Global__New(value: Local) -> *mut c_void;
        pub fn nari_v8__Global__Get(global: *mut c_void) -> Local;
        pub fn nari_v8__Global__Delete(global: *mut c_void);
        pub fn nari_v8__WeakHandle__New(
            value: Local,
            on_collected: unsafe extern "C" fn(*mut c_void),
            param: *mut c_void,
        ) -> *mut c_void;
        pub fn nari_v8__WeakHandle__Get(weak: *mut c_void) -> Option<Local>;
        pub fn nari_v8__WeakHandle__Delete(weak: *mut c_void);
        pub fn nari_v8__External__New(data: *mut c_void) -> Local;
        pub fn nari_v8__External__Value(external: Local) -> *mut c_void;

        pub fn nari_v8__Undefined() -> Local;
        pub fn nari_v8__Null() -> Local;
        pub fn nari_v8__Boolean__New(value: bool) -> Local;
        pub fn nari_v8__Context__Global() -> Local;
        pub fn nari_v8__Number__New(value: f64) -> Local;
        pub fn nari_v8__Integer__New(value: i32) -> Local;
        pub fn nari_v8__Integer__NewFromUnsigned(value: u32) -> Local;
        pub fn nari_v8__Number__Value(value: Local) -> f64;
        pub fn nari_v8__Value__NumberValue(value: Local, result: *mut f64) -> bool;
        pub fn nari_v8__Promise__State(promise: Local, result: *mut Option<Local>) -> c_int;
        pub fn nari_v8__Value__BooleanValue(value: Local) -> bool;
        pub fn nari_v8__Value__Int32Value(value: Local) -> i32;
        pub fn nari_v8__Value__Uint32Value(value: Local) -> u32;
        pub fn nari_v8__Value__IntegerValue(value: Local) -> i64;
        pub fn nari_v8__Value__TypeOf(value: Local) -> c_int;
        pub fn nari_v8__Value__StrictEquals(a: Local, b: Local) -> bool;
        pub fn nari_v8__Value__IsNumber(value: Local) -> bool;
        pub fn nari_v8__Value__IsBoolean(value: Local) -> bool;
        pub fn nari_v8__Value__IsString(value: Local) -> bool;
        pub fn nari_v8__Value__IsName(value: Local) -> bool;
        pub fn nari_v8__Value__IsObject(value: Local) -> bool;
        pub fn nari_v8__Value__IsFunction(value: Local) -> bool;
        pub fn nari_v8__Value__IsArray(value: Local) -> bool;
        pub fn nari_v8__Value__IsNativeError(value: Local) -> bool;
        pub fn nari_v8__Value__IsPromise(value: Local) -> bool;
        pub fn nari_v8__Value__IsExternal(value: Local) -> bool;

        pub fn nari_v8__String__NewFromUtf8(data: *const c_char, length: c_int) -> Option<Local>;
        pub fn nari_v8__String__NewFromOneByte(data: *const u8, length: c_int) -> Option<Local>;
        pub fn nari_v8__String__NewFromTwoByte(data: *const u16, length: c_int) -> Option<Local>;
        pub fn nari_v8__String__NewInternalizedFromCString(name: *const c_char) -> Option<Local>;
        pub fn nari_v8__String__NewInternalized(
            data: *const c_char,
            length: c_int,
        ) -> Option<Local>;
        pub fn nari_v8__String__Length(s: Local) -> c_int;
        pub fn nari_v8__String__Utf8Length(s: Local) -> c_int;
        pub fn nari_v8__String__WriteUtf8(s: Local, buffer: *mut c_char, capacity: c_int) -> c_int;
        pub fn nari_v8__String__WriteOneByte(s: Local, buffer: *mut u8, capacity: c_int) -> c_int;
        pub fn nari_v8__String__Write(s: Local, buffer: *mut u16, capacity: c_int) -> c_int;

        pub fn nari_v8__Object__New() -> Local;
        pub fn nari_v8__Value__ToObject(
            value: Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Array__New(length: c_int) -> Local;
        pub fn nari_v8__Array__Length(array: Local) -> u32;
        pub fn nari_v8__Object__Set(
            obj: Local,
            key: Local,
            value: Local,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__Get(
            obj: Local,
            key: Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__Has(
            obj: Local,
            key: Local,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__HasOwnProperty(
            obj: Local,
            key: Local,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__Delete(
            obj: Local,
            key: Local,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__SetIndex(
            obj: Local,
            index: u32,
            value: Local,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__GetIndex(
            obj: Local,
            index: u32,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__HasIndex(
            obj: Local,
            index: u32,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__DeleteIndex(
            obj: Local,
            index: u32,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
        #[allow(clippy::too_many_arguments)]
        pub fn nari_v8__Object__DefineProperty(
            obj: Local,
            key: Local,
            value: Option<Local>,
            getter: Option<Local>,
            setter: Option<Local>,
            writable: bool,
            enumerable: bool,
            configurable: bool,
            defined: *mut bool,
            exc: *mut Exception,
        ) -> bool;

        pub fn nari_v8__Function__SetCallback(callback: FunctionCallback);
        pub fn nari_v8__Layout__HeapFacts(facts: *mut heap::HeapFacts);
        pub fn nari_v8__Function__New(data: *mut c_void, name: Option<Local>) -> Option<Local>;
        pub fn nari_v8__Function__Call(
            f: Local,
            recv: Local,
            argc: c_int,
            argv: *const Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Function__NewInstance(
            f: Local,
            argc: c_int,
            argv: *const Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Script__Run(
            source: Local,
            filename: Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__ScriptCompiler__CompileFunction(
            source: Local,
            filename: Local,
            param_count: c_int,
            params: *const Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;

        pub fn nari_v8__Exception__New(kind: ErrorKind, message: Local) -> Local;
        pub fn nari_v8__Exception__SourceArrow(exception: Local) -> Option<Local>;
    }
}

/// Calls a shim that reports failure through an exception out-parameter,
/// giving it a default-initialised result slot.
fn catching<T: Default>(call: impl FnOnce(&mut T, *mut Exception) -> bool) -> Result<T, Exception> {
    let mut slot = T::default();
    let mut exception: Exception = None;
    if call(&mut slot, &mut exception) {
        Ok(slot)
    } else {
        Err(exception)
    }
}

/// [`catching`] for shims whose success always produces a handle.
fn catching_local(
    call: impl FnOnce(&mut Option<Local>, *mut Exception) -> bool,
) -> Result<Local, Exception> {
    catching(call).map(|result| result.expect("the shim returns a handle on success"))
}

/// `Local::is_x` type predicates over one-line shims (`$shim(value) -> bool`),
/// each resolved in the invoking module's `ffi`.
macro_rules! predicates {
    ($($name:ident => $shim:ident),* $(,)?) => {
        impl Local {
            $(
                pub fn $name(self) -> bool {
                    // SAFETY: see the invoking module's comment: the shim only
                    // inspects a live handle, on the JS thread.
                    unsafe { ffi::$shim(self) }
                }
            )*
        }
    };
}

mod buffers;
mod callback_info;
mod classes;
mod globals;
mod heap;
mod isolate;
mod lifetime;
mod modules;
mod objects;
mod primitives;
mod strings;
mod values;

pub use buffers::*;
pub use callback_info::{CallbackInfo, FunctionCallback};
pub use classes::*;
pub use globals::*;
pub use isolate::*;
pub use lifetime::*;
pub use modules::*;
pub use objects::*;
pub use primitives::*;
pub use strings::*;
pub use values::*;
