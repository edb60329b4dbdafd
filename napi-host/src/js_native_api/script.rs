//! `napi_run_script`: compiles and runs a string as a classic script in the
//! global scope, like indirect eval, with no script name (as in Node).

use crate::abi::*;
use crate::env::{arg, napi_fn, out};
use crate::v8;

napi_fn! {
    /// Runs the string `script` and writes its completion value. A syntax
    /// error or a throw leaves the exception pending and fails with
    /// `napi_generic_failure` (Node's status here); a non-string is
    /// `napi_string_expected`.
    js fn napi_run_script(env, script: napi_value, result: *mut napi_value) {
        let (script, result) = (arg(script)?, out(result)?);
        if !script.is_string() {
            return Err(napi_string_expected);
        }
        let value = env.js_or(v8::run_script(script, v8::undefined()), napi_generic_failure)?;
        result.set(value.to_napi());
        Ok(())
    }
}
