//! Version and last-error queries.

use crate::abi::*;
use crate::env::{napi_fn, out, Env, NAPI_VERSION};

napi_fn! {
    /// Writes the highest Node-API version nari supports (10).
    basic fn napi_get_version(_env, result: *mut u32) {
        out(result)?.set(NAPI_VERSION);
        Ok(())
    }
}

/// Writes a pointer to the env's last-error record, valid until the next
/// Node-API call on this env. Does not itself clear the record.
///
/// # Safety
/// Node-API contract: `env` NULL or from nari, `result` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn napi_get_last_error_info(
    env: napi_env,
    result: *mut *const napi_extended_error_info,
) -> napi_status {
    // SAFETY: per the Node-API contract, a non-NULL env is a live Env.
    let Some(env) = (unsafe { env.cast::<Env>().as_ref() }) else {
        return napi_invalid_arg;
    };
    // SAFETY: per the Node-API contract, result is NULL or writable.
    match unsafe { out(result) } {
        Ok(result) => {
            result.set(env.last_error_info());
            napi_ok
        }
        Err(status) => env.set_last_error(status),
    }
}
