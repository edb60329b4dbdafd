//! Object lifetime: reference handles that switch between strong and weak,
//! private properties (where `napi_wrap` records and type tags live), and the
//! BigInt a type tag is stored as. Nothing here runs JavaScript.

use std::ffi::c_void;
use std::ptr::NonNull;

use super::Local;

mod ffi {
    use super::*;
    extern "C" {
        pub fn nari_v8__RefHandle__New(value: Local) -> *mut c_void;
        pub fn nari_v8__RefHandle__Delete(handle: *mut c_void);
        pub fn nari_v8__RefHandle__SetWeak(
            handle: *mut c_void,
            on_collected: unsafe extern "C" fn(*mut c_void),
            param: *mut c_void,
        );
        pub fn nari_v8__RefHandle__ClearWeak(handle: *mut c_void);
        pub fn nari_v8__RefHandle__Reset(handle: *mut c_void);
        pub fn nari_v8__RefHandle__Get(handle: *mut c_void) -> Option<Local>;
        pub fn nari_v8__RefHandle__IsEmpty(handle: *mut c_void) -> bool;

        pub fn nari_v8__Object__HasPrivate(obj: Local, which: i32, result: *mut bool) -> bool;
        pub fn nari_v8__Object__GetPrivate(obj: Local, which: i32) -> Option<Local>;
        pub fn nari_v8__Object__SetPrivate(obj: Local, which: i32, value: Local) -> bool;
        pub fn nari_v8__Object__DeletePrivate(obj: Local, which: i32) -> bool;
        pub fn nari_v8__Object__GetWrap(obj: Local, record: *mut *mut c_void) -> bool;
        pub fn nari_v8__Object__SetWrap(obj: Local, record: *mut c_void) -> bool;

        pub fn nari_v8__TypeTag__New(lower: u64, upper: u64) -> Option<Local>;
        pub fn nari_v8__TypeTag__Read(value: Local, lower: *mut u64, upper: *mut u64) -> bool;
    }
}

/// A persistent handle that is strong until [`RefHandle::set_weak`], and
/// empty once its weak value was collected or [`RefHandle::reset`] was called.
pub struct RefHandle(NonNull<c_void>);

impl RefHandle {
    /// A strong handle to `value`.
    pub fn new(value: Local) -> RefHandle {
        // SAFETY: a live handle, on the JS thread; the shim never returns NULL.
        let raw = unsafe { ffi::nari_v8__RefHandle__New(value) };
        RefHandle(NonNull::new(raw).expect("new never fails"))
    }

    /// Makes the handle weak. When V8 collects the value, the handle empties
    /// and `on_collected(param)` runs inside GC. No effect on an empty handle.
    ///
    /// # Safety
    /// `on_collected` must be safe to call with `param` during garbage
    /// collection while this handle lives and stays weak; it must not run JS.
    pub unsafe fn set_weak(
        &self,
        on_collected: unsafe extern "C" fn(*mut c_void),
        param: *mut c_void,
    ) {
        // SAFETY: self.0 is live until Drop; the callback contract is the caller's.
        unsafe { ffi::nari_v8__RefHandle__SetWeak(self.0.as_ptr(), on_collected, param) }
    }

    /// Makes the handle strong again; the weak callback will not run.
    pub fn clear_weak(&self) {
        // SAFETY: self.0 is live until Drop.
        unsafe { ffi::nari_v8__RefHandle__ClearWeak(self.0.as_ptr()) }
    }

    /// Empties the handle; the weak callback will not run.
    pub fn reset(&self) {
        // SAFETY: self.0 is live until Drop.
        unsafe { ffi::nari_v8__RefHandle__Reset(self.0.as_ptr()) }
    }

    /// The value, or None once the handle is empty.
    pub fn get(&self) -> Option<Local> {
        // SAFETY: self.0 is live until Drop.
        unsafe { ffi::nari_v8__RefHandle__Get(self.0.as_ptr()) }
    }

