//! The executable exports every function the headers declare (the generated
//! list that also fed the linker), imports no Node.js C++ symbol, and takes no
//! `napi_*` from libnode: addons must bind to nari's own definitions.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

fn nm(args: &[&str]) -> BTreeSet<String> {
    let output = Command::new("nm")
        .args(args)
        .arg(common::nari())
        .output()
        .expect("nm (binutils) is installed");
    assert!(
        output.status.success(),
        "nm failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().last())
        .map(|s| s.split('@').next().unwrap().to_string())
        .collect()
}

#[test]
fn executable_exports_every_declared_function() {
    let list = std::fs::read_to_string(env!("NARI_EXPORTS_LIST")).unwrap();
    let declared: Vec<&str> = list.lines().collect();
    assert!(
        declared.len() > 150,
        "the export list looks truncated: {} names",
        declared.len()
    );
    assert!(
        declared.contains(&"napi_create_object")
            && declared.contains(&"node_api_get_module_file_name")
    );
    let exported = nm(&["-D", "--defined-only"]);
    let missing: Vec<&&str> = declared
        .iter()
        .filter(|name| !exported.contains(**name))
        .collect();
    assert!(missing.is_empty(), "not exported by nari: {missing:?}");
}

#[test]
fn executable_imports_no_node_api_or_node_cxx_symbols() {
    let undefined = nm(&["-D", "--undefined-only"]);
    let bad: Vec<&String> = undefined
        .iter()
        .filter(|s| {
            s.starts_with("napi_")
                || s.starts_with("node_api_")
                || s.starts_with("_ZN4node")
                || s.starts_with("_ZNK4node")
        })
        .collect();
    assert!(
        bad.is_empty(),
        "nari must not take these from libnode: {bad:?}"
    );
}
