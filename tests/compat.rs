//! Compatibility suite: real Node-API addon packages from npm run unchanged.
//!
//! `tests/compat/package.json` and its lock file pin the packages. The test
//! installs them once with `npm ci` into `target/compat/<hash of the package
//! files>/` (reused while the lock file is unchanged), copies
//! `tests/compat/scenarios/` next to that `node_modules/` — so `require` finds
//! the packages exactly as in an application after `npm install` — and runs
//! every scenario (`scenarios/<package>.js`, `@scope/name` spelled
//! `scope-name.js`) under the reference Node.js and under nari. A scenario
//! prints `ok <package>` and exits 0 when the package worked for real and its
//! native file was mapped into the process.
//!
//! - Under Node.js every scenario must pass: a failure there is a wrong
//!   scenario (or a broken install).
//! - Under nari every scenario must pass, except the packages listed in
//!   `tests/compat/nari-expected-failures.txt`, which are reported loudly;
//!   a listed package that passes fails the test so that the list shrinks.
//!   `NARI_COMPAT_STRICT=1` ignores the list.
//!
//! Without npm the suite is skipped with a loud message, unless
//! `NARI_REQUIRE_COMPAT=1` (CI), which makes a missing npm a failure.
//! `NARI_COMPAT_FILTER=<substring>` runs only the matching packages.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Seconds one scenario may run before it is killed.
const SCENARIO_TIMEOUT_SECS: u32 = 60;
/// Scenarios run at once per runtime (they mostly wait on I/O and threads).
const PARALLEL: usize = 4;

fn compat_source() -> PathBuf {
    common::repo().join("tests/compat")
}

fn target_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is <target>/tmp.
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR has a parent")
        .to_path_buf()
}

