//! Promises: `napi_create_promise`, `napi_resolve_deferred`,
//! `napi_reject_deferred`, `napi_is_promise`.
//!
//! A `napi_deferred` is a leaked `Box<Global>` holding the promise's
//! `Promise::Resolver`. Resolving or rejecting consumes it: the box is freed
//! and the handle must not be used again (as in Node). A deferred never
//! concluded stays allocated, like Node's.

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::v8::{self, Global};

napi_fn! {
    /// A new pending promise: writes it to `promise` and the handle that
    /// settles it to `deferred` (freed by resolving or rejecting).
    js fn napi_create_promise(env, deferred: *mut napi_deferred, promise: *mut napi_value) {
        let (deferred, promise) = (out(deferred)?, out(promise)?);
        let resolver = env.js_or(v8::new_promise_resolver(), napi_generic_failure)?;
        promise.set(resolver.resolver_promise().to_napi());
        deferred.set(Box::into_raw(Box::new(Global::new(resolver))).cast());
        Ok(())
    }
}

/// Settles the deferred's promise with `value` and frees the deferred.
/// A NULL `value` is `napi_invalid_arg` and leaves the deferred usable.
///
/// # Safety
/// `deferred` NULL or a deferred from `napi_create_promise` not yet settled;
/// `value` NULL or a live handle.
unsafe fn conclude(
    env: &Env,
    deferred: napi_deferred,
    value: napi_value,
    resolve: bool,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let value = unsafe { arg(value) }?;
    if deferred.is_null() {
        return Err(napi_invalid_arg);
    }
    // SAFETY: per the caller's guarantee, a leaked Box<Global> not yet freed;
    // taking it back frees it when this function returns.
    let resolver = unsafe { Box::from_raw(deferred.cast::<Global>()) };
    let settled = env.js_or(
        resolver.get().settle_resolver(value, resolve),
        napi_generic_failure,
    )?;
    if settled {
        Ok(())
    } else {
        Err(napi_generic_failure)
    }
}

napi_fn! {
    /// Fulfils (or follows, for a thenable) the promise of `deferred` with
    /// `resolution`; frees `deferred`.
    js fn napi_resolve_deferred(env, deferred: napi_deferred, resolution: napi_value) {
        conclude(env, deferred, resolution, true)
    }
}

napi_fn! {
    /// Rejects the promise of `deferred` with `rejection`; frees `deferred`.
    js fn napi_reject_deferred(env, deferred: napi_deferred, rejection: napi_value) {
        conclude(env, deferred, rejection, false)
    }
}

napi_fn! {
    /// Writes whether `value` is a native promise.
    fn napi_is_promise(_env, value: napi_value, is_promise: *mut bool) {
        let (value, is_promise) = (arg(value)?, out(is_promise)?);
        is_promise.set(value.is_promise());
        Ok(())
    }
}
