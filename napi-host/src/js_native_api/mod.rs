//! The engine-neutral half of Node-API (`js_native_api.h`), one module per
//! section of the header.

pub mod errors;
pub mod externals;
pub mod functions;
pub mod objects;
pub mod scopes;
pub mod strings;
pub mod values;
pub mod version;
pub use version::*;

pub use errors::*;
pub use externals::*;
pub use functions::*;
pub use objects::*;
pub use scopes::*;
pub use strings::*;
pub use values::*;