/// 64-bit FNV-1a: a stable cache key (std's hasher is not stable across
/// Rust versions).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in part.iter().chain(&[0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The packages the suite pins: the `dependencies` of tests/compat/package.json.
fn packages() -> Vec<String> {
    let text = std::fs::read_to_string(compat_source().join("package.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).expect("package.json is JSON");
    json["dependencies"]
        .as_object()
        .expect("package.json has dependencies")
        .keys()
        .cloned()
        .collect()
}

/// `@scope/name` → `scope-name`: the scenario file's stem.
fn scenario_stem(package: &str) -> String {
    package.trim_start_matches('@').replace('/', "-")
}

fn require_compat() -> bool {
    std::env::var_os("NARI_REQUIRE_COMPAT").is_some_and(|v| !v.is_empty() && v != "0")
}

fn npm_available() -> bool {
    Command::new("npm")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Installs the pinned packages (once per lock-file content) and lays the
/// scenarios next to them; returns the scenarios directory, or None (after a
/// loud message) when npm is missing and the suite is not required.
fn install() -> Option<PathBuf> {
    static INSTALLED: OnceLock<Option<PathBuf>> = OnceLock::new();
    INSTALLED.get_or_init(install_uncached).clone()
}

fn install_uncached() -> Option<PathBuf> {
    let source = compat_source();
    let manifest = std::fs::read(source.join("package.json")).unwrap();
    let lock = std::fs::read(source.join("package-lock.json"))
        .expect("tests/compat/package-lock.json is committed");
    let key = format!("{:016x}", fnv1a(&[&manifest, &lock]));
    let root = target_dir().join("compat");
    let dir = root.join(&key);
    let stamp = dir.join(".installed");

    if !stamp.is_file() {
        if !npm_available() {
            assert!(
                !require_compat(),
                "NARI_REQUIRE_COMPAT is set but `npm` is not on PATH: the compatibility suite cannot install its packages"
            );
            eprintln!(
                "\n*** SKIPPED: no `npm` on PATH: the compatibility suite (real addon packages) did NOT run ***\n"
            );
            return None;
        }
        if dir.exists() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("package.json"), &manifest).unwrap();
        std::fs::write(dir.join("package-lock.json"), &lock).unwrap();
        let mut npm = Command::new("npm");
        npm.args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir);
        // sqlite3 builds from source with node-gyp: use the installed Node.js
        // headers (Debian/NodeSource ship them) rather than downloading them.
        if std::env::var_os("npm_config_nodedir").is_none()
            && Path::new("/usr/include/node/node_api.h").is_file()
        {
            npm.env("npm_config_nodedir", "/usr");
        }
        eprintln!("compat: npm ci into {} …", dir.display());
        let started = Instant::now();
        let output = npm
            .output()
            .unwrap_or_else(|e| panic!("running npm ci: {e}"));
        assert!(
            output.status.success(),
            "npm ci in {} failed ({}):\n{}{}",
            dir.display(),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        eprintln!("compat: installed in {:.0?}", started.elapsed());
        std::fs::write(&stamp, &key).unwrap();
        // Installs for older lock files are of no further use.
        for entry in std::fs::read_dir(&root).unwrap().flatten() {
            if entry.file_name() != key.as_str() && entry.path().is_dir() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    // Fresh copies of the scenarios every run, next to node_modules/.
    let scenarios = dir.join("scenarios");
    if scenarios.exists() {
        std::fs::remove_dir_all(&scenarios).unwrap();
    }
    std::fs::create_dir_all(&scenarios).unwrap();
    for entry in std::fs::read_dir(source.join("scenarios"))
        .unwrap()
        .flatten()
    {
        std::fs::copy(entry.path(), scenarios.join(entry.file_name())).unwrap();
    }
    Some(scenarios)
}

/// The scenarios to run: (package, file), one per pinned package, filtered
/// by `NARI_COMPAT_FILTER`.
fn scenarios(dir: &Path) -> Vec<(String, PathBuf)> {
    let packages = packages();
    let stems: Vec<String> = packages.iter().map(|p| scenario_stem(p)).collect();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".js") {
            assert!(
                stem.starts_with('_') || stems.iter().any(|s| s == stem),
                "tests/compat/scenarios/{name} matches no dependency of tests/compat/package.json"
            );
        }
    }
    let filter = std::env::var("NARI_COMPAT_FILTER").unwrap_or_default();
    packages
        .into_iter()
        .zip(stems)
        .map(|(package, stem)| {
            let file = dir.join(format!("{stem}.js"));
            assert!(
                file.is_file(),
                "package {package} has no scenario tests/compat/scenarios/{stem}.js"
            );
            (package, file)
        })
        .filter(|(package, _)| package.contains(filter.as_str()))
        .collect()
}

struct Outcome {
    passed: bool,
    summary: String,
    elapsed: Duration,
}

fn run_scenario(program: &Path, package: &str, file: &Path) -> Outcome {
    let started = Instant::now();
    let output: Output = Command::new("timeout")
        .args(["-k", "5", &SCENARIO_TIMEOUT_SECS.to_string()])
        .arg(program)
        .arg(file)
        .current_dir(file.parent().unwrap())
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", program.display()));
    let elapsed = started.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let said_ok = stdout.lines().any(|l| l == format!("ok {package}"));
    let passed = output.status.success() && said_ok;
    let status = match output.status.code() {
        Some(124) => format!("timed out after {SCENARIO_TIMEOUT_SECS} s"),
        Some(code) => format!("exit code {code}"),
        None => format!("{}", output.status),
    };
    let summary = if passed {
        String::new()
    } else {
        let why = if output.status.success() {
            format!("exited 0 without printing `ok {package}`")
        } else {
            status
        };
        format!(
            "{why}\n--- stdout\n{}--- stderr\n{}",
            tail(&stdout),
            tail(&stderr)
        )
    };
    Outcome {
        passed,
        summary,
        elapsed,
    }
}

/// The end of a long output (what matters is usually the last error).
fn tail(text: &str) -> String {
    const MAX: usize = 6000;
    let mut text = text.to_string();
    if text.len() > MAX {
        let mut cut = text.len() - MAX;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        text = format!("[… {cut} bytes cut …]\n{}", &text[cut..]);
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Runs every scenario under `program`, a few at a time; results by package.
fn run_all(program: &Path, scenarios: &[(String, PathBuf)]) -> BTreeMap<String, Outcome> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for _ in 0..PARALLEL.min(scenarios.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((package, file)) = scenarios.get(i) else {
                    break;
                };
                let outcome = run_scenario(program, package, file);
                println!(
                    "{} {package} under {} ({:.1?})",
                    if outcome.passed { "ok  " } else { "FAIL" },
                    program.display(),
                    outcome.elapsed
                );
                results.lock().unwrap().insert(package.clone(), outcome);
            });
        }
    });
    results.into_inner().unwrap()
}

