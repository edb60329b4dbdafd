//! The natives the bootstrap builds on: small Rust functions, each exposed to
//! JS as a property of the `natives` object passed to `bootstrap.js`.
//!
//! All run on the JS thread. A native throws by returning `Err(value)`.
//! Filesystem errors become `Error`s with Node's `code` (`ENOENT`, …).

use std::io::Write;
use std::path::Path;

use napi_host::v8::{self, ErrorKind, Local};
use napi_host::{native_function, Env, NativeCall, RustCallback};

use crate::builtins;
use crate::event_loop;
use crate::modules::esm;

type NativeResult = Result<Local, Local>;

/// The natives object: `{ name: function, … }` plus static data.
pub fn create(env: &'static Env) -> Local {
    let natives = v8::new_object();
    let functions: &[(&str, RustCallback)] = &[
        ("writeString", write_string),
        ("readFileUtf8", read_file_utf8),
        ("statKind", stat_kind),
        ("realpath", realpath),
        ("compileFunction", compile_function),
        ("runScript", run_script),
        ("loadAddon", load_addon),
        // ES modules (modules/esm.rs)
        ("esmSetHooks", esm::set_hooks),
        ("esmLoaderSource", esm::loader_source),
        ("esmEntryIsModule", esm::entry_is_module),
        ("esmCompile", esm::compile),
        ("esmCreateSynthetic", esm::create_synthetic),
        ("esmSetExport", esm::set_export),
        ("esmRequests", esm::requests),
        ("esmRequestTypes", esm::request_types),
        ("esmLink", esm::link),
        ("esmInstantiate", esm::instantiate),
        ("esmEvaluate", esm::evaluate),
        ("esmNamespace", esm::namespace),
        ("esmStatus", esm::status),
        ("exit", exit),
        ("cwd", cwd),
        ("setEnv", set_env),
        ("hrtimeMs", hrtime_ms),
        ("scheduleTimer", schedule_timer),
        ("setImmediates", set_immediates),
        ("enqueueMicrotask", enqueue_microtask),
        ("takeUnhandledRejections", take_unhandled_rejections),
        ("runMicrotasks", run_microtasks),
        ("builtinSource", builtin_source),
        ("sourceArrow", source_arrow),
        ("promiseState", promise_state),
        ("fsSync", builtins::fs::fs_sync),
        ("fsAsync", builtins::fs::fs_async),
        ("osInfo", builtins::os::os_info),
        ("spawnSync", builtins::child_process::spawn_sync),
        ("spawn", builtins::child_process::spawn),
        ("childControl", builtins::child_process::child_control),
        ("processReport", builtins::process_info::report),
        ("processInfo", builtins::process_info::info),
        ("processCall", builtins::process_info::call),
        ("hashCreate", builtins::crypto::hash_create),
        ("hashUpdate", builtins::crypto::hash_update),
        ("hashDigest", builtins::crypto::hash_digest),
        ("hashCopy", builtins::crypto::hash_copy),
        ("hashFree", builtins::crypto::hash_free),
        ("randomFill", builtins::crypto::random_fill),
        ("isExternal", builtins::crypto::is_external),
    ];
    for (name, function) in functions {
        set(natives, name, native_function(env, name, *function));
    }
    natives
}

pub fn set(object: Local, name: &str, value: Local) {
    object
        .set(v8::internalized_string(name), value)
        .expect("defining on a fresh object does not throw");
}

pub fn string(text: &str) -> Local {
    v8::string_from_utf8(text.as_bytes()).expect("strings from Rust fit in V8")
}

/// An `Error` with `message` and, if given, a `code` property.
pub fn error(kind: ErrorKind, message: &str, code: Option<&str>) -> Local {
    let error = v8::new_error(kind, string(message));
    if let Some(code) = code {
        set(error, "code", string(code));
    }
    error
}

/// A string argument, or a TypeError naming the native.
fn string_arg(call: &NativeCall, i: usize, native: &str) -> Result<String, Local> {
    let value = call.arg(i);
    if value.is_string() {
        Ok(value.to_rust_string())
    } else {
        Err(error(
            ErrorKind::TypeError,
            &format!("{native}: argument {i} must be a string"),
            Some("ERR_INVALID_ARG_TYPE"),
        ))
    }
}