    /// Whether the value is gone (makes no handle: fine outside handle scopes).
    pub fn is_empty(&self) -> bool {
        // SAFETY: self.0 is live until Drop.
        unsafe { ffi::nari_v8__RefHandle__IsEmpty(self.0.as_ptr()) }
    }
}

impl Drop for RefHandle {
    fn drop(&mut self) {
        // SAFETY: made by RefHandle__New, freed exactly once; deleting the
        // Global also cancels its weak callback.
        unsafe { ffi::nari_v8__RefHandle__Delete(self.0.as_ptr()) }
    }
}

/// The private properties nari keeps on objects (invisible to JavaScript).
#[derive(Clone, Copy, Debug)]
#[repr(i32)]
pub enum PrivateKey {
    /// The `napi_wrap` record: an External pointing at the reference.
    Wrapper = 0,
    /// The `napi_type_tag_object` tag, as a BigInt.
    TypeTag = 1,
}

// SAFETY (the impl below): callers pass objects (`is_object()`); the shims run
// no JavaScript and are called on the JS thread with live handles.
impl Local {
    /// Whether the object has the private property; None if V8 failed.
    pub fn has_private(self, key: PrivateKey) -> Option<bool> {
        let mut has = false;
        // SAFETY: see the comment above the impl; `has` is a local.
        unsafe { ffi::nari_v8__Object__HasPrivate(self, key as i32, &mut has) }.then_some(has)
    }
    /// The private property (undefined when absent); None if V8 failed.
    pub fn get_private(self, key: PrivateKey) -> Option<Local> {
        // SAFETY: see the comment above the impl.
        unsafe { ffi::nari_v8__Object__GetPrivate(self, key as i32) }
    }
    /// Sets the private property; false if V8 failed.
    pub fn set_private(self, key: PrivateKey, value: Local) -> bool {
        // SAFETY: see the comment above the impl.
        unsafe { ffi::nari_v8__Object__SetPrivate(self, key as i32, value) }
    }
    /// Deletes the private property; false if V8 failed.
    pub fn delete_private(self, key: PrivateKey) -> bool {
        // SAFETY: see the comment above the impl.
        unsafe { ffi::nari_v8__Object__DeletePrivate(self, key as i32) }
    }
    /// The napi_wrap record stored by [`Local::set_wrap`] (null when none);
    /// None if V8 failed. Instances of nari's class templates keep it in an
    /// embedder field read without entering V8; other objects in a private
    /// property.
    pub fn wrap(self) -> Option<*mut c_void> {
        let mut record = std::ptr::null_mut();
        // SAFETY: see the comment above the impl; `record` is a local.
        unsafe { ffi::nari_v8__Object__GetWrap(self, &mut record) }.then_some(record)
    }
    /// Stores the napi_wrap record (null: removes it); false if V8 failed.
    ///
    /// # Safety
    /// `record` must be null or 2-byte aligned (V8 stores it untagged in an
    /// embedder field, where the low bit would make it look like a heap
    /// object to the GC).
    pub unsafe fn set_wrap(self, record: *mut c_void) -> bool {
        // SAFETY: see the comment above the impl; alignment per the caller.
        unsafe { ffi::nari_v8__Object__SetWrap(self, record) }
    }
}

/// A type tag `(lower, upper)` as the value stored on tagged objects.
pub fn new_type_tag(lower: u64, upper: u64) -> Option<Local> {
    // SAFETY: on the JS thread inside `run`; creating a BigInt runs no JS.
    unsafe { ffi::nari_v8__TypeTag__New(lower, upper) }
}

/// Reads back a value made by [`new_type_tag`]: `(lower, upper)`, or None
/// when `value` is not a non-negative BigInt of at most two words.
pub fn read_type_tag(value: Local) -> Option<(u64, u64)> {
    let (mut lower, mut upper) = (0, 0);
    // SAFETY: a live handle; the shim checks the type before reading.
    unsafe { ffi::nari_v8__TypeTag__Read(value, &mut lower, &mut upper) }.then_some((lower, upper))
}
