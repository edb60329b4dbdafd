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
