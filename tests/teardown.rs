//! What happens after `exit`: env cleanup hooks in reverse order of
//! registration (async ones included), then finalizers — the same output
//! under nari and Node.js.

mod common;

fn check(script: &str, expected: &str) {
    let path = common::repo().join(script);
    let mut programs = vec![common::nari()];
    programs.extend(common::reference_nodes());
    for program in programs {
        let output = common::run(&program, &[path.to_str().unwrap()], &common::repo());
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

#[test]
fn cleanup_hooks_run_after_exit_last_registered_first() {
    check(
        "addons-test/cleanup_hooks/print_order.js",
        "main done\ntimer\nexit\ncleanup 4\nasync cleanup 3\ncleanup 1\n",
    );
}
