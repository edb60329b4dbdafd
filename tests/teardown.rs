//! What happens after `exit`: env cleanup hooks in reverse order of
//! registration (async ones included), then finalizers — the same output
//! under nari and Node.js.

mod common;

/// Runs `script` under each of `programs`; its stdout must be `expected`.
fn check_under(programs: &[std::path::PathBuf], script: &str, expected: &str) {
    let path = common::repo().join(script);
    for program in programs {
        let output = common::run(program, &[path.to_str().unwrap()], &common::repo());
        assert!(
            output.status.success(),
            "{}: {}",
            program.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            expected,
            "under {}",
            program.display()
        );
    }
}

fn check(script: &str, expected: &str) {
    let mut programs = vec![common::nari()];
    programs.extend(common::reference_nodes());
    check_under(&programs, script, expected);
}

#[test]
fn cleanup_hooks_run_after_exit_last_registered_first() {
    check(
        "addons-test/cleanup_hooks/print_order.js",
        "main done\ntimer\nexit\ncleanup 4\nasync cleanup 3\ncleanup 1\n",
    );
}

/// Finalizers still pending at exit run at teardown, newest first per addon,
/// newest addon first; JS-running calls then get `napi_cannot_run_js`
/// (Node-API 10 modules) or `napi_pending_exception` (older ones). Compared
/// with Node.js 26 (Node 20 cannot load the Node-API 10 addon).
#[test]
fn finalizers_run_at_teardown_in_nodes_order() {
    let mut expected = String::from("main script done\n");
    for (version, js) in [("v10", 23), ("v8", 10)] {
        for what in [
            "wrap with reference",
            "external",
            "add_finalizer",
            "wrap",
            "instance data",
        ] {
            expected.push_str(&format!(
                "finalizer: {version} {what} (js: {js}, object: 0)\n"
            ));
        }
    }
    let mut programs = vec![common::nari()];
    programs.extend(std::env::var_os("NARI_NODE26").map(std::path::PathBuf::from));
    check_under(
        &programs,
        "addons-test/instance_data/test_teardown.js",
        &expected,
    );
}
