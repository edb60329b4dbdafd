//! Running a program: bootstrap, the entry point, and the end of the process.
//!
//! Steps: create nari's internal env and the natives; compile and call
//! `bootstrap.js` with them, which returns the `start` function; call it with
//! the entry; report an uncaught exception like node (stack on stderr, exit
//! code 1); otherwise the exit code is whatever `start` returns (it drains
//! `process.nextTick` and microtasks and emits `exit`).

use std::ffi::CString;

use napi_host::v8::{self, Local};
use napi_host::Env;

use crate::cli::{Entry, Options};
use crate::natives::{self, set, string};

const BOOTSTRAP: &str = include_str!("bootstrap.js");

/// Runs the program described by `options`; returns the exit code.
pub fn run(options: &Options) -> i32 {
    let env = Env::new(
        napi_host::env::NAPI_VERSION as i32,
        CString::from(c"nari:internal"),
    );
    let natives = natives::create(env);
    set(natives, "data", data(options));

    let params = [v8::internalized_string("natives")];
    let bootstrap = v8::compile_function(string(BOOTSTRAP), string("nari:bootstrap"), &params)
        .unwrap_or_else(|e| fatal("compiling the bootstrap", e));
    let start = v8::call_function(bootstrap, v8::undefined(), &[natives])
        .unwrap_or_else(|e| fatal("bootstrapping", e));

    let (kind, argument) = match &options.entry {
        Entry::Script(path) => ("script", path.as_str()),
        Entry::Eval(code) => ("eval", code.as_str()),
        Entry::Print(code) => ("print", code.as_str()),
        Entry::None => ("none", ""),
    };
    let code = match v8::call_function(start, v8::undefined(), &[string(kind), string(argument)]) {
        Ok(code) => code.int32_value(),
        Err(exception) => fatal("reporting an uncaught exception", exception),
    };
    // Env teardown: every finalizer that has not run yet runs now.
    napi_host::finalizers::teardown();
    code
}

/// Static facts the bootstrap needs: argv, argv0, execArgv, env, versions.
fn data(options: &Options) -> Local {
    let data = v8::new_object();
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "nari".into());
    set(data, "execPath", string(&exec_path));
    let argv0 = std::env::args_os()
        .next()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| "nari".into());
    set(data, "argv0", string(&argv0));
    set(
        data,
        "args",
        string_array(options.args.iter().map(String::as_str)),
    );
    set(
        data,
        "execArgv",
        string_array(options.exec_args.iter().map(String::as_str)),
    );
    let env = v8::new_object();
    for (key, value) in std::env::vars_os() {
        set(
            env,
            &key.to_string_lossy(),
            string(&value.to_string_lossy()),
        );
    }
    set(data, "env", env);
    set(
        data,
        "nodeVersion",
        string(&napi_host::node_api::node_version_string()),
    );
    set(data, "nariVersion", string(env!("CARGO_PKG_VERSION")));
    set(data, "v8Version", string(v8::version()));
    set(
        data,
        "napiVersion",
        string(&napi_host::env::NAPI_VERSION.to_string()),
    );
    set(data, "pid", v8::number(std::process::id() as f64));
    set(data, "builtins", string_array(crate::builtins::names()));
    set(data, "cjsSource", string(crate::modules::CJS_SOURCE));
    data
}

fn string_array<'a>(items: impl Iterator<Item = &'a str>) -> Local {
    let array = v8::new_array(0);
    for (i, item) in items.enumerate() {
        array
            .set_index(i as u32, string(item))
            .expect("setting an element of a fresh array does not throw");
    }
    array
}

/// The bootstrap itself failed: a bug in nari, not in the user's program.
fn fatal(what: &str, exception: v8::Exception) -> ! {
    let detail = exception.map(|e| {
        let stack = if e.is_object() {
            e.get(v8::internalized_string("stack")).ok()
        } else {
            Some(e)
        };
        stack.filter(|s| s.is_string()).map_or_else(
            || "(a value that is not an Error)".into(),
            |s| s.to_rust_string(),
        )
    });
    eprintln!(
        "nari: internal error while {what}: {}",
        detail.unwrap_or_else(|| "terminated".into())
    );
    std::process::exit(70)
}
