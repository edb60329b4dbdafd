//! External values: JS values that carry a native pointer.

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{arg, napi_fn, out};
use crate::finalizers::{self, Finalize};
use crate::js_native_api::functions::static_env;
use crate::v8;

napi_fn! {
    /// A new external holding `data`. If `finalize_cb` is given it runs once
    /// after the value is collected (or at teardown) with `data` and `finalize_hint`.
    fn napi_create_external(
        env,
        data: *mut c_void,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
        result: *mut napi_value,
    ) {
        let result = out(result)?;
        let external = v8::new_external(data);
        if let Some(callback) = finalize_cb {
            finalizers::attach(static_env(env), external, Finalize { callback, data, hint: finalize_hint });
        }
        result.set(external.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes the pointer an external holds; other values give `napi_invalid_arg`.
    fn napi_get_value_external(_env, value: napi_value, result: *mut *mut c_void) {
        let (value, result) = (arg(value)?, out(result)?);
        if !value.is_external() {
            return Err(napi_invalid_arg);
        }
        result.set(value.external_value());
        Ok(())
    }
}