/// Packages expected to fail under nari for now: first word of each
/// non-comment line of tests/compat/nari-expected-failures.txt.
fn expected_failures() -> Vec<String> {
    if std::env::var_os("NARI_COMPAT_STRICT").is_some_and(|v| !v.is_empty() && v != "0") {
        return Vec::new();
    }
    let path = compat_source().join("nari-expected-failures.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .collect()
}

#[test]
fn every_package_has_a_scenario_and_the_lock_pins_it() {
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(compat_source().join("package-lock.json")).unwrap(),
    )
    .expect("package-lock.json is JSON");
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(compat_source().join("package.json")).unwrap(),
    )
    .unwrap();
    for package in packages() {
        let wanted = manifest["dependencies"][&package].as_str().unwrap();
        assert!(
            wanted.chars().next().is_some_and(|c| c.is_ascii_digit()),
            "{package}: pin an exact version, not {wanted:?}"
        );
        let locked = &lock["packages"][format!("node_modules/{package}")]["version"];
        assert_eq!(
            locked.as_str(),
            Some(wanted),
            "{package}: package-lock.json is out of date with package.json (run npm install --package-lock-only)"
        );
        let stem = scenario_stem(&package);
        assert!(
            compat_source()
                .join(format!("scenarios/{stem}.js"))
                .is_file(),
            "{package} has no scenario tests/compat/scenarios/{stem}.js"
        );
    }
    for name in expected_failures() {
        assert!(
            packages().contains(&name),
            "nari-expected-failures.txt names {name}, which is not a pinned package"
        );
    }
}

#[test]
fn compat_scenarios_pass_under_node() {
    let Some(node) = common::reference_node() else {
        return;
    };
    let Some(dir) = install() else {
        return;
    };
    let scenarios = scenarios(&dir);
    let results = run_all(&node, &scenarios);
    let failures: Vec<String> = results
        .iter()
        .filter(|(_, o)| !o.passed)
        .map(|(p, o)| format!("== {p}: {}", o.summary))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} compatibility scenarios fail under Node.js ({}) — a scenario Node fails is a wrong scenario:\n\n{}",
        failures.len(),
        results.len(),
        node.display(),
        failures.join("\n")
    );
}

#[test]
fn compat_scenarios_pass_under_nari() {
    let Some(dir) = install() else {
        return;
    };
    let scenarios = scenarios(&dir);
    let results = run_all(&common::nari(), &scenarios);
    let expected = expected_failures();
    let mut failures = Vec::new();
    let mut known = Vec::new();
    let mut now_passing = Vec::new();
    for (package, outcome) in &results {
        let listed = expected.contains(package);
        match (outcome.passed, listed) {
            (false, false) => failures.push(format!("== {package}: {}", outcome.summary)),
            (false, true) => known.push(format!("== {package}: {}", outcome.summary)),
            (true, true) => now_passing.push(package.clone()),
            (true, false) => {}
        }
    }
    if !known.is_empty() {
        eprintln!(
            "\n*** {} of {} packages still FAIL under nari (listed in tests/compat/nari-expected-failures.txt) ***\n{}",
            known.len(),
            results.len(),
            known.join("\n")
        );
    }
    assert!(
        failures.is_empty() && now_passing.is_empty(),
        "compatibility suite under nari:\n{}{}",
        if failures.is_empty() {
            String::new()
        } else {
            format!(
                "{} of {} packages FAIL:\n\n{}\n",
                failures.len(),
                results.len(),
                failures.join("\n")
            )
        },
        if now_passing.is_empty() {
            String::new()
        } else {
            format!(
                "now passing, remove from tests/compat/nari-expected-failures.txt: {}\n",
                now_passing.join(", ")
            )
        }
    );
}
