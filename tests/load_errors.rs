//! Addon files that would crash a naive host: nari refuses them with a clear
//! JS error instead. (Not in addons-test/: Node.js 20 dies with SIGBUS on a
//! truncated .node file, so these cases run under nari only.)

mod common;

use std::fs;

fn require_in_nari(path: &std::path::Path) -> (Option<i32>, String) {
    let code = format!(
        "try {{ require({:?}); console.log('loaded') }} catch (e) {{ console.log(e.code + ': ' + e.message) }}",
        path.to_str().unwrap()
    );
    let output = common::run(&common::nari(), &["-e", &code], &common::repo());
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn truncated_addon_is_refused_not_a_crash() {
    let original = fs::read(common::repo().join("examples/hello/build/hello.node")).unwrap();
    let dir = std::env::temp_dir().join(format!("nari-truncated-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for keep in [original.len() / 2, 100, 10] {
        let path = dir.join(format!("cut{keep}.node"));
        fs::write(&path, &original[..keep]).unwrap();
        let (status, stdout) = require_in_nari(&path);
        assert_eq!(
            status,
            Some(0),
            "nari crashed on a truncated addon ({keep} bytes): {stdout}"
        );
        assert!(stdout.starts_with("ERR_DLOPEN_FAILED: "), "{stdout}");
        assert!(
            stdout.contains(&format!("cut{keep}.node")),
            "the error names the file: {stdout}"
        );
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn addon_for_another_machine_is_refused() {
    let mut bytes = fs::read(common::repo().join("examples/hello/build/hello.node")).unwrap();
    bytes[18] = 183; // e_machine = EM_AARCH64
    let path = std::env::temp_dir().join(format!("nari-aarch64-{}.node", std::process::id()));
    fs::write(&path, &bytes).unwrap();
    let (status, stdout) = require_in_nari(&path);
    fs::remove_file(&path).unwrap();
    assert_eq!(status, Some(0));
    assert!(stdout.contains("another machine"), "{stdout}");
}
