//! ArrayBuffers, SharedArrayBuffers, TypedArrays and DataViews. Nothing here
//! runs JavaScript.
//!
//! "Buffer" means an ArrayBuffer or a SharedArrayBuffer; "view" a TypedArray
//! or a DataView. Methods named for one kind are only for values of that kind
//! (callers check with the `is_*` predicates first).

use std::ffi::c_void;
use std::os::raw::c_int;

use super::Local;

/// What V8 calls once an external buffer's memory is no longer used:
/// `deleter(data, length, deleter_data)`, on any thread, possibly inside GC.
pub type Deleter =
    unsafe extern "C" fn(data: *mut c_void, length: usize, deleter_data: *mut c_void);

mod ffi {
    use super::*;
    extern "C" {
        pub fn nari_v8__Value__IsArrayBuffer(value: Local) -> bool;
        pub fn nari_v8__Value__IsSharedArrayBuffer(value: Local) -> bool;
        pub fn nari_v8__Value__IsTypedArray(value: Local) -> bool;
        pub fn nari_v8__Value__IsDataView(value: Local) -> bool;
        pub fn nari_v8__ArrayBuffer__MaxByteLength() -> usize;
        pub fn nari_v8__TypedArray__MaxLength() -> usize;
        pub fn nari_v8__ArrayBuffer__New(
            length: usize,
            zeroed: bool,
            data: *mut *mut c_void,
        ) -> Option<Local>;
        pub fn nari_v8__SharedArrayBuffer__New(
            length: usize,
            data: *mut *mut c_void,
        ) -> Option<Local>;
        pub fn nari_v8__ArrayBuffer__NewExternal(
            data: *mut c_void,
            length: usize,
            deleter: Option<Deleter>,
            deleter_data: *mut c_void,
        ) -> Local;
        pub fn nari_v8__ArrayBuffer__Data(buffer: Local) -> *mut c_void;
        pub fn nari_v8__ArrayBuffer__ByteLength(buffer: Local) -> usize;
        pub fn nari_v8__ArrayBuffer__IsDetachable(buffer: Local) -> bool;
        pub fn nari_v8__ArrayBuffer__WasDetached(buffer: Local) -> bool;
        pub fn nari_v8__ArrayBuffer__Detach(buffer: Local);
        pub fn nari_v8__TypedArray__New(
            kind: c_int,
            buffer: Local,
            offset: usize,
            length: usize,
        ) -> Option<Local>;
        pub fn nari_v8__TypedArray__Type(array: Local) -> c_int;
        pub fn nari_v8__TypedArray__Length(array: Local) -> usize;
        pub fn nari_v8__DataView__New(buffer: Local, offset: usize, length: usize) -> Local;
        pub fn nari_v8__ArrayBufferView__Data(view: Local) -> *mut c_void;
        pub fn nari_v8__ArrayBufferView__Buffer(view: Local) -> Local;
        pub fn nari_v8__ArrayBufferView__ByteOffset(view: Local) -> usize;
        pub fn nari_v8__ArrayBufferView__ByteLength(view: Local) -> usize;
    }
}

// SAFETY (whole module): every shim is called on the JS thread inside `run`
// with live handles of the kind its name says (callers check), runs no
// JavaScript, and writes only through out-pointers to this module's locals.

/// The largest ArrayBuffer V8 10.2 makes (2^53 - 1 bytes); it aborts the
/// process for larger ones.
pub fn max_buffer_byte_length() -> usize {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__ArrayBuffer__MaxByteLength() }
}

/// The largest element count of a TypedArray V8 10.2 makes (2^32).
pub fn max_typed_array_length() -> usize {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__TypedArray__MaxLength() }
}

/// An ArrayBuffer of `length` bytes and its memory (owned by V8), or `None`
/// when it is too large or the memory cannot be had. Its bytes are zero,
/// or, unless `zeroed`, whatever the allocator had: the caller must then
/// write every byte before JS can read them.
pub fn new_array_buffer(length: usize, zeroed: bool) -> Option<(Local, *mut c_void)> {
    let mut data = std::ptr::null_mut();
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__ArrayBuffer__New(length, zeroed, &mut data) }
        .map(|buffer| (buffer, data))
}

/// As [`new_array_buffer`], for a SharedArrayBuffer.
pub fn new_shared_array_buffer(length: usize) -> Option<(Local, *mut c_void)> {
    let mut data = std::ptr::null_mut();
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__SharedArrayBuffer__New(length, &mut data) }.map(|buffer| (buffer, data))
}

