//! The runtime behaves like Node.js: every `tests/js/*.test.js` passes under
//! nari and under the reference Node.js, and every command-line case in
//! `tests/js/cli_cases.json` gives the same observable result under both.
//!
//! A CLI case: `{name, args, cwd?, expect_status, stdout_equals?,
//! stdout_includes?, stderr_includes?, nari_only?: {stdout_includes?, …}}`;
//! `cwd` is relative to the repository root (default: the root).

mod common;

use serde_json::Value;

fn js_tests() -> Vec<std::path::PathBuf> {
    let dir = common::repo().join("tests/js");
    let mut tests = common::find_tests(&dir, &|name| name.ends_with(".test.js"));
    tests.retain(|p| p.parent() == Some(dir.as_path()));
    tests
}

#[test]
fn js_tests_pass_under_nari() {
    common::run_all(&common::nari(), &js_tests());
}

#[test]
fn js_tests_pass_under_node() {
    if let Some(node) = common::reference_node() {
        common::run_all(&node, &js_tests());
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Runs every CLI case under `program`; returns one message per mismatch.
fn check_cli_cases(program: &std::path::Path, is_nari: bool) -> Vec<String> {
    let text = std::fs::read_to_string(common::repo().join("tests/js/cli_cases.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).expect("cli_cases.json is valid JSON");
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let args = strings(case.get("args"));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let cwd = common::repo().join(case.get("cwd").and_then(Value::as_str).unwrap_or("."));
        let output = common::run(program, &args, &cwd);
        let (stdout, stderr) = (
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        let mut problems = Vec::new();
        let expected_status = case["expect_status"].as_i64().map(|s| s as i32);
        if output.status.code() != expected_status {
            problems.push(format!(
                "status {:?}, expected {expected_status:?}",
                output.status.code()
            ));
        }
        if let Some(equals) = case.get("stdout_equals").and_then(Value::as_str) {
            if stdout != equals {
                problems.push(format!("stdout {stdout:?}, expected {equals:?}"));
            }
        }
        let mut checks = vec![
            (strings(case.get("stdout_includes")), &stdout, "stdout"),
            (strings(case.get("stderr_includes")), &stderr, "stderr"),
        ];
        if is_nari {
            if let Some(only) = case.get("nari_only") {
                checks.push((strings(only.get("stdout_includes")), &stdout, "stdout"));
                checks.push((strings(only.get("stderr_includes")), &stderr, "stderr"));
            }
        }
        for (needles, haystack, stream) in checks {
            for needle in needles {
                if !haystack.contains(&needle) {
                    problems.push(format!("{stream} lacks {needle:?}"));
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{name}: {}\n  stdout: {stdout:?}\n  stderr: {stderr:?}",
                problems.join("; ")
            ));
        }
    }
    failures
}

#[test]
fn cli_cases_match_under_nari() {
    let failures = check_cli_cases(&common::nari(), true);
    assert!(
        failures.is_empty(),
        "{} CLI cases failed under nari:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn cli_cases_match_under_node() {
    if let Some(node) = common::reference_node() {
        let failures = check_cli_cases(&node, false);
        assert!(
            failures.is_empty(),
            "{} CLI cases failed under node:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

/// The heap-layout probes behind the hot paths (inline number, callback-data
/// and array-element reads; napi-host/src/v8/layout.cc) all succeed with the
/// V8 nari links: a failed probe silently falls back to slower API calls,
/// so a V8 update that moves a field must show up here.
#[test]
fn heap_layout_probes_succeed() {
    let output = std::process::Command::new(common::nari())
        .args(["-e", "0"])
        .env("NARI_DEBUG_LAYOUT", "1")
        .output()
        .expect("run nari");
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find(|line| line.starts_with("nari layout:"))
        .unwrap_or_else(|| panic!("no layout line in {stderr:?}"));
    for fact in line["nari layout:".len()..].split_whitespace() {
        let (name, value) = fact.split_once('=').expect("name=value");
        let value: i64 = value.parse().expect("a number");
        assert!(value > 0, "layout probe failed: {name}={value} ({line})");
    }
}