/// Node-style error for a failed filesystem call: `ENOENT: no such file or directory, open 'x'`.
fn fs_error(err: &std::io::Error, syscall: &str, path: &str) -> Local {
    let (code, text) = match err.raw_os_error() {
        Some(2) => ("ENOENT", "no such file or directory"),
        Some(13) => ("EACCES", "permission denied"),
        Some(21) => ("EISDIR", "illegal operation on a directory"),
        Some(20) => ("ENOTDIR", "not a directory"),
        _ => ("EIO", "i/o error"),
    };
    let e = error(
        ErrorKind::Error,
        &format!("{code}: {text}, {syscall} '{path}'"),
        Some(code),
    );
    set(e, "syscall", string(syscall));
    set(e, "path", string(path));
    set(
        e,
        "errno",
        v8::number(-(err.raw_os_error().unwrap_or(5) as f64)),
    );
    e
}

/// writeString(fd, chunk): writes a string (as UTF-8) or the bytes of a
/// typed array / DataView to stdout (1) or stderr (2).
fn write_string(call: &NativeCall) -> NativeResult {
    let chunk = call.arg(1);
    let owned;
    let bytes: &[u8] = if chunk.is_string() {
        owned = chunk.to_rust_string();
        owned.as_bytes()
    } else if chunk.is_typed_array() || chunk.is_data_view() {
        let base = chunk.view_buffer().buffer_data();
        let len = chunk.view_byte_length();
        if base.is_null() || len == 0 {
            &[]
        } else {
            // SAFETY: the view's bytes stay valid and unchanged while this
            // native runs (no JS runs here); offset + length is within the buffer.
            unsafe {
                std::slice::from_raw_parts(base.cast::<u8>().add(chunk.view_byte_offset()), len)
            }
        }
    } else {
        return Err(error(
            ErrorKind::TypeError,
            "writeString: the chunk must be a string or a Uint8Array",
            Some("ERR_INVALID_ARG_TYPE"),
        ));
    };
    let result = if call.arg(0).int32_value() == 2 {
        std::io::stderr().write_all(bytes)
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes).and_then(|_| out.flush())
    };
    // A closed pipe is not an error worth dying for (node ignores EPIPE here too).
    let _ = result;
    Ok(v8::undefined())
}

/// readFileUtf8(path): the file's text.
fn read_file_utf8(call: &NativeCall) -> NativeResult {
    let path = string_arg(call, 0, "readFileUtf8")?;
    match std::fs::read(&path) {
        Ok(bytes) => v8::string_from_utf8(&bytes).ok_or_else(|| {
            error(
                ErrorKind::Error,
                &format!("file too large to read as a string: {path}"),
                Some("ERR_STRING_TOO_LONG"),
            )
        }),
        Err(e) => Err(fs_error(&e, "open", &path)),
    }
}

/// statKind(path): 0 missing, 1 file, 2 directory (following symlinks).
fn stat_kind(call: &NativeCall) -> NativeResult {
    let path = string_arg(call, 0, "statKind")?;
    let kind = match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 1,
        Err(_) => 0,
    };
    Ok(v8::int32(kind))
}

/// realpath(path): the canonical absolute path.
fn realpath(call: &NativeCall) -> NativeResult {
    let path = string_arg(call, 0, "realpath")?;
    match std::fs::canonicalize(&path) {
        Ok(real) => Ok(string(&real.to_string_lossy())),
        Err(e) => Err(fs_error(&e, "realpath", &path)),
    }
}

/// compileFunction(source, filename, params): a function with that body.
fn compile_function(call: &NativeCall) -> NativeResult {
    let (source, filename, params) = (call.arg(0), call.arg(1), call.arg(2));
    if !source.is_string() || !filename.is_string() || !params.is_array() {
        return Err(error(
            ErrorKind::TypeError,
            "compileFunction(source, filename, params)",
            None,
        ));
    }
    let names: Vec<Local> = (0..params.array_length())
        .map(|i| params.get_index(i))
        .collect::<Result<_, _>>()
        .map_err(thrown)?;
    v8::compile_function(source, filename, &names).map_err(thrown)
}

/// runScript(source, filename): runs a classic script, returns its completion value.
fn run_script(call: &NativeCall) -> NativeResult {
    let (source, filename) = (call.arg(0), call.arg(1));
    if !source.is_string() || !filename.is_string() {
        return Err(error(
            ErrorKind::TypeError,
            "runScript(source, filename)",
            None,
        ));
    }
    v8::run_script(source, filename).map_err(thrown)
}

/// loadAddon(path, exports): opens a `.node` file; returns its exports.
fn load_addon(call: &NativeCall) -> NativeResult {
    let path = string_arg(call, 0, "loadAddon")?;
    let exports = call.arg(1);
    crate::modules::load_addon(Path::new(&path), exports)
}

