//! The Node.js-specific half of Node-API (`node_api.h`).

pub mod async_context;
pub mod async_work;
pub mod buffers;
pub mod cleanup_hooks;
pub mod elf;
pub mod module;
pub mod threadsafe_functions;
pub mod version;
pub use version::*;

pub use async_context::*;
pub use async_work::*;
pub use buffers::*;
pub use cleanup_hooks::*;
pub use module::*;
pub use threadsafe_functions::*;

/// After an addon callback that no JS frame called (async `complete`,
/// threadsafe-function calls, finalizers): a pending exception it left is an
/// uncaught exception, as in Node.
pub(crate) fn report_pending_exception(env: &crate::env::Env) {
    if let Some(exception) = env.take_pending_exception() {
        crate::host::event_loop().uncaught_exception(exception);
    }
}
