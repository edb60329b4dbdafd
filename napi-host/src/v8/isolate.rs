//! Process set-up, the isolate, microtasks, exceptions, scripts and functions.

use super::{catching_local, ffi, Exception, FunctionCallback, Local};
use std::ffi::{c_void, CStr, CString};
use std::os::raw::{c_char, c_int};

/// Hands V8 the flags it recognises in `args` and returns the rest (the first
/// element, the program name, is kept). Call before [`initialize`].
pub fn set_flags_from_command_line(args: Vec<String>) -> Vec<String> {
    let owned: Vec<CString> = args
        .into_iter()
        .map(|a| CString::new(a).unwrap_or_default())
        .collect();
    let mut argv: Vec<*mut c_char> = owned.iter().map(|a| a.as_ptr().cast_mut()).collect();
    let mut argc = argv.len() as c_int;
    // SAFETY: argv holds argc valid NUL-terminated strings that outlive the
    // call; V8 only reorders the pointer array.
    unsafe { ffi::nari_v8__V8__SetFlagsFromCommandLine(&mut argc, argv.as_mut_ptr()) };
    argv[..argc as usize]
        // SAFETY: the remaining pointers are still the strings in `owned`.
        .iter()
        .map(|&p| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
        .collect()
}

/// Sets V8 flags from a string such as `"--expose-gc"`.
pub fn set_flags(flags: &str) {
    // SAFETY: pointer and length describe a live byte string.
    unsafe { ffi::nari_v8__V8__SetFlagsFromString(flags.as_ptr().cast(), flags.len()) };
}

pub fn version() -> &'static str {
    // SAFETY: V8 returns a static NUL-terminated ASCII string.
    unsafe { CStr::from_ptr(ffi::nari_v8__V8__GetVersion()) }
        .to_str()
        .unwrap_or("")
}

/// Starts V8 (platform + engine). Once per process, before [`run`].
/// `callback` runs every native function's calls.
pub fn initialize(callback: FunctionCallback) {
    // SAFETY: called once at start-up on the main thread; `callback` is a
    // valid function for the lifetime of the process.
    unsafe {
        ffi::nari_v8__V8__Initialize();
        ffi::nari_v8__Function__SetCallback(callback);
    }
}

/// Creates the isolate and a context, enters them, runs `main` inside, then
/// disposes of the isolate.
pub fn run<F: FnOnce()>(main: F) {
    unsafe extern "C" fn trampoline<F: FnOnce()>(data: *mut c_void) {
        // SAFETY: `data` is the `Option<F>` below, alive for the whole call.
        let main = unsafe { &mut *data.cast::<Option<F>>() };
        super::heap::record_isolate_facts();
        if let Some(main) = main.take() {
            main();
        }
    }
    let mut main = Some(main);
    // SAFETY: the trampoline is instantiated for this closure's type and gets
    // a pointer to it that stays valid until Run returns.
    unsafe { ffi::nari_v8__Isolate__Run(trampoline::<F>, (&mut main as *mut Option<F>).cast()) };
}

pub fn perform_microtask_checkpoint() {
    // SAFETY: only called on the JS thread inside `run`.
    unsafe { ffi::nari_v8__Isolate__PerformMicrotaskCheckpoint() }
}

/// Queues `function` (a Function) to run at the next microtask checkpoint.
pub fn enqueue_microtask(function: Local) {
    // SAFETY: on the JS thread; callers check that `function` is a Function.
    unsafe { ffi::nari_v8__Isolate__EnqueueMicrotask(function) }
}

/// Installs the isolate's promise-rejection callback.
pub fn set_promise_reject_callback(callback: super::PromiseRejectCallback) {
    // SAFETY: on the JS thread inside `run`; `callback` is a plain function.
    unsafe { ffi::nari_v8__Isolate__SetPromiseRejectCallback(callback) }
}

/// Schedules `exception` to be thrown when control returns to JavaScript.
pub fn throw(exception: Local) {
    // SAFETY: a live handle, on the JS thread.
    unsafe { ffi::nari_v8__Isolate__ThrowException(exception) }
}

pub fn low_memory_notification() {
    // SAFETY: on the JS thread inside `run`.
    unsafe { ffi::nari_v8__Isolate__LowMemoryNotification() }
}

/// Tells V8 about memory kept alive by JS objects; returns the new total.
pub fn adjust_external_memory(change: i64) -> i64 {
    let mut result = 0;
    // SAFETY: on the JS thread; result is a valid out-pointer.
    unsafe { ffi::nari_v8__Isolate__AdjustAmountOfExternalAllocatedMemory(change, &mut result) };
    result
}

/// A JS function that calls the registered [`Invoke`] with `data`.
///
/// # Safety
/// `data` must stay valid for the [`Invoke`] as long as the function can be called.
pub unsafe fn new_function(data: *mut c_void, name: Option<Local>) -> Option<Local> {
    // SAFETY: V8 only stores `data` in an External; name is a live string handle.
    unsafe { ffi::nari_v8__Function__New(data, name) }
}

pub fn call_function(function: Local, receiver: Local, args: &[Local]) -> Result<Local, Exception> {
    // SAFETY: live handles; argv points at args.len() handles.
    catching_local(|result, exc| unsafe {
        ffi::nari_v8__Function__Call(
            function,
            receiver,
            args.len() as c_int,
            args.as_ptr(),
            result,
            exc,
        )
    })
}

pub fn new_instance(constructor: Local, args: &[Local]) -> Result<Local, Exception> {
    // SAFETY: live handles; argv points at args.len() handles.
    catching_local(|result, exc| unsafe {
        ffi::nari_v8__Function__NewInstance(
            constructor,
            args.len() as c_int,
            args.as_ptr(),
            result,
            exc,
        )
    })
}

/// Compiles and runs a classic script.
pub fn run_script(source: Local, filename: Local) -> Result<Local, Exception> {
    // SAFETY: live string handles.
    catching_local(|result, exc| unsafe {
        ffi::nari_v8__Script__Run(source, filename, result, exc)
    })
}

/// Compiles `source` as the body of a function with the given parameter names.
pub fn compile_function(
    source: Local,
    filename: Local,
    params: &[Local],
) -> Result<Local, Exception> {
    // SAFETY: live string handles; params points at params.len() handles.
    catching_local(|result, exc| unsafe {
        ffi::nari_v8__ScriptCompiler__CompileFunction(
            source,
            filename,
            params.len() as c_int,
            params.as_ptr(),
            result,
            exc,
        )
    })
}

/// V8's heap statistics: `(total heap size, used heap size, external
/// memory)` in bytes, for `process.memoryUsage()`.
pub fn heap_statistics() -> (usize, usize, usize) {
    extern "C" {
        fn nari_v8__Isolate__GetHeapStatistics(
            total: *mut usize,
            used: *mut usize,
            external: *mut usize,
        );
    }
    let (mut total, mut used, mut external) = (0, 0, 0);
    // SAFETY: on the JS thread inside `run`; the three are valid out-pointers.
    unsafe { nari_v8__Isolate__GetHeapStatistics(&mut total, &mut used, &mut external) };
    (total, used, external)
}