/// exit(code): flushes stdout and ends the process now.
fn exit(call: &NativeCall) -> NativeResult {
    let _ = std::io::stdout().flush();
    std::process::exit(call.arg(0).int32_value())
}

fn cwd(_call: &NativeCall) -> NativeResult {
    match std::env::current_dir() {
        Ok(dir) => Ok(string(&dir.to_string_lossy())),
        Err(e) => Err(fs_error(&e, "uv_cwd", "")),
    }
}

/// setEnv(key, value): sets (value a string) or, value not a string, removes a
/// variable of the real process environment, which addons read with getenv.
/// A name the OS cannot hold (empty, with `=` or NUL) is left alone, as node.
fn set_env(call: &NativeCall) -> NativeResult {
    let key = string_arg(call, 0, "setEnv")?;
    let value = if call.arg(1).is_string() {
        Some(call.arg(1).to_rust_string())
    } else {
        None
    };
    if key.is_empty()
        || key.contains(['=', '\0'])
        || value.as_ref().is_some_and(|v| v.contains('\0'))
    {
        return Ok(v8::undefined());
    }
    match value {
        Some(value) => std::env::set_var(key, value),
        None => std::env::remove_var(key),
    }
    Ok(v8::undefined())
}

/// hrtimeMs(): milliseconds on a monotonic clock (fractional); also the
/// clock of timers.
fn hrtime_ms(_call: &NativeCall) -> NativeResult {
    Ok(v8::number(event_loop::now_ms()))
}

/// scheduleTimer(expiry, refed): the earliest timer (0: none), for the loop.
fn schedule_timer(call: &NativeCall) -> NativeResult {
    let expiry = call.arg(0);
    let expiry = if expiry.is_number() {
        expiry.number_value()
    } else {
        0.0
    };
    event_loop::schedule_timer(expiry, call.arg(1).boolean_value());
    Ok(v8::undefined())
}

/// setImmediates(all, refed): how many immediates are pending, for the loop.
fn set_immediates(call: &NativeCall) -> NativeResult {
    event_loop::set_immediates(call.arg(0).uint32_value(), call.arg(1).uint32_value());
    Ok(v8::undefined())
}

/// takeUnhandledRejections(): `[promise, reason, …]` still unhandled.
fn take_unhandled_rejections(_call: &NativeCall) -> NativeResult {
    Ok(crate::rejections::take())
}

/// enqueueMicrotask(fn): queues `fn` as a V8 microtask.
fn enqueue_microtask(call: &NativeCall) -> NativeResult {
    let callback = call.arg(0);
    if !callback.is_function() {
        return Err(error(
            ErrorKind::TypeError,
            "enqueueMicrotask(fn)",
            Some("ERR_INVALID_ARG_TYPE"),
        ));
    }
    v8::enqueue_microtask(callback);
    Ok(v8::undefined())
}

fn run_microtasks(_call: &NativeCall) -> NativeResult {
    v8::perform_microtask_checkpoint();
    Ok(v8::undefined())
}

/// promiseState(p): [0] pending, [1, value] fulfilled, [2, reason] rejected;
/// undefined for values that are not promises.
fn promise_state(call: &NativeCall) -> NativeResult {
    let promise = call.arg(0);
    if !promise.is_promise() {
        return Ok(v8::undefined());
    }
    let array = v8::new_array(2);
    let (state, value) = match promise.promise_state() {
        None => (0, None),
        Some(Ok(value)) => (1, Some(value)),
        Some(Err(reason)) => (2, Some(reason)),
    };
    array.set_index(0, v8::int32(state)).map_err(thrown)?;
    if let Some(value) = value {
        array.set_index(1, value).map_err(thrown)?;
    }
    Ok(array)
}

/// sourceArrow(error): "file:line\n<source line>\n^\n" where it was thrown, or undefined.
fn source_arrow(call: &NativeCall) -> NativeResult {
    Ok(v8::source_arrow(call.arg(0)).unwrap_or_else(v8::undefined))
}

/// builtinSource(name): the embedded source of a builtin module, or undefined.
fn builtin_source(call: &NativeCall) -> NativeResult {
    let name = string_arg(call, 0, "builtinSource")?;
    Ok(builtins::source(&name).map_or_else(v8::undefined, string))
}

/// An exception caught from V8 (None when execution was terminated).
pub fn thrown(exception: v8::Exception) -> Local {
    exception.unwrap_or_else(|| error(ErrorKind::Error, "execution terminated", None))
}
