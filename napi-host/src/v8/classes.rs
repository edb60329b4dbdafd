//! Classes (function templates), prototypes, integrity levels, key listing,
//! `instanceof` and promise resolvers.
//!
//! A [`FunctionTemplate`] is, like a [`Local`], a slot in the current
//! `HandleScope`: it is only valid while that scope is open.

use super::{catching, catching_local, Exception, Local};
use std::ffi::c_void;
use std::ptr::NonNull;

/// A live `v8::Local<v8::FunctionTemplate>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct FunctionTemplate(NonNull<c_void>);

/// Which keys [`Local::property_names`] lists (the shim's `KeyQuery`).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
pub struct KeyQuery {
    /// Own keys only; else the whole prototype chain.
    pub own_only: bool,
    pub only_writable: bool,
    pub only_enumerable: bool,
    pub only_configurable: bool,
    pub skip_strings: bool,
    pub skip_symbols: bool,
    /// Integer indices as strings; else as numbers.
    pub numbers_to_strings: bool,
}

const _: () = assert!(
    std::mem::size_of::<KeyQuery>() == 7,
    "shared with classes.cc"
);

/// `Object.freeze` or `Object.seal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntegrityLevel {
    Frozen,
    Sealed,
}

mod ffi {
    use super::*;
    extern "C" {
        pub fn nari_v8__FunctionTemplate__New(
            data: *mut c_void,
            receiver: Option<FunctionTemplate>,
        ) -> FunctionTemplate;
        pub fn nari_v8__FunctionTemplate__SetClassName(tpl: FunctionTemplate, name: Local);
        pub fn nari_v8__FunctionTemplate__PrototypeSet(
            tpl: FunctionTemplate,
            key: Local,
            method: Option<FunctionTemplate>,
            value: Option<Local>,
            writable: bool,
            enumerable: bool,
            configurable: bool,
        );
        pub fn nari_v8__FunctionTemplate__PrototypeSetAccessor(
            tpl: FunctionTemplate,
            key: Local,
            getter: Option<FunctionTemplate>,
            setter: Option<FunctionTemplate>,
            enumerable: bool,
            configurable: bool,
        );
        pub fn nari_v8__FunctionTemplate__GetFunction(
            tpl: FunctionTemplate,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;

        pub fn nari_v8__Object__GetPrototype(obj: Local) -> Local;
        pub fn nari_v8__Object__SetPrototype(
            obj: Local,
            prototype: Local,
            result: *mut bool,
        ) -> bool;
        pub fn nari_v8__Object__SetIntegrityLevel(
            obj: Local,
            frozen: bool,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Object__GetPropertyNames(
            obj: Local,
            query: *const KeyQuery,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Value__InstanceOf(
            value: Local,
            constructor: Local,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;

        pub fn nari_v8__Promise__Resolver__New(
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Promise__Resolver__GetPromise(resolver: Local) -> Local;
        pub fn nari_v8__Promise__Resolver__Settle(
            resolver: Local,
            value: Local,
            resolve: bool,
            result: *mut bool,
            exc: *mut Exception,
        ) -> bool;
    }
}

// SAFETY (whole module): every shim is called on the JS thread inside `run`
// with live handles of the kinds the shim expects (callers check: objects for
// object operations, names for keys, resolvers for resolver operations);
// out-pointers are locals of the calling function.

impl FunctionTemplate {
    /// A template whose functions call the registered invoke hook with `data`.
    /// With `receiver`, calls whose `this` is not an instance of it throw a
    /// TypeError (a V8 signature).
    ///
    /// # Safety
    /// `data` must stay valid for the invoke hook as long as any function made
    /// from the template can be called.
    pub unsafe fn new(data: *mut c_void, receiver: Option<FunctionTemplate>) -> FunctionTemplate {
        // SAFETY: see module comment; V8 only stores `data` in an External.
        unsafe { ffi::nari_v8__FunctionTemplate__New(data, receiver) }
    }

    /// The `name` of the function; `name` must be a string.
    pub fn set_class_name(self, name: Local) {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__FunctionTemplate__SetClassName(self, name) }
    }

    /// Puts a method made from `method` on the prototype under `key` (a name).
    pub fn prototype_method(self, key: Local, method: FunctionTemplate, attributes: Attributes) {
        let Attributes {
            writable,
            enumerable,
            configurable,
        } = attributes;
        // SAFETY: see module comment.
        unsafe {
            ffi::nari_v8__FunctionTemplate__PrototypeSet(
                self,
                key,
                Some(method),
                None,
                writable,
                enumerable,
                configurable,
            )
        }
    }

    /// Puts `value` on the prototype under `key` (a name). `value` must not be
    /// an object (V8 aborts the process).
    pub fn prototype_value(self, key: Local, value: Local, attributes: Attributes) {
        assert!(!value.is_object(), "template values must be primitives");
        let Attributes {
            writable,
            enumerable,
            configurable,
        } = attributes;
        // SAFETY: see module comment; value is a primitive (asserted).
        unsafe {
            ffi::nari_v8__FunctionTemplate__PrototypeSet(
                self,
                key,
                None,
                Some(value),
                writable,
                enumerable,
                configurable,
            )
        }
    }

    /// Puts an accessor on the prototype under `key` (a name); `writable` is ignored.
    pub fn prototype_accessor(
        self,
        key: Local,
        getter: Option<FunctionTemplate>,
        setter: Option<FunctionTemplate>,
        attributes: Attributes,
    ) {
        // SAFETY: see module comment.
        unsafe {
            ffi::nari_v8__FunctionTemplate__PrototypeSetAccessor(
                self,
                key,
                getter,
                setter,
                attributes.enumerable,
                attributes.configurable,
            )
        }
    }

    /// The function of this template in the current context (made once).
    pub fn get_function(self) -> Result<Local, Exception> {
        // SAFETY: see module comment.
        catching_local(|result, exc| unsafe {
            ffi::nari_v8__FunctionTemplate__GetFunction(self, result, exc)
        })
    }
}

/// Property attributes of a template member.
#[derive(Clone, Copy, Debug, Default)]
pub struct Attributes {
    pub writable: bool,
    pub enumerable: bool,
    pub configurable: bool,
}

impl Local {
    /// The prototype of an object (a proxy's trap is not run). Objects only.
    pub fn get_prototype(self) -> Local {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Object__GetPrototype(self) }
    }

    /// Sets the prototype of an object to `prototype` (an object or null).
    /// `Ok(false)` when refused (non-extensible, cycle, a proxy trap said no
    /// or threw: its exception is dropped); `Err(None)` if JS was terminated.
    pub fn set_prototype(self, prototype: Local) -> Result<bool, Exception> {
        let mut set = false;
        // SAFETY: see module comment.
        if unsafe { ffi::nari_v8__Object__SetPrototype(self, prototype, &mut set) } {
            Ok(set)
        } else {
            Err(None)
        }
    }

    /// Freezes or seals an object; `Ok(false)` when refused.
    pub fn set_integrity_level(self, level: IntegrityLevel) -> Result<bool, Exception> {
        let frozen = level == IntegrityLevel::Frozen;
        // SAFETY: see module comment.
        catching(|result, exc| unsafe {
            ffi::nari_v8__Object__SetIntegrityLevel(self, frozen, result, exc)
        })
    }

    /// The keys of an object selected by `query`, as an array.
    pub fn property_names(self, query: KeyQuery) -> Result<Local, Exception> {
        // SAFETY: see module comment; query outlives the call.
        catching_local(|result, exc| unsafe {
            ffi::nari_v8__Object__GetPropertyNames(self, &query, result, exc)
        })
    }

    /// `self instanceof constructor`; `constructor` must be an object.
    pub fn instance_of(self, constructor: Local) -> Result<bool, Exception> {
        // SAFETY: see module comment.
        catching(|result, exc| unsafe {
            ffi::nari_v8__Value__InstanceOf(self, constructor, result, exc)
        })
    }

    /// The promise of a `Promise::Resolver`.
    pub fn resolver_promise(self) -> Local {
        // SAFETY: see module comment; self is a resolver (from new_promise_resolver).
        unsafe { ffi::nari_v8__Promise__Resolver__GetPromise(self) }
    }

    /// Resolves (`resolve`) or rejects the promise of a `Promise::Resolver`;
    /// `Ok(false)` when V8 refused, `Err(None)` if JS was terminated. JS code
    /// run on the way (a `then` getter) cannot make it fail: what it throws
    /// rejects the promise.
    pub fn settle_resolver(self, value: Local, resolve: bool) -> Result<bool, Exception> {
        // SAFETY: see module comment; self is a resolver (from new_promise_resolver).
        catching(|result, exc| unsafe {
            ffi::nari_v8__Promise__Resolver__Settle(self, value, resolve, result, exc)
        })
    }
}

/// A new `Promise::Resolver` (pending promise plus its resolving functions).
pub fn new_promise_resolver() -> Result<Local, Exception> {
    // SAFETY: see module comment.
    catching_local(|result, exc| unsafe { ffi::nari_v8__Promise__Resolver__New(result, exc) })
}
