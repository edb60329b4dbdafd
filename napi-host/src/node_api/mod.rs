//! The Node.js-specific half of Node-API (`node_api.h`).

pub mod elf;
pub mod module;
pub mod version;
pub use version::*;

pub use module::*;
