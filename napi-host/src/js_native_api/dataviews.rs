//! DataViews: byte views of a buffer (an ArrayBuffer or, as current Node
//! allows — checked against 26, Node 20 refuses it — a SharedArrayBuffer).

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{arg, napi_fn, out};
use crate::js_native_api::arraybuffers::{predicate, throw_with_code};
use crate::js_native_api::typedarrays::view_info;
use crate::v8::{self, ErrorKind, Local};

napi_fn! {
    /// `*result` <- a DataView of `byte_length` bytes of `arraybuffer` from
    /// `byte_offset`. A range past the buffer's end throws a RangeError
    /// (code ERR_NAPI_INVALID_DATAVIEW_ARGS): `napi_pending_exception`.
    js fn napi_create_dataview(
        env,
        byte_length: usize,
        arraybuffer: napi_value,
        byte_offset: usize,
        result: *mut napi_value,
    ) {
        let (buffer, result) = (arg(arraybuffer)?, out(result)?);
        if !(buffer.is_array_buffer() || buffer.is_shared_array_buffer()) {
            return Err(napi_invalid_arg);
        }
        // Node adds unchecked; nari treats an overflow as out of range.
        let end = byte_length.checked_add(byte_offset);
        if end.is_none_or(|end| end > buffer.buffer_byte_length()) {
            throw_with_code(
                env,
                ErrorKind::RangeError,
                "ERR_NAPI_INVALID_DATAVIEW_ARGS",
                "byte_offset + byte_length should be less than or equal to the size in bytes \
                 of the array passed in",
            )?;
            return Err(napi_pending_exception);
        }
        result.set(v8::new_data_view(buffer, byte_offset, byte_length).to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `*result` <- whether `value` is a DataView.
    fn napi_is_dataview(_env, value: napi_value, result: *mut bool) {
        predicate(value, result, Local::is_data_view)
    }
}

napi_fn! {
    /// Every out-pointer is optional: `*bytelength`, `*data` (the buffer's
    /// memory plus the offset, engine-owned), `*arraybuffer`, `*byte_offset`.
    /// Not a DataView: `napi_invalid_arg`.
    fn napi_get_dataview_info(
        _env,
        dataview: napi_value,
        bytelength: *mut usize,
        data: *mut *mut c_void,
        arraybuffer: *mut napi_value,
        byte_offset: *mut usize,
    ) {
        let view = arg(dataview)?;
        if !view.is_data_view() {
            return Err(napi_invalid_arg);
        }
        if let Ok(bytelength) = out(bytelength) {
            bytelength.set(view.view_byte_length());
        }
        view_info(view, data, arraybuffer, byte_offset);
        Ok(())
    }
}
