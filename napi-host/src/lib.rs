//! napi-host: Node-API over V8.
//!
//! Implements every `napi_*` / `node_api_*` function of `include/` as an
//! exported C function (see `exports`), plus the Rust API the runtime uses:
//! starting V8 ([`initialize`], [`v8::run`]), native functions written in Rust
//! ([`native_function`]), and loading addons ([`node_api::module::load`]).
//!
//! Threading: everything here runs on the one JS thread unless a function's
//! documentation says otherwise.
#![deny(unsafe_op_in_unsafe_fn)]
// Node-API names (napi_ok, napi_value …) are C ABI facts, kept as spelled.
#![allow(non_upper_case_globals, non_camel_case_types)]

pub mod abi;
pub mod env;
pub mod exports;
pub mod finalizers;
pub mod host;
pub mod js_native_api;
pub mod node_api;
pub mod v8;

// The shim's ArrayBuffer allocator calls mimalloc (src/v8/isolate.cc); this
// links it.
use libmimalloc_sys as _;

pub use env::Env;
pub use js_native_api::functions::{NativeCall, RustCallback};

/// Starts V8 with the native-callback trampoline. Call once, before [`v8::run`].
pub fn initialize() {
    v8::initialize(js_native_api::functions::trampoline);
}

/// Env teardown, step 1 (JS thread, after `exit`): the cleanup hooks, last
/// registered first. Async hooks may still be running afterwards: the
/// runtime keeps running the loop while [`cleanup_pending`] is true.
pub fn run_cleanup_hooks() {
    node_api::cleanup_hooks::run_all();
}

/// Whether async cleanup hooks have not finished yet.
pub fn cleanup_pending() -> bool {
    node_api::cleanup_hooks::pending_async() > 0
}

/// Env teardown, step 2: what is left alive is finalized (threadsafe
/// functions, then every finalizer not yet run).
pub fn teardown() {
    node_api::threadsafe_functions::teardown();
    finalizers::teardown();
}

/// A JS function named `name` that runs `callback` (nari's own natives).
pub fn native_function(env: &'static Env, name: &str, callback: RustCallback) -> v8::Local {
    let name = v8::internalized_string(name);
    js_native_api::functions::new_function(
        env,
        Some(name),
        js_native_api::functions::Target::Rust(callback),
    )
    .expect("creating a function only fails when V8 is out of memory")
}
