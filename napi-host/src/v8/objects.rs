//! Objects, arrays and properties. Anything that can run a getter, setter or
//! proxy trap returns `Result<_, Exception>`.

use super::{catching, catching_local, ffi, Exception, Local};
use std::os::raw::c_int;

// SAFETY (whole module): every shim is called on the JS thread inside `run`
// with live handles; receivers are objects (callers check), out-pointers are
// locals of the calling function.

pub fn new_object() -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Object__New() }
}
pub fn new_array(length: usize) -> Local {
    let length = length.min(c_int::MAX as usize) as c_int;
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Array__New(length) }
}

/// How `define_property` defines a property.
pub enum Descriptor {
    Data {
        value: Local,
        writable: bool,
    },
    Accessor {
        getter: Option<Local>,
        setter: Option<Local>,
    },
}

impl Local {
    /// ECMAScript ToObject: boxes primitives, throws for null and undefined.
    pub fn to_object(self) -> Result<Local, Exception> {
        // SAFETY: see module comment.
        catching_local(|result, exc| unsafe { ffi::nari_v8__Value__ToObject(self, result, exc) })
    }
    /// Length of an Array. Only for arrays.
    pub fn array_length(self) -> u32 {
        // SAFETY: see module comment; callers check is_array.
        unsafe { ffi::nari_v8__Array__Length(self) }
    }
    pub fn set(self, key: Local, value: Local) -> Result<(), Exception> {
        // SAFETY: see module comment.
        catching(|_: &mut (), exc| unsafe { ffi::nari_v8__Object__Set(self, key, value, exc) })
    }
    pub fn get(self, key: Local) -> Result<Local, Exception> {
        // SAFETY: see module comment.
        catching_local(|result, exc| unsafe { ffi::nari_v8__Object__Get(self, key, result, exc) })
    }
    pub fn has(self, key: Local) -> Result<bool, Exception> {
        // SAFETY: see module comment.
        catching(|result, exc| unsafe { ffi::nari_v8__Object__Has(self, key, result, exc) })
    }
    /// Only for keys where `is_name()`.
    pub fn has_own(self, key: Local) -> Result<bool, Exception> {
        // SAFETY: see module comment.
        catching(|result, exc| unsafe {
            ffi::nari_v8__Object__HasOwnProperty(self, key, result, exc)
        })
    }
    pub fn delete(self, key: Local) -> Result<bool, Exception> {
        // SAFETY: see module comment.
        catching(|result, exc| unsafe { ffi::nari_v8__Object__Delete(self, key, result, exc) })
    }
    pub fn set_index(self, index: u32, value: Local) -> Result<(), Exception> {
        // SAFETY: see module comment.
        catching(|_: &mut (), exc| unsafe {
            ffi::nari_v8__Object__SetIndex(self, index, value, exc)
        })
    }
    pub fn get_index(self, index: u32) -> Result<Local, Exception> {
        // SAFETY: see module comment.
        catching_local(|result, exc| unsafe {
            ffi::nari_v8__Object__GetIndex(self, index, result, exc)
        })
    }
    pub fn has_index(self, index: u32) -> Result<bool, Exception> {
        // SAFETY: see module comment.
        catching(|result, exc| unsafe { ffi::nari_v8__Object__HasIndex(self, index, result, exc) })
    }
    pub fn delete_index(self, index: u32) -> Result<bool, Exception> {
        // SAFETY: see module comment.
        catching(|result, exc| unsafe {
            ffi::nari_v8__Object__DeleteIndex(self, index, result, exc)
        })
    }
    /// Object.defineProperty; Ok(false) when V8 declined (non-configurable…).
    /// `key` must be a name.
    pub fn define_property(
        self,
        key: Local,
        descriptor: Descriptor,
        enumerable: bool,
        configurable: bool,
    ) -> Result<bool, Exception> {
        let (value, getter, setter, writable) = match descriptor {
            Descriptor::Data { value, writable } => (Some(value), None, None, writable),
            Descriptor::Accessor { getter, setter } => (None, getter, setter, false),
        };
        catching(
            // SAFETY: see module comment.
            |defined, exc| unsafe {
                ffi::nari_v8__Object__DefineProperty(
                    self,
                    key,
                    value,
                    getter,
                    setter,
                    writable,
                    enumerable,
                    configurable,
                    defined,
                    exc,
                )
            },
        )
    }
}
