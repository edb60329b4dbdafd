//! Memory management: external memory accounting and posted finalizers.

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{napi_fn, out};
use crate::finalizers::{self, Finalize};
use crate::js_native_api::functions::static_env;
use crate::v8;

napi_fn! {
    /// Tells V8 that JS objects keep `change_in_bytes` more (or, negative,
    /// fewer) bytes of native memory alive; writes V8's new total.
    basic fn napi_adjust_external_memory(_env, change_in_bytes: i64, adjusted_value: *mut i64) {
        let adjusted_value = out(adjusted_value)?;
        adjusted_value.set(v8::adjust_external_memory(change_in_bytes));
        Ok(())
    }
}

napi_fn! {
    /// Schedules `finalize_cb(env, finalize_data, finalize_hint)` to run
    /// outside GC, at the next finalizer drain (or at teardown). Meant for
    /// pure finalizers, which may not touch JS themselves.
    basic fn node_api_post_finalizer(
        env,
        finalize_cb: napi_finalize,
        finalize_data: *mut c_void,
        finalize_hint: *mut c_void,
    ) {
        // A NULL callback is accepted and does nothing, as in Node.
        if let Some(callback) = finalize_cb {
            finalizers::post(
                static_env(env),
                Finalize { callback, data: finalize_data, hint: finalize_hint },
            );
        }
        Ok(())
    }
}
