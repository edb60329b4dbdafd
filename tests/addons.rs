//! Every JS test under addons-test/ passes under nari, and under the reference
//! Node.js (a test Node fails is a wrong test). The addons are built by the
//! root build.rs, so both runtimes load the very same .node files.

mod common;

fn addon_tests() -> Vec<std::path::PathBuf> {
    common::find_tests(&common::repo().join("addons-test"), &|name| {
        name.starts_with("test") && name.ends_with(".js")
    })
}

#[test]
fn addons_test_passes_under_nari() {
    common::run_all(&common::nari(), &addon_tests());
}

#[test]
fn addons_test_passes_under_node() {
    for node in common::reference_nodes() {
        common::run_all(&node, &addon_tests());
    }
}

#[test]
fn example_addon_runs_under_nari_and_node() {
    let example = common::repo().join("examples/hello/index.js");
    let output = common::run(
        &common::nari(),
        &[example.to_str().unwrap()],
        &common::repo(),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Hello, nari, from a Node-API addon"));
    if let Some(node) = common::reference_node() {
        let output = common::run(&node, &[example.to_str().unwrap()], &common::repo());
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// `nari -p "require('./addons-test/…')…"` resolves relative to the cwd, from any cwd.
#[test]
fn addon_loads_with_dash_p_from_any_cwd() {
    let repo = common::repo();
    let code = "require('./addons-test/loading/build/loading.node') !== undefined";
    let output = common::run(&common::nari(), &["-p", code], &repo);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "true",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let elsewhere = std::env::temp_dir();
    let absolute = format!(
        "require('{}').hello('x')",
        repo.join("examples/hello/build/hello.node").display()
    );
    let output = common::run(&common::nari(), &["-p", &absolute], &elsewhere);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "Hello, x, from a Node-API addon"
    );
}
