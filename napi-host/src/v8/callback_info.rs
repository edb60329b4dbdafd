//! The `v8::FunctionCallbackInfo` V8 hands every native function, read in
//! place: the hot path of a call from JS into an addon crosses no shim.
//!
//! V8's header defines the layout (three fields, then six implicit-argument
//! slots); functions.cc checks at compile time that it is the one described
//! here.

use std::ffi::c_void;
use std::os::raw::c_int;
use std::ptr::NonNull;

use super::{heap, Local};

/// V8's `FunctionCallbackInfo<Value>` (functions.cc asserts the layout).
#[repr(C)]
pub struct RawCallbackInfo {
    implicit_args: *mut usize,
    /// The first argument; the receiver is the slot before it.
    values: *mut usize,
    length: c_int,
}

// Indices into `implicit_args` (FunctionCallbackInfo's kReturnValueIndex …).
const RETURN_VALUE_INDEX: usize = 3;
const DATA_INDEX: usize = 4;
const NEW_TARGET_INDEX: usize = 5;

/// The callback every native function runs, as V8 calls it. A
/// `const FunctionCallbackInfo<Value>&` is passed as a pointer, so this is
/// V8's `FunctionCallback` ABI.
pub type FunctionCallback = unsafe extern "C" fn(info: CallbackInfo);

/// The callback info of the running native call. Valid only during that call.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct CallbackInfo(NonNull<RawCallbackInfo>);

impl CallbackInfo {
    /// The info behind a pointer from [`CallbackInfo::as_ptr`] (None for NULL).
    ///
    /// # Safety
    /// `info` must be NULL or the pointer of a call still running.
    pub unsafe fn from_ptr(info: *const c_void) -> Option<CallbackInfo> {
        NonNull::new(info.cast_mut().cast()).map(CallbackInfo)
    }

    /// The address of V8's FunctionCallbackInfo, valid during the call.
    pub fn as_ptr(&self) -> *const c_void {
        self.0.as_ptr().cast_const().cast()
    }

    fn raw(&self) -> &RawCallbackInfo {
        // SAFETY: V8 passed this info to the running callback; it outlives
        // every use (the type is only made from that parameter).
        unsafe { self.0.as_ref() }
    }

    fn slot(&self, index: usize) -> Local {
        // SAFETY: implicit_args has the six slots functions.cc asserts; a
        // slot address is a handle to the value it holds.
        Local(unsafe { NonNull::new_unchecked(self.raw().implicit_args.add(index).cast()) })
    }

    /// The pointer of the External the function was made with (its `data`).
    /// The function must have been made with an External as its data.
    pub fn data_external(&self) -> *mut c_void {
        heap::external_value(self.slot(DATA_INDEX))
    }

    /// The actual number of arguments.
    pub fn length(&self) -> usize {
        self.raw().length.max(0) as usize
    }

    /// Fills `argv` (undefined past the end) and returns the actual argument count.
    pub fn args(&self, argv: &mut [Local]) -> usize {
        let length = self.length();
        let values = self.raw().values;
        let given = length.min(argv.len());
        let (passed, missing) = argv.split_at_mut(given);
        for (i, slot) in passed.iter_mut().enumerate() {
            // SAFETY: `values` has `length` > i argument slots.
            *slot = Local(unsafe { NonNull::new_unchecked(values.add(i).cast()) });
        }
        if !missing.is_empty() {
            missing.fill(heap::undefined());
        }
        length
    }

    /// The receiver.
    pub fn this(&self) -> Local {
        // SAFETY: the receiver's slot precedes the first argument's.
        Local(unsafe { NonNull::new_unchecked(self.raw().values.sub(1).cast()) })
    }

    /// `new.target`, or None when the function was called without `new`.
    pub fn new_target(&self) -> Option<Local> {
        let target = self.slot(NEW_TARGET_INDEX);
        (!heap::same_word(target, heap::undefined())).then_some(target)
    }

    /// Makes `value` the call's result.
    pub fn set_return(&self, value: Local) {
        // SAFETY: writing a value's tagged word into the return-value slot
        // is what ReturnValue::Set does.
        unsafe { heap::store_word(self.slot(RETURN_VALUE_INDEX), value) };
    }
}
