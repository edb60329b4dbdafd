//! Node version query and fatal errors.

use std::os::raw::c_char;

use crate::abi::*;
use crate::env::{napi_fn, out};

/// The Node.js version nari reports (process.version, napi_get_node_version):
/// the first release line with Node-API 10.
pub const NODE_VERSION: (u32, u32, u32) = (22, 14, 0);

static NODE_VERSION_INFO: SyncNodeVersion = SyncNodeVersion(napi_node_version {
    major: NODE_VERSION.0,
    minor: NODE_VERSION.1,
    patch: NODE_VERSION.2,
    release: c"node".as_ptr(),
});

struct SyncNodeVersion(napi_node_version);
// SAFETY: immutable static data (a string literal pointer and integers).
unsafe impl Sync for SyncNodeVersion {}

napi_fn! {
    /// Writes a pointer to a static record (owned by nari, never freed).
    basic fn napi_get_node_version(_env, version: *mut *const napi_node_version) {
        out(version)?.set(&NODE_VERSION_INFO.0);
        Ok(())
    }
}

/// Prints `FATAL ERROR: location message` to stderr and aborts the process.
///
/// # Safety
/// The strings are NULL or valid for their lengths (or NUL-terminated with NAPI_AUTO_LENGTH).
#[no_mangle]
pub unsafe extern "C" fn napi_fatal_error(
    location: *const c_char,
    location_len: usize,
    message: *const c_char,
    message_len: usize,
) -> ! {
    let text = |s, n| {
        // SAFETY: per the caller's guarantee.
        unsafe { crate::env::c_bytes(s, n) }
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default()
    };
    let (location, message) = (text(location, location_len), text(message, message_len));
    eprintln!("FATAL ERROR: {location} {message}");
    std::process::abort()
}

/// `"22.14.0"`: the Node.js version nari reports, without the leading `v`.
pub fn node_version_string() -> String {
    let (major, minor, patch) = NODE_VERSION;
    format!("{major}.{minor}.{patch}")
}

napi_fn! {
    /// `*loop` <- the process's libuv loop: a real `uv_loop_t` that nari's
    /// event loop runs (owned by nari, lives as long as the process).
    basic fn napi_get_uv_event_loop(_env, event_loop: *mut *mut std::ffi::c_void) {
        out(event_loop)?.set(crate::host::event_loop().uv_loop());
        Ok(())
    }
}
