//! Build script for napi-host.
//!
//! 1. Locates V8 10.2 (DESIGN §2): `NARI_V8_DIR`, else the system's libnode 108,
//!    else Debian's `libnode108` + `libnode-dev` (and `libuv1`, `libc-ares2`)
//!    fetched with `apt-get download` and unpacked into a cache under `target/`,
//!    whose libnode gets its references to its own V8 and Node.js symbols
//!    bound ahead of time (`build_prelink.rs`: 9 ms less per process start).
//! 2. Compiles the C++ shim (`src/v8/*.cc`) against those headers.
//! 3. Reads the Node-API headers in `include/` — the single source of truth for
//!    what the executable exports — and generates:
//!    - `exports.txt`: one exported name per line (for the linker's dynamic list
//!      and the export test; its path is passed on as `DEP_NARI_V8_EXPORTS`);
//!    - `exports.rs`: a function taking the address of every exported function,
//!      so the linker keeps them all, plus a placeholder for each name that has
//!      no implementation yet (it fails with `napi_generic_failure` and says so).

use std::collections::BTreeSet;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "build_prelink.rs"]
mod prelink;

const DEBIAN_PACKAGES: &[&str] = &[
    "libnode108",
    "libnode-dev",
    "libuv1",
    "libuv1-dev",
    "libc-ares2",
];
const MULTIARCH_LIB: &str = "usr/lib/x86_64-linux-gnu";
/// Exported although no header declares them: the legacy V8-ABI registration
/// entry point, defined by nari so such addons are recognised and refused.
const EXTRA_EXPORTS: &[&str] = &["node_module_register"];

struct V8Location {
    include: PathBuf,
    lib: PathBuf,
    /// Where `uv.h` is (for test addons that use libuv).
    uv_include: PathBuf,
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-env-changed=NARI_V8_DIR");

    let v8 = locate_v8(&out);
    compile_shim(&manifest, &v8);

    println!("cargo:rustc-link-search=native={}", v8.lib.display());
    println!("cargo:rustc-link-lib=dylib=node");
    // libuv (a dependency of libnode): nari embeds a real libuv loop. Linked by
    // soname, as no libuv-dev symlink is needed.
    println!("cargo:rustc-link-lib=dylib:+verbatim=libuv.so.1");
    // This package's own test binaries find libnode (and its libuv) there;
    // dependents (the `nari` binary) add the same rpath from `libdir`.
    println!("cargo:rustc-link-arg=-Wl,--disable-new-dtags");
    println!("cargo:rustc-link-arg=-Wl,-rpath,{}", v8.lib.display());
    println!("cargo:libdir={}", v8.lib.display());
    // libuv's headers, for test addons that use libuv.
    println!("cargo:uv_include={}", v8.uv_include.display());

    generate_exports(&manifest, &out);
}

/// Finds V8 headers and `libnode.so` in the order DESIGN §2 gives.
fn locate_v8(out: &Path) -> V8Location {
    if let Ok(dir) = env::var("NARI_V8_DIR") {
        let dir = PathBuf::from(dir);
        let loc = V8Location {
            include: dir.join("include"),
            lib: dir.join("lib"),
            uv_include: dir.join("include"),
        };
        if !is_v8_10_2(&loc.include) {
            fail(&format!(
                "NARI_V8_DIR={} has no V8 10.2 headers in include/ (need v8-version.h from libnode-dev 18.x)",
                dir.display()
            ));
        }
        return loc;
    }
    let system = V8Location {
        include: PathBuf::from("/usr/include/node"),
        lib: PathBuf::from("/").join(MULTIARCH_LIB),
        uv_include: PathBuf::from("/usr/include"),
    };
    if is_v8_10_2(&system.include)
        && system.lib.join("libnode.so.108").exists()
        && system.lib.join("libnode.so").exists()
        && system.uv_include.join("uv.h").exists()
    {
        return system;
    }
    let cache = target_dir(out).join("nari-deps");
    let unpacked = cache.join("root");
    let loc = V8Location {
        include: unpacked.join("usr/include/node"),
        lib: unpacked.join(MULTIARCH_LIB),
        uv_include: unpacked.join("usr/include"),
    };
    if !(is_v8_10_2(&loc.include)
        && loc.lib.join("libnode.so.108").exists()
        && loc.uv_include.join("uv.h").exists())
    {
        download_debian_v8(&cache, &unpacked);
    }
    if !is_v8_10_2(&loc.include) {
        fail("unpacked libnode-dev but found no V8 10.2 headers");
    }
    let library = loc.lib.join("libnode.so.108");
    if let Err(error) = prelink::prelink(&library) {
        fail(&format!("prelinking {}: {error}", library.display()));
    }
    loc
}

fn is_v8_10_2(include: &Path) -> bool {
    let Ok(text) = fs::read_to_string(include.join("v8-version.h")) else {
        return false;
    };
    text.contains("#define V8_MAJOR_VERSION 10") && text.contains("#define V8_MINOR_VERSION 2\n")
}

/// `target/` (or `CARGO_TARGET_DIR`): the ancestor of OUT_DIR above `<profile>/build/`.
fn target_dir(out: &Path) -> PathBuf {
    let build = out
        .ancestors()
        .find(|p| p.file_name().is_some_and(|n| n == "build"))
        .expect("OUT_DIR is under a build/ folder");
    build
        .parent()
        .and_then(Path::parent)
        .expect("target dir above the profile")
        .to_path_buf()
}

