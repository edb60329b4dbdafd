//! Buffers: `Buffer` instances (Uint8Arrays whose prototype is the runtime's
//! `Buffer.prototype`, as Node's FastBuffer) over engine-owned, copied or
//! external memory; and the queries, which — as in Node — accept any
//! ArrayBuffer view (typed array or DataView).

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::finalizers::Finalize;
use crate::host;
use crate::js_native_api::arraybuffers::{new_buffer, new_external, NewBuffer};
use crate::v8::{self, Local};

/// A Buffer viewing `length` bytes of `array_buffer` from `offset`.
fn buffer_view(env: &Env, array_buffer: Local, offset: usize, length: usize) -> NapiResult<Local> {
    let view = v8::new_typed_array(napi_uint8_array, array_buffer, offset, length)
        .ok_or(napi_generic_failure)?;
    if let Some(prototype) = host::event_loop().buffer_prototype() {
        env.js(view.set_prototype(prototype))?;
    }
    Ok(view)
}

fn is_view(value: Local) -> bool {
    value.is_typed_array() || value.is_data_view()
}

napi_fn! {
    /// `*result` <- a new Buffer of `length` bytes (zero-filled; Node leaves
    /// them uninitialized); `*data`
    /// (optional) <- its memory, owned by the engine.
    js fn napi_create_buffer(env, length: usize, data: *mut *mut c_void, result: *mut napi_value) {
        let result = out(result)?;
        let mut array_buffer: napi_value = std::ptr::null_mut();
        new_buffer(env, NewBuffer::Zeroed, length, data, &mut array_buffer)?;
        let array_buffer = arg(array_buffer)?;
        result.set(buffer_view(env, array_buffer, 0, length)?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `*result` <- a new Buffer holding a copy of `length` bytes at `data`;
    /// `*result_data` (optional) <- the copy's memory, owned by the engine.
    js fn napi_create_buffer_copy(
        env,
        length: usize,
        data: *const c_void,
        result_data: *mut *mut c_void,
        result: *mut napi_value,
    ) {
        let result = out(result)?;
        if data.is_null() && length > 0 {
            return Err(napi_invalid_arg);
        }
        let mut memory: *mut c_void = std::ptr::null_mut();
        let mut array_buffer: napi_value = std::ptr::null_mut();
        new_buffer(env, NewBuffer::Uninitialized, length, &mut memory, &mut array_buffer)?;
        if length > 0 {
            std::ptr::copy_nonoverlapping(data.cast::<u8>(), memory.cast::<u8>(), length);
        }
        if !result_data.is_null() {
            result_data.write(memory);
        }
        let array_buffer = arg(array_buffer)?;
        result.set(buffer_view(env, array_buffer, 0, length)?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `*result` <- a Buffer over `length` bytes at `data`, which the addon
    /// owns until `finalize_cb(env, data, finalize_hint)` runs (once the
    /// buffer is collected, or at teardown).
    js fn napi_create_external_buffer(
        env,
        length: usize,
        data: *mut c_void,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
    ) {
        let result = out(result)?;
        let finalize = finalize_cb.map(|callback| Finalize { callback, data, hint: finalize_hint });
        let array_buffer = new_external(env, data, length, finalize)?;
        result.set(buffer_view(env, array_buffer, 0, length)?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `*result` <- a Buffer viewing `byte_length` bytes of `arraybuffer`
    /// from `byte_offset` (shared memory). Out of range: a pending RangeError.
    js fn node_api_create_buffer_from_arraybuffer(
        env,
        arraybuffer: napi_value,
        byte_offset: usize,
        byte_length: usize,
        result: *mut napi_value,
    ) {
        let arraybuffer = arg(arraybuffer)?;
        let result = out(result)?;
        if !arraybuffer.is_array_buffer() {
            return Err(napi_invalid_arg); // what Node returns, not napi_arraybuffer_expected
        }
        if byte_offset.checked_add(byte_length).is_none_or(|end| end > arraybuffer.buffer_byte_length()) {
            let message = v8::string_from_utf8(b"The byte offset + length is out of range").ok_or(napi_generic_failure)?;
            let error = v8::new_error(v8::ErrorKind::RangeError, message);
            let _ = error.set(v8::internalized_string("code"), v8::internalized_string("ERR_OUT_OF_RANGE"));
            env.set_pending_exception(error);
            return Err(napi_pending_exception);
        }
        result.set(buffer_view(env, arraybuffer, byte_offset, byte_length)?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `*data` and `*length` (both optional) <- the bytes a Buffer (or any
    /// ArrayBuffer view) covers; other values: `napi_invalid_arg`.
    fn napi_get_buffer_info(_env, value: napi_value, data: *mut *mut c_void, length: *mut usize) {
        let value = arg(value)?;
        if !is_view(value) {
            return Err(napi_invalid_arg);
        }
        if !data.is_null() {
            data.write(value.view_data());
        }
        if !length.is_null() {
            length.write(value.view_byte_length());
        }
        Ok(())
    }
}

napi_fn! {
    /// Whether `value` is a Buffer — as in Node, any ArrayBuffer view.
    fn napi_is_buffer(_env, value: napi_value, result: *mut bool) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(is_view(value));
        Ok(())
    }
}
