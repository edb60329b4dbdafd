//! The engine-neutral half of Node-API (`js_native_api.h`), one module per
//! section of the header.
// Some areas are still empty while they are being written; remove when all are.
#![allow(unused_imports)]

pub mod arraybuffers;
pub mod bigint;
pub mod classes;
pub mod coercion;
pub mod dataviews;
pub mod dates;
pub mod errors;
pub mod externals;
pub mod functions;
pub mod instance_data;
pub mod memory;
pub mod objects;
pub mod promises;
pub mod prototypes;
pub mod references;
pub mod scopes;
pub mod script;
pub mod strings;
pub mod symbols;
pub mod type_tags;
pub mod typedarrays;
pub mod values;
pub mod version;
pub mod wrap;

pub use arraybuffers::*;
pub use bigint::*;
pub use classes::*;
pub use coercion::*;
pub use dataviews::*;
pub use dates::*;
pub use errors::*;
pub use externals::*;
pub use functions::*;
pub use instance_data::*;
pub use memory::*;
pub use objects::*;
pub use promises::*;
pub use prototypes::*;
pub use references::*;
pub use scopes::*;
pub use script::*;
pub use strings::*;
pub use symbols::*;
pub use type_tags::*;
pub use typedarrays::*;
pub use values::*;
pub use version::*;
pub use wrap::*;
