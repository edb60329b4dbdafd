//! Loading addons: the three registration paths (DESIGN §3).
//!
//! 1. `napi_register_module_v1` (+ `node_api_module_get_api_version_v1`),
//!    looked up with `dlsym` after `dlopen`;
//! 2. `napi_module_register(&module)` called by a static constructor while
//!    `dlopen` runs — recorded in [`REGISTERED`] and used instead;
//! 3. `node_module_register` (V8-ABI addons) — recorded and refused.
//!
//! Files are checked before `dlopen` (see `elf`). Loaded libraries are never
//! closed. Everything here runs on the JS thread.

use std::cell::Cell;
use std::ffi::{c_void, CStr, CString};
use std::os::raw::{c_char, c_int};
use std::path::Path;

use super::elf::{self, Refusal};
use crate::abi::*;
use crate::env::{Env, DEFAULT_MODULE_API_VERSION, NAPI_VERSION, NAPI_VERSION_EXPERIMENTAL};
use crate::v8::Local;

extern "C" {
    fn dlopen(filename: *const c_char, flags: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    fn dlerror() -> *mut c_char;
}
const RTLD_LAZY: c_int = 1;

thread_local! {
    /// What a static constructor registered during the current `dlopen`.
    static REGISTERED: Cell<Registration> = const { Cell::new(Registration::None) };
}

#[derive(Clone, Copy)]
enum Registration {
    None,
    Napi(*mut napi_module),
    Legacy,
}

/// Records a module registered by the legacy `NAPI_MODULE` static constructor.
///
/// # Safety
/// `module` must be NULL or point to a `napi_module` that lives as long as the library.
#[no_mangle]
pub unsafe extern "C" fn napi_module_register(module: *mut napi_module) {
    if !module.is_null() {
        REGISTERED.set(Registration::Napi(module));
    }
}

/// The V8-ABI registration entry point: recorded so the load fails clearly.
#[no_mangle]
pub extern "C" fn node_module_register(_module: *mut c_void) {
    REGISTERED.set(Registration::Legacy);
}

/// Why an addon did not load.
pub enum LoadError {
    /// A message for a JS `Error`, with a Node-style `code`.
    Message { code: &'static str, message: String },
    /// The init function threw this value.
    Thrown(Local),
}

fn failure(code: &'static str, message: String) -> LoadError {
    LoadError::Message { code, message }
}

/// Opens the addon at `path` (absolute) and runs its init function with
/// `exports`; returns what the module exports (init's result when it returns
/// another value, else `exports`).
pub fn load(path: &Path, exports: Local) -> Result<Local, LoadError> {
    let shown = path.display();
    match elf::check(path) {
        Ok(()) => {}
        Err(Refusal::NotElf(why)) => {
            return Err(failure(
                "ERR_DLOPEN_FAILED",
                format!("{shown}: cannot load addon: {why}"),
            ));
        }
        Err(Refusal::CxxAbi(symbols)) => {
            return Err(failure(
                "ERR_DLOPEN_FAILED",
                format!(
                    "{shown} is not a Node-API addon: it uses the V8/Node.js C++ API ({}) and cannot run on nari. \
                     Use a Node-API build of this package.",
                    symbols.join(", ")
                ),
            ));
        }
    }
    let c_path = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| {
        failure(
            "ERR_DLOPEN_FAILED",
            format!("{shown}: path contains a NUL byte"),
        )
    })?;

    REGISTERED.set(Registration::None);
    // SAFETY: dlopen of a validated ELF shared object; its static constructors
    // may call napi_module_register / node_module_register on this thread.
    let handle = unsafe { dlopen(c_path.as_ptr(), RTLD_LAZY) };
    let registration = REGISTERED.replace(Registration::None);
    if handle.is_null() {
        // SAFETY: dlerror returns NULL or a NUL-terminated message.
        let why = unsafe { dlerror() };
        let why = if why.is_null() {
            "unknown error".into()
        } else {
            // SAFETY: non-NULL, NUL-terminated per dlerror.
            unsafe { CStr::from_ptr(why) }
                .to_string_lossy()
                .into_owned()
        };
        return Err(failure("ERR_DLOPEN_FAILED", why));
    }

    let (init, version): (napi_addon_register_func, i32) = match registration {
        Registration::Legacy => {
            return Err(failure(
                "ERR_DLOPEN_FAILED",
                format!(
                    "{shown} is not a Node-API addon: it registered itself with node_module_register \
                     (the V8 C++ ABI of one Node.js version) and cannot run on nari. Use a Node-API build of this package."
                ),
            ));
        }
        // SAFETY: the addon registered a napi_module that lives as long as the library.
        Registration::Napi(module) => (
            unsafe { (*module).nm_register_func },
            DEFAULT_MODULE_API_VERSION,
        ),
        Registration::None => {
            // SAFETY: handle is a live library; the symbol names are NUL-terminated.
            let init = unsafe { dlsym(handle, c"napi_register_module_v1".as_ptr()) };
            if init.is_null() {
                return Err(failure(
                    "ERR_DLOPEN_FAILED",
                    format!("Module did not self-register: '{shown}'."),
                ));
            }
            // SAFETY: as above.
            let get_version =
                unsafe { dlsym(handle, c"node_api_module_get_api_version_v1".as_ptr()) };
            let version = if get_version.is_null() {
                DEFAULT_MODULE_API_VERSION
            } else {
                // SAFETY: the symbol is `int32_t (void)` per node_api.h.
                let get_version: unsafe extern "C" fn() -> i32 =
                    unsafe { std::mem::transmute(get_version) };
                // SAFETY: calling the addon's version query, which takes no arguments.
                unsafe { get_version() }
            };
            // SAFETY: the symbol is a napi_addon_register_func per node_api.h.
            (
                Some(unsafe {
                    std::mem::transmute::<
                        *mut c_void,
                        unsafe extern "C" fn(napi_env, napi_value) -> napi_value,
                    >(init)
                }),
                version,
            )
        }
    };
    let init = init.ok_or_else(|| {
        failure(
            "ERR_DLOPEN_FAILED",
            format!("Module has no init function: '{shown}'."),
        )
    })?;
    if version > NAPI_VERSION as i32 && version != NAPI_VERSION_EXPERIMENTAL {
        return Err(failure(
            "ERR_DLOPEN_FAILED",
            format!("{shown} needs Node-API version {version}, but nari supports up to version {NAPI_VERSION}."),
        ));
    }
    let version = version.max(DEFAULT_MODULE_API_VERSION);

    let url = format!("file://{}", path.display());
    let env = Env::new(version, CString::new(url).unwrap_or_default());
    // SAFETY: calling the addon's init with a fresh env and a live exports object.
    let returned = unsafe { init(env.as_napi(), exports.to_napi()) };
    if let Some(exception) = env.take_pending_exception() {
        return Err(LoadError::Thrown(exception));
    }
    // SAFETY: init returns NULL or a live handle.
    Ok(unsafe { Local::from_napi(returned) }.unwrap_or(exports))
}