fn download_debian_v8(cache: &Path, unpacked: &Path) {
    let debs = cache.join("debs");
    fs::create_dir_all(&debs).unwrap();
    let download = || {
        Command::new("apt-get")
            .arg("download")
            .args(DEBIAN_PACKAGES)
            .current_dir(&debs)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !download() {
        // A fresh machine may have empty package lists.
        let _ = Command::new("apt-get").arg("update").status();
        if !download() {
            fail(&format!(
                "could not `apt-get download {}` (needed for V8 10.2). Either make apt work, \
                 install libnode-dev (Debian 12), or set NARI_V8_DIR to a folder with include/ (V8 10.2 headers) \
                 and lib/ (libnode.so)",
                DEBIAN_PACKAGES.join(" ")
            ));
        }
    }
    for entry in fs::read_dir(&debs).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "deb") {
            let ok = Command::new("dpkg-deb")
                .arg("-x")
                .arg(&path)
                .arg(unpacked)
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                fail(&format!("dpkg-deb -x {} failed", path.display()));
            }
        }
    }
    // libnode-dev's libnode.so symlink points at libnode.so.108; make sure it exists.
    let lib = unpacked.join(MULTIARCH_LIB);
    if !lib.join("libnode.so").exists() {
        let _ = std::os::unix::fs::symlink("libnode.so.108", lib.join("libnode.so"));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: nari needs V8 10.2 from Debian's libnode: {message}");
    panic!("{message}");
}

fn compile_shim(manifest: &Path, v8: &V8Location) {
    let dir = manifest.join("src/v8");
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .flag("-isystem")
        .flag(v8.include.to_str().expect("UTF-8 path"))
        .include(&dir)
        .flag("-fno-rtti")
        .flag("-fno-plt")
        .flag("-pthread")
        .warnings(true);
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "cc" || e == "h") {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        if path.extension().is_some_and(|e| e == "cc") {
            build.file(&path);
        }
    }
    build.compile("nari_v8_binding");
}

/// Names of every function the headers declare with `NAPI_EXTERN`.
fn declared_functions(include: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for header in ["js_native_api.h", "node_api.h"] {
        let path = include.join(header);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let code = strip_preprocessor(&strip_comments(&text));
        for decl in code.split(';').filter(|d| d.contains("NAPI_EXTERN")) {
            if let Some(name) = first_called_identifier(decl) {
                names.insert(name);
            }
        }
    }
    names
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else if let Some(r) = rest.strip_prefix("//") {
            rest = r.find('\n').map_or("", |i| &r[i..]);
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn strip_preprocessor(text: &str) -> String {
    let mut out = String::new();
    let mut continued = false;
    for line in text.lines() {
        let directive = continued || line.trim_start().starts_with('#');
        continued = directive && line.trim_end().ends_with('\\');
        if !directive {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The first `napi_*` / `node_api_*` identifier followed by `(`: the declared name.
fn first_called_identifier(decl: &str) -> Option<String> {
    let bytes = decl.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        if is_ident(bytes[i]) && (i == 0 || !is_ident(bytes[i - 1])) {
            let start = i;
            while i < bytes.len() && is_ident(bytes[i]) {
                i += 1;
            }
            let word = &decl[start..i];
            let next = decl[i..].trim_start();
            if (word.starts_with("napi_") || word.starts_with("node_api_")) && next.starts_with('(')
            {
                return Some(word.to_string());
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Names of every `fn` under src/ (plain `extern "C"` functions and the
/// `napi_fn!` forms alike); a declared name found here is implemented.
fn implemented_functions(src: &Path, found: &mut BTreeSet<String>) {
    for entry in fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            implemented_functions(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).unwrap();
            for part in text.split("fn ").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                found.insert(name);
            }
        }
    }
}

fn generate_exports(manifest: &Path, out: &Path) {
    let include = manifest.parent().unwrap().join("include");
    let mut declared = declared_functions(&include);
    declared.extend(EXTRA_EXPORTS.iter().map(|s| s.to_string()));
    let mut implemented = BTreeSet::new();
    implemented_functions(&manifest.join("src"), &mut implemented);

    let list: String = declared.iter().map(|n| format!("{n}\n")).collect();
    fs::write(out.join("exports.txt"), list).unwrap();
    println!("cargo:exports={}", out.join("exports.txt").display());

    let missing: Vec<&String> = declared
        .iter()
        .filter(|n| !implemented.contains(*n))
        .collect();
    let missing_list: String = missing.iter().map(|n| format!("{n}\n")).collect();
    fs::write(out.join("not_implemented.txt"), missing_list).unwrap();
    println!(
        "cargo:not_implemented={}",
        out.join("not_implemented.txt").display()
    );
    let mut rs =
        String::from("// Generated by napi-host/build.rs from include/*.h. Do not edit.\n\n");
    rs.push_str("/// Names declared by the headers that nari does not implement yet.\n");
    rs.push_str(&format!(
        "pub const NOT_IMPLEMENTED: [&str; {}] = [\n",
        missing.len()
    ));
    for name in &missing {
        rs.push_str(&format!("    \"{name}\",\n"));
    }
    rs.push_str("];\n\n");
    for name in &missing {
        rs.push_str(&format!(
            "/// Not implemented yet: fails with `napi_generic_failure` and a message naming it.\n\
             #[no_mangle]\npub extern \"C\" fn {name}() -> crate::abi::napi_status {{\n    \
             crate::env::not_implemented(\"{name}\")\n}}\n\n"
        ));
    }
    rs.push_str(&format!(
        "/// The address of every exported function; referencing them keeps the linker from dropping any.\n\
         pub fn exported_addresses() -> [*const (); {}] {{\n    [\n",
        declared.len()
    ));
    for name in &declared {
        rs.push_str(&format!("        crate::exports::{name} as *const (),\n"));
    }
    rs.push_str("    ]\n}\n");
    fs::write(out.join("exports.rs"), rs).unwrap();
}
