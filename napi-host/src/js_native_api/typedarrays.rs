//! TypedArrays: views of `length` elements of a buffer from a byte offset.
//!
//! As current Node does (checked against 26; Node 20 refuses it), the buffer
//! may be an ArrayBuffer or a SharedArrayBuffer. `napi_float16_array` is not supported: V8 10.2 has no
//! Float16Array, so creating one gives `napi_invalid_arg` (what Node answers
//! for a type it lacks) and no TypedArray reports that type.

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::js_native_api::arraybuffers::{predicate, throw_with_code};
use crate::v8::{self, ErrorKind, Local};

/// Name and element size of each `napi_typedarray_type` V8 10.2 has, indexed
/// by the type.
const KINDS: [(&str, usize); 11] = [
    ("Int8Array", 1),
    ("Uint8Array", 1),
    ("Uint8ClampedArray", 1),
    ("Int16Array", 2),
    ("Uint16Array", 2),
    ("Int32Array", 4),
    ("Uint32Array", 4),
    ("Float32Array", 4),
    ("Float64Array", 8),
    ("BigInt64Array", 8),
    ("BigUint64Array", 8),
];

/// Throws Node's RangeError with `code` and fails with `napi_generic_failure`
/// (the status Node gives for a bad TypedArray range).
fn range_error(env: &Env, code: &str, message: &str) -> NapiResult<Local> {
    throw_with_code(env, ErrorKind::RangeError, code, message)?;
    Err(napi_generic_failure)
}

/// Checks Node's conditions, then makes the TypedArray: the offset is a
/// multiple of the element size, and the elements fit in the buffer.
fn new_typed_array(
    env: &Env,
    kind: napi_typedarray_type,
    buffer: Local,
    offset: usize,
    length: usize,
) -> NapiResult<Local> {
    // No Float16Array in V8 10.2: napi_float16_array is an unknown type here.
    let &(name, size) = KINDS.get(kind as usize).ok_or(napi_invalid_arg)?;
    if !offset.is_multiple_of(size) {
        let message = format!("start offset of {name} should be a multiple of {size}");
        return range_error(env, "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT", &message);
    }
    // Node computes `length * size + offset` unchecked (and V8 aborts on a
    // wrapped value); nari treats an overflow as out of range.
    let end = length
        .checked_mul(size)
        .and_then(|bytes| bytes.checked_add(offset));
    if end.is_none_or(|end| end > buffer.buffer_byte_length())
        || length > v8::max_typed_array_length()
    {
        return range_error(
            env,
            "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH",
            "Invalid typed array length",
        );
    }
    v8::new_typed_array(kind, buffer, offset, length).ok_or(napi_generic_failure)
}

napi_fn! {
    /// `*result` <- a TypedArray of `type` viewing `length` elements of
    /// `arraybuffer` (an ArrayBuffer or SharedArrayBuffer) from `byte_offset`.
    /// A misaligned offset or a range past the buffer's end throws a
    /// RangeError (codes ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT /
    /// ERR_NAPI_INVALID_TYPEDARRAY_LENGTH) and gives `napi_generic_failure`.
    js fn napi_create_typedarray(
        env,
        r#type: napi_typedarray_type,
        length: usize,
        arraybuffer: napi_value,
        byte_offset: usize,
        result: *mut napi_value,
    ) {
        let (buffer, result) = (arg(arraybuffer)?, out(result)?);
        if !(buffer.is_array_buffer() || buffer.is_shared_array_buffer()) {
            return Err(napi_invalid_arg);
        }
        result.set(new_typed_array(env, r#type, buffer, byte_offset, length)?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `*result` <- whether `value` is a TypedArray.
    fn napi_is_typedarray(_env, value: napi_value, result: *mut bool) {
        predicate(value, result, Local::is_typed_array)
    }
}

napi_fn! {
    /// Every out-pointer is optional: `*type`, `*length` (elements), `*data`
    /// (the first element: the buffer's memory plus the offset, engine-owned),
    /// `*arraybuffer`, `*byte_offset`. Not a TypedArray: `napi_invalid_arg`.
    fn napi_get_typedarray_info(
        _env,
        typedarray: napi_value,
        r#type: *mut napi_typedarray_type,
        length: *mut usize,
        data: *mut *mut c_void,
        arraybuffer: *mut napi_value,
        byte_offset: *mut usize,
    ) {
        let array = arg(typedarray)?;
        if !array.is_typed_array() {
            return Err(napi_invalid_arg);
        }
        if let (Ok(out), Some(kind)) = (out(r#type), array.typed_array_type()) {
            out.set(kind);
        }
        if let Ok(length) = out(length) {
            length.set(array.typed_array_length());
        }
        view_info(array, data, arraybuffer, byte_offset);
        Ok(())
    }
}

/// The info a TypedArray and a DataView share, each out-pointer optional:
/// `*data` (buffer memory + offset), `*arraybuffer`, `*byte_offset`. The
/// buffer is only fetched when needed (fetching may move it off the heap;
/// `view_data` moves it first, so both describe the same memory).
///
/// # Safety
/// Each pointer NULL or valid for writes.
pub(crate) unsafe fn view_info(
    view: Local,
    data: *mut *mut c_void,
    arraybuffer: *mut napi_value,
    byte_offset: *mut usize,
) {
    // SAFETY: per the caller's guarantee.
    let (data, arraybuffer, byte_offset) =
        unsafe { (out(data), out(arraybuffer), out(byte_offset)) };
    if let Ok(data) = data {
        // A detached buffer has no memory: NULL (its offset is 0 then).
        data.set(view.view_data());
    }
    if let Ok(arraybuffer) = arraybuffer {
        arraybuffer.set(view.view_buffer().to_napi());
    }
    if let Ok(byte_offset) = byte_offset {
        byte_offset.set(view.view_byte_offset());
    }
}
