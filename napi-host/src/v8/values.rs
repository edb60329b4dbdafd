//! Primitive values, numbers, type checks, errors.

use super::{ffi, ErrorKind, Local};

// SAFETY (whole module): every shim here only reads or creates handles, runs
// no JavaScript, and is called on the JS thread inside `run` with live handles.

pub fn undefined() -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Undefined() }
}
pub fn null() -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Null() }
}
pub fn boolean(value: bool) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Boolean__New(value) }
}
pub fn global_object() -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Context__Global() }
}
pub fn number(value: f64) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Number__New(value) }
}
pub fn int32(value: i32) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Integer__New(value) }
}
pub fn uint32(value: u32) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Integer__NewFromUnsigned(value) }
}

impl Local {
    /// Whether this is an object (functions included), told from the heap
    /// object's type ([`heap`](super::heap)) when the primitives' are known.
    #[inline]
    pub fn is_object(self) -> bool {
        // SAFETY (the fallback): see module comment.
        super::heap::is_object(self)
            .unwrap_or_else(|| unsafe { ffi::nari_v8__Value__IsObject(self) })
    }

    /// The value if this is a Number: Smis and HeapNumbers are read in place
    /// ([`heap`](super::heap)); anything else asks V8.
    #[inline]
    pub fn as_number(self) -> Option<f64> {
        if let Some(number) = super::heap::number_value(self) {
            return Some(number);
        }
        let mut number = 0.0;
        // SAFETY: see module comment; `number` is a local out-pointer.
        unsafe { ffi::nari_v8__Value__NumberValue(self, &mut number) }.then_some(number)
    }

    /// A promise's state: None while pending, else `Ok(value)` or `Err(reason)`.
    /// Only for values where `is_promise()`.
    pub fn promise_state(self) -> Option<Result<Local, Local>> {
        let mut result = None;
        // SAFETY: see module comment; callers check is_promise; `result` is a local.
        let state = unsafe { ffi::nari_v8__Promise__State(self, &mut result) };
        match (state, result) {
            (1, Some(value)) => Some(Ok(value)),
            (2, Some(reason)) => Some(Err(reason)),
            _ => None,
        }
    }

    /// The value of a Number. Only for values where `is_number()`.
    pub fn number_value(self) -> f64 {
        // SAFETY: see module comment; the shim casts to Number, checked by callers.
        unsafe { ffi::nari_v8__Number__Value(self) }
    }
    pub fn boolean_value(self) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__BooleanValue(self) }
    }
    /// ToInt32 of a Number (NaN and infinities give 0; out of range wraps).
    pub fn int32_value(self) -> i32 {
        // SAFETY: see module comment; on a Number no JS runs.
        unsafe { ffi::nari_v8__Value__Int32Value(self) }
    }
    pub fn uint32_value(self) -> u32 {
        // SAFETY: see module comment; on a Number no JS runs.
        unsafe { ffi::nari_v8__Value__Uint32Value(self) }
    }
    /// Integer part of a Number, saturating at the i64 range.
    pub fn integer_value(self) -> i64 {
        // SAFETY: see module comment; on a Number no JS runs.
        unsafe { ffi::nari_v8__Value__IntegerValue(self) }
    }
    /// The `napi_valuetype` of this value.
    pub fn type_of(self) -> u32 {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__TypeOf(self) as u32 }
    }
    pub fn strict_equals(self, other: Local) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__StrictEquals(self, other) }
    }
}

predicates! {
    is_number => nari_v8__Value__IsNumber,
    is_boolean => nari_v8__Value__IsBoolean,
    is_string => nari_v8__Value__IsString,
    is_name => nari_v8__Value__IsName,
    is_function => nari_v8__Value__IsFunction,
    is_array => nari_v8__Value__IsArray,
    is_native_error => nari_v8__Value__IsNativeError,
    is_promise => nari_v8__Value__IsPromise,
    is_external => nari_v8__Value__IsExternal,
}

/// Where `exception` comes from — "file:line", the source line and a caret —
/// as Node prints above an uncaught error; None when V8 knows no location.
pub fn source_arrow(exception: Local) -> Option<Local> {
    // SAFETY: see module comment (V8 builds a message from the value's stack).
    unsafe { ffi::nari_v8__Exception__SourceArrow(exception) }
}

/// A new Error / TypeError / RangeError / SyntaxError with `message` (a string).
pub fn new_error(kind: ErrorKind, message: Local) -> Local {
    // SAFETY: see module comment; message is a String handle (checked by callers).
    unsafe { ffi::nari_v8__Exception__New(kind, message) }
}

/// A new External holding `data` (V8 never dereferences it).
#[allow(clippy::not_unsafe_ptr_arg_deref)] // stored as an opaque word, never read through
pub fn new_external(data: *mut std::ffi::c_void) -> Local {
    // SAFETY: see module comment; V8 stores the pointer as an opaque word.
    unsafe { ffi::nari_v8__External__New(data) }
}

impl Local {
    /// The pointer an External holds. Only for values where `is_external()`.
    pub fn external_value(self) -> *mut std::ffi::c_void {
        // SAFETY: see module comment; callers check is_external.
        unsafe { ffi::nari_v8__External__Value(self) }
    }
}