/// A new ArrayBuffer holding a copy of `bytes`; `None` when it is too large
/// or the memory cannot be had.
pub fn array_buffer_from(bytes: &[u8]) -> Option<Local> {
    let (buffer, data) = new_array_buffer(bytes.len(), false)?;
    if !bytes.is_empty() {
        // SAFETY: `data` is the fresh buffer's memory, `bytes.len()` long (so
        // every byte is written), and cannot overlap a Rust slice.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), data.cast::<u8>(), bytes.len()) };
    }
    Some(buffer)
}

/// An ArrayBuffer over `length` bytes at `data`, which V8 reads and writes
/// until it calls `deleter` (if any) with `deleter_data`.
///
/// # Safety
/// `data` must be valid for reads and writes of `length` bytes until the
/// deleter runs (or forever when there is none); `length` must be at most
/// [`max_buffer_byte_length`]; `deleter` must be callable from any thread.
pub unsafe fn new_external_array_buffer(
    data: *mut c_void,
    length: usize,
    deleter: Option<Deleter>,
    deleter_data: *mut c_void,
) -> Local {
    // SAFETY: per the caller's guarantee; see module comment.
    unsafe { ffi::nari_v8__ArrayBuffer__NewExternal(data, length, deleter, deleter_data) }
}

/// A TypedArray of `kind` (a `napi_typedarray_type` V8 10.2 has) viewing
/// `length` elements of `buffer` from `offset`; `None` for other kinds.
/// The caller checks that the range is aligned and inside the buffer, and
/// that `length` is at most [`max_typed_array_length`].
pub fn new_typed_array(kind: u32, buffer: Local, offset: usize, length: usize) -> Option<Local> {
    let kind = c_int::try_from(kind).ok()?;
    // SAFETY: see module comment; the range is checked by the caller.
    unsafe { ffi::nari_v8__TypedArray__New(kind, buffer, offset, length) }
}

/// A DataView of `length` bytes of `buffer` from `offset`; the caller checks
/// that the range is inside the buffer.
pub fn new_data_view(buffer: Local, offset: usize, length: usize) -> Local {
    // SAFETY: see module comment; the range is checked by the caller.
    unsafe { ffi::nari_v8__DataView__New(buffer, offset, length) }
}

predicates! {
    is_array_buffer => nari_v8__Value__IsArrayBuffer,
    is_shared_array_buffer => nari_v8__Value__IsSharedArrayBuffer,
    is_typed_array => nari_v8__Value__IsTypedArray,
    is_data_view => nari_v8__Value__IsDataView,
}

impl Local {
    /// A buffer's memory (NULL when detached; V8 owns it unless external).
    pub fn buffer_data(self) -> *mut c_void {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBuffer__Data(self) }
    }
    /// A buffer's length in bytes (0 when detached).
    pub fn buffer_byte_length(self) -> usize {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBuffer__ByteLength(self) }
    }
    /// Whether an ArrayBuffer may be detached (not e.g. a WebAssembly memory).
    pub fn is_detachable(self) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBuffer__IsDetachable(self) }
    }
    pub fn was_detached(self) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBuffer__WasDetached(self) }
    }
    /// Detaches a detachable ArrayBuffer: it and its views become empty.
    pub fn detach(self) {
        // SAFETY: see module comment; callers check is_detachable.
        unsafe { ffi::nari_v8__ArrayBuffer__Detach(self) }
    }
    /// A TypedArray's `napi_typedarray_type`, `None` for one Node-API lacks.
    pub fn typed_array_type(self) -> Option<u32> {
        // SAFETY: see module comment.
        u32::try_from(unsafe { ffi::nari_v8__TypedArray__Type(self) }).ok()
    }
    /// A TypedArray's length in elements.
    pub fn typed_array_length(self) -> usize {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__TypedArray__Length(self) }
    }
    /// A view's buffer (an ArrayBuffer or a SharedArrayBuffer).
    pub fn view_buffer(self) -> Local {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBufferView__Buffer(self) }
    }
    /// The first byte a view covers (null when its buffer is detached).
    pub fn view_data(self) -> *mut c_void {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBufferView__Data(self) }
    }
    pub fn view_byte_offset(self) -> usize {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBufferView__ByteOffset(self) }
    }
    pub fn view_byte_length(self) -> usize {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__ArrayBufferView__ByteLength(self) }
    }
}
