//! CommonJS modules. Resolution and the module cache live in JS
//! (`modules/cjs.js`, run by the bootstrap); this side opens addons.

pub mod esm;

use std::path::Path;

use napi_host::node_api::{self, LoadError};
use napi_host::v8::{ErrorKind, Local};

use crate::natives;

/// The source of the CommonJS loader.
pub const CJS_SOURCE: &str = include_str!("cjs.js");

/// Opens the addon at `path` with `exports`; returns what it exports, or the
/// Error to throw (with a `code` like Node's, e.g. `ERR_DLOPEN_FAILED`).
pub fn load_addon(path: &Path, exports: Local) -> Result<Local, Local> {
    node_api::load(path, exports).map_err(|e| match e {
        LoadError::Thrown(exception) => exception,
        LoadError::Message { code, message } => {
            natives::error(ErrorKind::Error, &message, Some(code))
        }
    })
}
