//! Running a program: bootstrap, the entry point, and the end of the process.
//!
//! Steps:
//! 1. create nari's internal env and the natives;
//! 2. compile and call `bootstrap.js` with them; it returns the hooks;
//! 3. `start` runs the entry point (and its nextTicks and microtasks);
//! 4. unless that ended the process, the event loop runs until nothing is
//!    left (`beforeExit` included);
//! 5. `finish` emits `exit` and gives the exit code;
//! 6. env teardown: the finalizers that have not run yet.
//!
//! Uncaught exceptions are handled in JS with node's policy (printed, exit
//! code 1, `uncaughtException` listeners); a hook returning false means the
//! process must end.

use std::ffi::CString;

use napi_host::v8::{self, Global, Local};
use napi_host::Env;

use crate::cli::{Entry, Options};
use crate::event_loop::{self, Remote};
use crate::natives::{self, set, string};

const BOOTSTRAP: &str = include_str!("bootstrap.js");

/// Runs the program described by `options`; returns the exit code.
pub fn run(options: &Options, remote: &'static Remote) -> i32 {
    let env = Env::new(
        napi_host::env::NAPI_VERSION as i32,
        CString::from(c"nari:internal"),
    );
    crate::rejections::install();
    let natives = natives::create(env);
    set(natives, "data", data(options));

    let params = [v8::internalized_string("natives")];
    let bootstrap = v8::compile_function(string(BOOTSTRAP), string("nari:bootstrap"), &params)
        .unwrap_or_else(|e| fatal("compiling the bootstrap", e));
    let hooks = v8::call_function(bootstrap, v8::undefined(), &[natives])
        .unwrap_or_else(|e| fatal("bootstrapping", e));

    let (kind, argument) = match &options.entry {
        Entry::Script(path) => ("script", path.as_str()),
        Entry::Eval(code) => ("eval", code.as_str()),
        Entry::Print(code) => ("print", code.as_str()),
        Entry::None => ("none", ""),
    };
    let hook =
        |name: &str| {
            let function = hooks
                .get(v8::internalized_string(name))
                .ok()
                .filter(|f| f.is_function());
            Global::new(function.unwrap_or_else(|| {
                fatal_message(&format!("the bootstrap returned no {name} hook"))
            }))
        };
    event_loop::install(event_loop::Hooks {
        process_timers: hook("processTimers"),
        run_immediates: hook("runImmediates"),
        after_callback: hook("afterCallback"),
        before_exit: hook("beforeExit"),
        report_uncaught: hook("reportUncaught"),
        buffer_prototype: hook("bufferPrototype"),
    });
    let started = v8::call_function(
        hook("start").get(),
        v8::undefined(),
        &[string(kind), string(argument)],
    )
    .unwrap_or_else(|e| fatal("starting the program", e));
    if started.boolean_value() {
        event_loop::run(remote);
    }
    let code = v8::call_function(hook("finish").get(), v8::undefined(), &[])
        .unwrap_or_else(|e| fatal("finishing", e))
        .int32_value();
    // Env teardown: cleanup hooks (the loop runs on while async ones finish),
    // then what addons left alive is finalized.
    napi_host::run_cleanup_hooks();
    if napi_host::cleanup_pending() && started.boolean_value() {
        event_loop::run(remote);
    }
    napi_host::teardown();
    event_loop::uninstall();
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

fn fatal_message(what: &str) -> ! {
    eprintln!("nari: internal error: {what}");
    std::process::exit(70)
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
