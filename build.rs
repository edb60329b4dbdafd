//! Build script for the `nari` binary.
//!
//! 1. Exports every Node-API function from the executable: the list napi-host
//!    generated from `include/` becomes the linker's dynamic list, so addons
//!    resolve `napi_*` to nari's definitions.
//! 2. Links with an rpath to the folder holding libnode (V8) and libuv.
//! 3. Compiles the test addons (`addons-test/<area>/<name>.c` →
//!    `addons-test/<area>/build/<name>.node`) and the example addon against
//!    `include/`.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let libdir = env::var("DEP_NARI_V8_LIBDIR").expect("napi-host passes the V8 library folder");
    let exports = env::var("DEP_NARI_V8_EXPORTS").expect("napi-host passes the export list");

    let names = fs::read_to_string(&exports).unwrap();
    let mut list = String::from("{\n");
    for name in names.lines() {
        list.push_str(&format!("  {name};\n"));
    }
    list.push_str("};\n");
    let dynamic_list = out.join("exports.dynamic-list");
    fs::write(&dynamic_list, list).unwrap();
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--dynamic-list={}",
        dynamic_list.display()
    );
    // DT_RPATH (not RUNPATH) so that libnode finds its own dependencies (libuv) there too.
    println!("cargo:rustc-link-arg-bins=-Wl,--disable-new-dtags");
    println!("cargo:rustc-link-arg-bins=-Wl,-rpath,{libdir}");
    println!("cargo:rustc-link-arg-bins=-Wl,-rpath-link,{libdir}");
    println!("cargo:rustc-env=NARI_EXPORTS_LIST={exports}");
    let not_implemented =
        env::var("DEP_NARI_V8_NOT_IMPLEMENTED").expect("napi-host passes the missing list");
    println!("cargo:rustc-env=NARI_NOT_IMPLEMENTED_LIST={not_implemented}");
    println!("cargo:rerun-if-changed={exports}");

    let include = manifest.join("include");
    let test_common = manifest.join("addons-test/common");
    // uv.h, for test addons that use libuv.
    let uv_include = PathBuf::from(
        env::var("DEP_NARI_V8_UV_INCLUDE").expect("napi-host passes libuv's include folder"),
    );
    compile_addons(
        &manifest.join("addons-test"),
        &[&include, &test_common, &uv_include],
    );
    compile_addons(&manifest.join("examples"), &[&include]);
}

/// Compiles every `<folder>/<area>/<name>.c` into `<folder>/<area>/build/<name>.node`.
fn compile_addons(root: &Path, includes: &[&Path]) {
    println!("cargo:rerun-if-changed={}", root.display());
    for dir in includes {
        println!("cargo:rerun-if-changed={}", dir.display());
    }
    let Ok(areas) = fs::read_dir(root) else {
        return;
    };
    let compiler = cc::Build::new().get_compiler();
    for area in areas.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        println!("cargo:rerun-if-changed={}", area.display());
        let sources: Vec<PathBuf> = fs::read_dir(&area)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "c"))
            .collect();
        for source in sources {
            println!("cargo:rerun-if-changed={}", source.display());
            let build = area.join("build");
            fs::create_dir_all(&build).unwrap();
            let output = build.join(source.with_extension("node").file_name().unwrap());
            let status = Command::new(compiler.path())
                .args([
                    "-std=c11", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC", "-O2", "-o",
                ])
                .arg(&output)
                .args(includes.iter().flat_map(|dir| [Path::new("-I"), dir]))
                .arg(&source)
                .status()
                .expect("run the C compiler");
            assert!(status.success(), "compiling {} failed", source.display());
        }
    }
}
