//! Async work: `execute` on the worker pool, then `complete` on the JS thread.
//!
//! A work item moves through states (all transitions by compare-and-swap, so
//! `napi_cancel_async_work` racing with a pool thread is decided once):
//! `Idle` → `Queued` (napi_queue_async_work) → `Running` (a pool thread took
//! it) → `Done` after `complete`; or `Queued` → `Cancelled` → `Done`, with
//! `complete` getting `napi_cancelled`. A `Done` item may be queued again.
//! Cancelling what runs or ran fails with `napi_generic_failure`, what was
//! never queued with `napi_invalid_arg` (libuv's EBUSY / EINVAL, as Node
//! reports them).
//!
//! The loop is retained from queueing until `complete` has run. The handle
//! given to the addon owns one reference to the shared item; queued jobs hold
//! others, so `napi_delete_async_work` inside `complete` is fine.

use std::ffi::c_void;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env};
use crate::host;
use crate::js_native_api::functions::static_env;
use crate::v8::HandleScope;

const IDLE: u8 = 0;
const QUEUED: u8 = 1;
const RUNNING: u8 = 2;
const CANCELLED: u8 = 3;
const DONE: u8 = 4;

struct Work {
    env: &'static Env,
    execute: unsafe extern "C" fn(napi_env, *mut c_void),
    complete: napi_async_complete_callback,
    data: *mut c_void,
    state: AtomicU8,
}

// SAFETY: `data` and `env` are only handed back to the addon's callbacks;
// Node-API makes `execute` safe to call on another thread (it must not touch
// JS), and `complete` runs on the JS thread.
unsafe impl Send for Work {}
// SAFETY: as above; the only shared mutable state is the atomic `state`.
unsafe impl Sync for Work {}

impl Work {
    fn transition(&self, from: u8, to: u8) -> bool {
        self.state
            .compare_exchange(from, to, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// On the pool: run `execute` unless cancelled, then post `complete`.
    fn run_on_pool(self: Arc<Work>) {
        if !self.transition(QUEUED, RUNNING) {
            return; // cancelled: napi_cancel_async_work posted the completion
        }
        // SAFETY: the addon's execute callback with its env and data, on a
        // pool thread, as the Node-API contract allows.
        unsafe { (self.execute)(self.env.as_napi(), self.data) };
        let work = Arc::clone(&self);
        host::event_loop().post(Box::new(move || work.finish(napi_ok)));
    }

    /// On the JS thread: call `complete` with `status`, release the loop.
    fn finish(&self, status: napi_status) {
        self.state.store(DONE, Ordering::Release);
        if let Some(complete) = self.complete {
            let scope = HandleScope::open().into_raw();
            // SAFETY: the addon's complete callback on the JS thread with its env.
            unsafe { complete(self.env.as_napi(), status, self.data) };
            crate::node_api::report_pending_exception(self.env);
            // SAFETY: the innermost scope, opened above.
            unsafe { HandleScope::close_raw(scope) };
        }
        host::event_loop().release();
    }
}

/// What a `napi_async_work` points to: one owning reference.
struct Handle(Arc<Work>);

/// # Safety
/// `work` NULL or a handle from napi_create_async_work not yet deleted.
unsafe fn handle<'a>(work: napi_async_work) -> Result<&'a Handle, napi_status> {
    // SAFETY: per the caller's guarantee.
    unsafe { work.cast::<Handle>().as_ref() }.ok_or(napi_invalid_arg)
}

napi_fn! {
    /// A new work item (not queued). `async_resource_name` is required (any
    /// value; converted to a string); `complete` may be NULL. The caller owns
    /// `*result` and frees it with `napi_delete_async_work`.
    fn napi_create_async_work(
        env,
        async_resource: napi_value,
        async_resource_name: napi_value,
        execute: napi_async_execute_callback,
        complete: napi_async_complete_callback,
        data: *mut c_void,
        result: *mut napi_async_work,
    ) {
        let execute = execute.ok_or(napi_invalid_arg)?;
        let result = out(result)?;
        if !async_resource.is_null() {
            let resource = arg(async_resource)?;
            if !resource.is_object() {
                return Err(napi_object_expected);
            }
        }
        arg(async_resource_name)?;
        let work = Work { env: static_env(env), execute, complete, data, state: AtomicU8::new(IDLE) };
        result.set(Box::into_raw(Box::new(Handle(Arc::new(work)))).cast());
        Ok(())
    }
}

napi_fn! {
    /// Frees the item. Pending callbacks still run (they hold their own reference).
    fn napi_delete_async_work(_env, work: napi_async_work) {
        handle(work)?;
        drop(Box::from_raw(work.cast::<Handle>()));
        Ok(())
    }
}

napi_fn! {
    /// Queues the item on the pool; the loop stays alive until `complete` ran.
    basic fn napi_queue_async_work(_env, work: napi_async_work) {
        let work = Arc::clone(&handle(work)?.0);
        if !work.transition(IDLE, QUEUED) && !work.transition(DONE, QUEUED) {
            return Err(napi_generic_failure);
        }
        host::event_loop().retain();
        host::event_loop().spawn_blocking(Box::new(move || work.run_on_pool()));
        Ok(())
    }
}

napi_fn! {
    /// Cancels a queued item that has not started: its `complete` runs later
    /// with `napi_cancelled`. Running or finished: `napi_generic_failure`.
    basic fn napi_cancel_async_work(_env, work: napi_async_work) {
        let work = Arc::clone(&handle(work)?.0);
        if work.transition(QUEUED, CANCELLED) {
            host::event_loop().post(Box::new(move || work.finish(napi_cancelled)));
            return Ok(());
        }
        Err(if work.state.load(Ordering::Acquire) == IDLE { napi_invalid_arg } else { napi_generic_failure })
    }
}
