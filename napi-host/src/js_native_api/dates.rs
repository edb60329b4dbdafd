//! Dates: creation from a time value, detection, and reading the time value.
//!
//! As in Node, creating and reading go through the JS-running prologue (they
//! refuse while an exception is pending); `napi_is_date` does not.

use crate::abi::*;
use crate::env::{arg, napi_fn, out};
use crate::v8;

napi_fn! {
    /// A Date for `time` ms since the epoch (out of range or NaN: an invalid Date).
    js fn napi_create_date(env, time: f64, result: *mut napi_value) {
        let result = out(result)?;
        result.set(env.js_or(v8::new_date(time), napi_generic_failure)?.to_napi());
        Ok(())
    }
}

napi_fn! {
    fn napi_is_date(_env, value: napi_value, is_date: *mut bool) {
        let (value, is_date) = (arg(value)?, out(is_date)?);
        is_date.set(value.is_date());
        Ok(())
    }
}

napi_fn! {
    /// The time value (possibly NaN); non-Dates give `napi_date_expected`.
    js fn napi_get_date_value(_env, value: napi_value, result: *mut f64) {
        let (value, result) = (arg(value)?, out(result)?);
        if !value.is_date() {
            return Err(napi_date_expected);
        }
        result.set(value.date_value());
        Ok(())
    }
}
