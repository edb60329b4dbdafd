//! Instance data: one native pointer per env (per addon), with an optional
//! finalizer that runs at teardown.
//!
//! As in Node, replacing the data does not finalize the old data: its
//! finalizer is simply forgotten. The current data's finalizer runs at
//! teardown, among the env's other finalizers (see `finalizers`).

use std::ffi::c_void;

use crate::abi::*;
use crate::env::{napi_fn, out};
use crate::finalizers::{Finalize, Ownership, Reference};
use crate::js_native_api::functions::static_env;

napi_fn! {
    /// Makes `data` this env's instance data. `finalize_cb`, if given, runs
    /// with `data` and `finalize_hint` at teardown. Earlier data is dropped
    /// without running its finalizer.
    basic fn napi_set_instance_data(
        env,
        data: *mut c_void,
        finalize_cb: napi_finalize,
        finalize_hint: *mut c_void,
    ) {
        if let Some(old) = env.lifetime.instance_data.take() {
            // The env's live instance-data record, owned by nari.
            Reference::delete(old);
        }
        let finalize = finalize_cb.map(|callback| Finalize { callback, data, hint: finalize_hint });
        let record = Reference::create(static_env(env), None, 0, Ownership::Runtime, finalize, data);
        env.lifetime.instance_data.set(Some(record));
        Ok(())
    }
}

napi_fn! {
    /// Writes this env's instance data (NULL when none was set).
    basic fn napi_get_instance_data(env, data: *mut *mut c_void) {
        let data = out(data)?;
        let record = env.lifetime.instance_data.get();
        // The env's live instance-data record (freeing it clears the field).
        data.set(record.map_or(std::ptr::null_mut(), |r| Reference::get(r).data()));
        Ok(())
    }
}
