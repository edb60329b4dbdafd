//! Handle scopes and persistent handles.

use super::{ffi, Global, Local};
use std::ffi::c_void;
use std::ptr::NonNull;

/// An open `v8::HandleScope` on the heap; closing it frees every handle made since.
pub struct HandleScope(NonNull<c_void>);

impl HandleScope {
    pub fn open() -> Self {
        // SAFETY: on the JS thread inside `run`; the shim never returns NULL.
        HandleScope(
            NonNull::new(unsafe { ffi::nari_v8__HandleScope__New() }).expect("new never fails"),
        )
    }

    pub fn into_raw(self) -> *mut c_void {
        self.0.as_ptr()
    }

    /// # Safety
    /// `raw` must come from [`HandleScope::into_raw`] and not have been closed.
    /// Scopes must be closed in reverse order of opening.
    pub unsafe fn close_raw(raw: *mut c_void) {
        // SAFETY: the caller guarantees raw is an open scope, innermost.
        unsafe { ffi::nari_v8__HandleScope__Delete(raw) }
    }
}

/// An open `v8::EscapableHandleScope` on the heap.
pub struct EscapableHandleScope;

impl EscapableHandleScope {
    pub fn open_raw() -> *mut c_void {
        // SAFETY: on the JS thread inside `run`.
        unsafe { ffi::nari_v8__EscapableHandleScope__New() }
    }

    /// # Safety
    /// `raw` must be an open escapable scope from `open_raw`, innermost.
    pub unsafe fn close_raw(raw: *mut c_void) {
        // SAFETY: per the caller's guarantee.
        unsafe { ffi::nari_v8__EscapableHandleScope__Delete(raw) }
    }

    /// Copies `value` into the enclosing scope. At most once per scope.
    ///
    /// # Safety
    /// `raw` must be an open escapable scope that has not escaped yet.
    pub unsafe fn escape_raw(raw: *mut c_void, value: Local) -> Local {
        // SAFETY: per the caller's guarantee.
        unsafe { ffi::nari_v8__EscapableHandleScope__Escape(raw, value) }
    }
}

impl Global {
    pub fn new(value: Local) -> Global {
        // SAFETY: a live handle, on the JS thread; the shim never returns NULL.
        Global(NonNull::new(unsafe { ffi::nari_v8__Global__New(value) }).expect("new never fails"))
    }

    /// A handle in the current scope to the held value.
    pub fn get(&self) -> Local {
        // SAFETY: self.0 is a live Global (freed only in Drop).
        unsafe { ffi::nari_v8__Global__Get(self.0.as_ptr()) }
    }
}

impl Drop for Global {
    fn drop(&mut self) {
        // SAFETY: self.0 was made by Global__New and is freed exactly once.
        unsafe { ffi::nari_v8__Global__Delete(self.0.as_ptr()) }
    }
}

/// A weak persistent handle that calls `on_collected(param)` when V8 collects
/// its value. `on_collected` runs inside GC: it must not touch JavaScript.
pub struct WeakHandle(NonNull<c_void>);

impl WeakHandle {
    /// # Safety
    /// `on_collected` must be safe to call with `param` during garbage
    /// collection for as long as this handle lives, and must not touch JS.
    pub unsafe fn new(
        value: Local,
        on_collected: unsafe extern "C" fn(*mut c_void),
        param: *mut c_void,
    ) -> Self {
        // SAFETY: a live handle, on the JS thread; the callback contract is the caller's.
        let raw = unsafe { ffi::nari_v8__WeakHandle__New(value, on_collected, param) };
        WeakHandle(NonNull::new(raw).expect("new never fails"))
    }

    /// The value, or None once it was collected.
    pub fn get(&self) -> Option<Local> {
        // SAFETY: self.0 is live until Drop.
        unsafe { ffi::nari_v8__WeakHandle__Get(self.0.as_ptr()) }
    }
}

impl Drop for WeakHandle {
    fn drop(&mut self) {
        // SAFETY: made by WeakHandle__New, freed exactly once; deleting the
        // Global also cancels its weak callback.
        unsafe { ffi::nari_v8__WeakHandle__Delete(self.0.as_ptr()) }
    }
}
