//! `napi_fatal_error` prints `FATAL ERROR: <location> <message>` and aborts,
//! under nari as under Node.js.

mod common;

use std::os::unix::process::ExitStatusExt;

fn die(program: &std::path::Path, method: &str) -> (Option<i32>, String) {
    let code = format!("require('./addons-test/fatal/build/fatal.node').{method}()");
    let output = common::run(program, &["-e", &code], &common::repo());
    (
        output.status.signal(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const SIGABRT: i32 = 6;

fn check(program: &std::path::Path) {
    let (signal, stderr) = die(program, "die");
    assert_eq!(signal, Some(SIGABRT), "{}: {stderr}", program.display());
    assert!(
        stderr.contains("FATAL ERROR: fatal.c:die it went wrong\n"),
        "{}: {stderr}",
        program.display()
    );
}

#[test]
fn fatal_error_aborts_with_message_under_nari() {
    check(&common::nari());
    // A NULL location is allowed by the docs; Node.js 20 segfaults on it
    // (so this half runs under nari only), nari prints the message and aborts.
    let (signal, stderr) = die(&common::nari(), "dieAutoLength");
    assert_eq!(signal, Some(SIGABRT), "{stderr}");
    assert!(
        stderr.contains("FATAL ERROR:  no location given"),
        "{stderr}"
    );
}

#[test]
fn fatal_error_aborts_with_message_under_node() {
    if let Some(node) = common::reference_node() {
        check(&node);
    }
}

/// A "pure" finalizer (module built with NAPI_EXPERIMENTAL, run inside GC)
/// that calls a function which may touch the JS heap is a fatal error, with
/// Node's message.
#[test]
fn pure_finalizer_touching_js_is_fatal() {
    let code = "const a = require('./addons-test/wrap/build/pure_finalizers.node'); (() => a.wrapTouchingJs({}))(); gc()";
    let mut programs = vec![common::nari()];
    programs.extend(std::env::var_os("NARI_NODE26").map(std::path::PathBuf::from));
    for program in programs {
        let output = common::run(&program, &["--expose-gc", "-e", code], &common::repo());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.signal(),
            Some(SIGABRT),
            "{}: {stderr}",
            program.display()
        );
        assert!(
            stderr
                .contains("FATAL ERROR: Finalizer is calling a function that may affect GC state."),
            "{stderr}"
        );
    }
}
