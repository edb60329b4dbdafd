//! Shared helpers for the integration tests: locating nari and the reference
//! node, and running a JS file under either.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn nari() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_nari"))
}

/// The Node.js the tests compare against: `$NARI_REFERENCE_NODE`, else `node`
/// on PATH. None (and a loud message) when there is none.
pub fn reference_node() -> Option<PathBuf> {
    if let Some(node) = std::env::var_os("NARI_REFERENCE_NODE") {
        return Some(PathBuf::from(node));
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("node"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("NARI_REQUIRE_REFERENCE_NODE").is_none(),
            "NARI_REQUIRE_REFERENCE_NODE is set but there is no node on PATH"
        );
        eprintln!("\n*** SKIPPED: no `node` on PATH and NARI_REFERENCE_NODE unset: tests are NOT compared with Node.js ***\n");
    }
    found
}

/// Every file under `dir` (recursively, skipping build/ and node_modules/)
/// whose name matches `is_test`, sorted.
pub fn find_tests(dir: &Path, is_test: &dyn Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
        {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "build" && name != "node_modules" {
                    stack.push(path);
                }
            } else if is_test(&name) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Every Node.js to compare with: the reference node and, when
/// `$NARI_NODE26` names one, Node.js 26 (the first with Node-API 10 and the
/// current experimental functions; `.ci/run` installs it from npm).
pub fn reference_nodes() -> Vec<PathBuf> {
    let mut nodes: Vec<PathBuf> = reference_node().into_iter().collect();
    match std::env::var_os("NARI_NODE26") {
        Some(node26) => nodes.push(PathBuf::from(node26)),
        None => eprintln!(
            "\n*** NARI_NODE26 unset: Node-API 10 behaviour is NOT compared with Node.js 26 (.ci/run sets it) ***\n"
        ),
    }
    nodes
}

/// Runs `program args…` in `cwd` with a timeout; returns its output.
pub fn run(program: &Path, args: &[&str], cwd: &Path) -> Output {
    Command::new("timeout")
        .arg("60")
        .arg(program)
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", program.display()))
}

/// Runtime flags a test asks for with a first-lines comment such as
/// `// Flags: --expose-gc` (passed to nari and node alike).
pub fn test_flags(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .take(5)
        .filter_map(|line| line.trim().strip_prefix("// Flags:"))
        .flat_map(|flags| flags.split_whitespace().map(String::from))
        .collect()
}

/// Runs each JS file under `program`; panics listing every file that failed.
pub fn run_all(program: &Path, files: &[PathBuf]) {
    assert!(!files.is_empty(), "no test files found");
    let mut failures = Vec::new();
    for file in files {
        let dir = file.parent().unwrap();
        let mut args = test_flags(file);
        args.push(file.to_str().unwrap().to_string());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = run(program, &args, dir);
        if output.status.success() {
            println!("ok   {}", file.display());
        } else {
            println!("FAIL {}", file.display());
            failures.push(format!(
                "{} ({}):\n{}{}",
                file.display(),
                output.status,
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed under {}:\n\n{}",
        failures.len(),
        files.len(),
        program.display(),
        failures.join("\n")
    );
}
