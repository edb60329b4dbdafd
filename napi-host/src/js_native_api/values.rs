//! Values: singletons, booleans, numbers, `napi_typeof`, `napi_strict_equals`.

use crate::abi::*;
use crate::env::{arg, napi_fn, out};
use crate::v8;

napi_fn! {
    /// Writes `undefined` to `result`.
    fn napi_get_undefined(_env, result: *mut napi_value) {
        out(result)?.set(v8::undefined().to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes `null` to `result`.
    fn napi_get_null(_env, result: *mut napi_value) {
        out(result)?.set(v8::null().to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes the global object to `result`.
    fn napi_get_global(_env, result: *mut napi_value) {
        out(result)?.set(v8::global_object().to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes the JS boolean for `value` to `result`.
    fn napi_get_boolean(_env, value: bool, result: *mut napi_value) {
        out(result)?.set(v8::boolean(value).to_napi());
        Ok(())
    }
}

napi_fn! {
    fn napi_create_int32(_env, value: i32, result: *mut napi_value) {
        out(result)?.set(v8::int32(value).to_napi());
        Ok(())
    }
}

napi_fn! {
    fn napi_create_uint32(_env, value: u32, result: *mut napi_value) {
        out(result)?.set(v8::uint32(value).to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes a Number; values beyond 2^53 lose precision, as in Node.
    fn napi_create_int64(_env, value: i64, result: *mut napi_value) {
        out(result)?.set(v8::number(value as f64).to_napi());
        Ok(())
    }
}

napi_fn! {
    fn napi_create_double(_env, value: f64, result: *mut napi_value) {
        out(result)?.set(v8::number(value).to_napi());
        Ok(())
    }
}

/// The value of a Number, or `napi_number_expected`.
fn number(value: v8::Local) -> Result<f64, napi_status> {
    value.as_number().ok_or(napi_number_expected)
}

/// ECMAScript ToUint32 of a Number (ToInt32 is its bits as i32): NaN and
/// ±Infinity give 0; otherwise the integer part modulo 2^32.
fn to_uint32(number: f64) -> u32 {
    if !number.is_finite() {
        return 0;
    }
    number.trunc().rem_euclid(4_294_967_296.0) as u32
}

napi_fn! {
    /// ToInt32 of a Number: NaN/±Infinity give 0, other values wrap modulo 2^32.
    fn napi_get_value_int32(_env, value: napi_value, result: *mut i32) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(to_uint32(number(value)?) as i32);
        Ok(())
    }
}

napi_fn! {
    /// ToUint32 of a Number.
    fn napi_get_value_uint32(_env, value: napi_value, result: *mut u32) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(to_uint32(number(value)?));
        Ok(())
    }
}

napi_fn! {
    /// Integer part of a Number, saturating; NaN/±Infinity give 0.
    fn napi_get_value_int64(_env, value: napi_value, result: *mut i64) {
        let (value, result) = (arg(value)?, out(result)?);
        let number = number(value)?;
        // Rust's cast truncates toward zero and saturates, as V8's does;
        // NaN and ±Infinity give 0, as in Node.
        result.set(if number.is_finite() { number as i64 } else { 0 });
        Ok(())
    }
}

napi_fn! {
    fn napi_get_value_double(_env, value: napi_value, result: *mut f64) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(number(value)?);
        Ok(())
    }
}

napi_fn! {
    /// Fails with `napi_boolean_expected` for non-booleans (no coercion).
    fn napi_get_value_bool(_env, value: napi_value, result: *mut bool) {
        let (value, result) = (arg(value)?, out(result)?);
        if !value.is_boolean() {
            return Err(napi_boolean_expected);
        }
        result.set(value.boolean_value());
        Ok(())
    }
}

napi_fn! {
    /// Writes the `napi_valuetype` of `value`.
    fn napi_typeof(_env, value: napi_value, result: *mut napi_valuetype) {
        let value = arg(value)?;
        out(result)?.set(value.type_of());
        Ok(())
    }
}

napi_fn! {
    /// `lhs === rhs`.
    js fn napi_strict_equals(_env, lhs: napi_value, rhs: napi_value, result: *mut bool) {
        let (lhs, rhs) = (arg(lhs)?, arg(rhs)?);
        out(result)?.set(lhs.strict_equals(rhs));
        Ok(())
    }
}
