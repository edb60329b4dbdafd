//! Symbols: unique ones with an optional description, and registered ones
//! (`Symbol.for`).

use std::os::raw::c_char;

use crate::abi::*;
use crate::env::{c_bytes, napi_fn, out};
use crate::v8::{self, Local};

napi_fn! {
    /// A new symbol; `description` is NULL (none) or a string, else `napi_string_expected`.
    fn napi_create_symbol(_env, description: napi_value, result: *mut napi_value) {
        let result = out(result)?;
        let description = match Local::from_napi(description) {
            None => None,
            Some(text) if text.is_string() => Some(text),
            Some(_) => return Err(napi_string_expected),
        };
        result.set(v8::new_symbol(description).to_napi());
        Ok(())
    }
}

napi_fn! {
    /// `Symbol.for` of `length` bytes of UTF-8 (or up to the NUL with
    /// NAPI_AUTO_LENGTH), with `napi_create_string_utf8`'s argument checks.
    fn node_api_symbol_for(_env, utf8description: *const c_char, length: usize, result: *mut napi_value) {
        let result = out(result)?;
        let bytes = c_bytes(utf8description, length)?;
        let description = v8::string_from_utf8(bytes).ok_or(napi_generic_failure)?;
        result.set(v8::symbol_for(description).to_napi());
        Ok(())
    }
}
