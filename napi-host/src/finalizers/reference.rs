//! [`Reference`]: one tracked record — a `napi_ref`, a wrap, an attached
//! finalizer, instance data or a posted finalizer.
//!
//! Ownership: a record is heap-allocated and handed around as a raw pointer
//! (`napi_ref` is one). [`Ownership::Userland`] records are freed by
//! `napi_delete_reference`; [`Ownership::Runtime`] ones free themselves once
//! finalized. While a record's finalizer runs, deleting it only marks it, and
//! the record is freed when the finalizer returns — so a finalizer may delete
//! the reference it was called for, as Node-API addons do.
//!
//! All state is in `Cell`s: records are only touched through shared
//! references on the JS thread (GC callbacks included).

use std::cell::Cell;
use std::ffi::c_void;
use std::ptr::NonNull;

use super::list::Links;
use super::{Finalize, UNCAUGHT};
use crate::abi::napi_symbol;
use crate::env::{Env, NAPI_VERSION_EXPERIMENTAL};
use crate::v8::{Global, HandleScope, Local, RefHandle};

/// Who frees a record.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ownership {
    /// nari: freed when finalized (or when its wrap is removed).
    Runtime,
    /// The addon: freed by `napi_delete_reference`.
    Userland,
}

pub struct Reference {
    env: &'static Env,
    /// Its places in the env's live list and pending queue (see `list`).
    pub(super) links: Links,
    /// Linked in the env's `finalizing` list (else `plain`); fixed at creation.
    finalizing: bool,
    /// The value; None for records without one (instance data, posted finalizers).
    handle: Option<RefHandle>,
    /// Only objects and symbols can be held weakly; other values are
    /// dropped when the count reaches zero.
    can_be_weak: bool,
    count: Cell<u32>,
    ownership: Ownership,
    finalize: Cell<Option<Finalize>>,
    /// The native pointer behind a wrap or instance data.
    data: *mut c_void,
    linked: Cell<bool>,
    /// In the pending queue: the finalizer waits for `drain`.
    queued: Cell<bool>,
    running: Cell<bool>,
    deleted: Cell<bool>,
}

impl Reference {
    /// A new record linked into `env`'s lists. `value` is held strongly if
    /// `count > 0`, weakly (or, for a primitive, not at all) at zero.
    pub fn create(
        env: &'static Env,
        value: Option<Local>,
        count: u32,
        ownership: Ownership,
        finalize: Option<Finalize>,
        data: *mut c_void,
    ) -> NonNull<Reference> {
        let finalizing = finalize.is_some();
        let record = Box::new(Reference {
            env,
            links: Links::default(),
            finalizing,
            handle: value.map(RefHandle::new),
            can_be_weak: value.is_some_and(|v| v.is_object() || v.type_of() == napi_symbol),
            count: Cell::new(count),
            ownership,
            finalize: Cell::new(finalize),
            data,
            linked: Cell::new(true),
            queued: Cell::new(false),
            running: Cell::new(false),
            deleted: Cell::new(false),
        });
        let record = NonNull::from(Box::leak(record));
        // SAFETY: just allocated; freed only through `free`.
        let r = unsafe { record.as_ref() };
        if count == 0 {
            r.weaken();
        }
        env.lifetime.link(finalizing, record);
        record
    }

    /// # Safety
    /// `record` must be a live record (not yet freed).
    pub unsafe fn get<'a>(record: NonNull<Reference>) -> &'a Reference {
        // SAFETY: per the caller's guarantee.
        unsafe { record.as_ref() }
    }

    fn as_param(&self) -> *mut c_void {
        (self as *const Reference).cast_mut().cast()
    }

    /// Count zero: weak for objects and symbols, dropped for other values.
    fn weaken(&self) {
        let Some(handle) = &self.handle else { return };
        if self.can_be_weak {
            // SAFETY: `collected` only touches this record, which stays
            // allocated while its handle is weak (freeing drops the handle,
            // which cancels the callback).
            unsafe { handle.set_weak(collected, self.as_param()) };
        } else {
            handle.reset();
        }
    }

    pub fn count(&self) -> u32 {
        self.count.get()
    }

    pub fn data(&self) -> *mut c_void {
        self.data
    }

    pub fn ownership(&self) -> Ownership {
        self.ownership
    }

    /// The value, or None once it is gone (collected, or a primitive dropped at count 0).
    pub fn value(&self) -> Option<Local> {
        self.handle.as_ref().and_then(RefHandle::get)
    }

    /// Count + 1 (strong from 1 on). A record whose value is gone stays at 0.
    pub fn add_ref(&self) -> u32 {
        let Some(handle) = self.handle.as_ref().filter(|h| !h.is_empty()) else {
            return 0;
        };
        let count = self.count.get() + 1;
        self.count.set(count);
        if count == 1 && self.can_be_weak {
            handle.clear_weak();
        }
        count
    }

    /// Count - 1 (weak at 0). A record whose value is gone, or at 0, stays at 0.
    pub fn release(&self) -> u32 {
        let gone = self.handle.as_ref().is_none_or(RefHandle::is_empty);
        if gone || self.count.get() == 0 {
            return 0;
        }
        let count = self.count.get() - 1;
        self.count.set(count);
        if count == 0 {
            self.weaken();
        }
        count
    }

    /// Forgets the finalizer (`napi_remove_wrap` on a wrap with a reference).
    pub fn reset_finalizer(&self) {
        self.finalize.set(None);
    }

    /// Queues the finalizer for `drain`.
    ///
    /// # Safety
    /// `record` must be live.
    pub(super) unsafe fn enqueue(record: NonNull<Reference>) {
        // SAFETY: per the caller's guarantee.
        let r = unsafe { record.as_ref() };
        if !r.queued.replace(true) {
            r.env.lifetime.enqueue(record);
        }
    }

    /// `napi_delete_reference` (and removing a runtime-owned wrap): the value
    /// is released and no finalizer runs. Inside the record's own finalizer,
    /// freeing waits until the finalizer returns.
    ///
    /// # Safety
    /// `record` must be live; it must not be used afterwards.
    pub unsafe fn delete(record: NonNull<Reference>) {
        // SAFETY: per the caller's guarantee.
        let r = unsafe { record.as_ref() };
        if r.running.get() {
            r.deleted.set(true);
        } else {
            // SAFETY: live, and the caller gives it up.
            unsafe { free(record) };
        }
    }

    /// Runs the record's finalizer (if any) and frees runtime-owned records;
    /// userland ones are only unlinked (the addon deletes them).
    /// `in_gc`: called from the GC callback (pure finalizers).
    ///
    /// # Safety
    /// `record` must be live.
    pub(super) unsafe fn finalize(record: NonNull<Reference>, in_gc: bool) {
        // SAFETY: per the caller's guarantee.
        let r = unsafe { record.as_ref() };
        if let Some(handle) = &r.handle {
            handle.reset();
        }
        r.unlink();
        if let Some(finalize) = r.finalize.take() {
            r.running.set(true);
            call_finalizer(r.env, finalize, in_gc);
            r.running.set(false);
        }
        if r.ownership == Ownership::Runtime || r.deleted.get() {
            // SAFETY: live until here; nobody else frees runtime-owned
            // records, and a userland delete during the finalizer was deferred.
            unsafe { free(record) };
        }
    }

    fn unlink(&self) {
        let record = NonNull::from(self);
        if self.linked.replace(false) {
            self.env.lifetime.unlink(self.finalizing, record);
        }
        if self.queued.replace(false) {
            self.env.lifetime.dequeue(record);
        }
    }
}

/// Unlinks and frees a record; dropping its handle cancels any weak callback.
///
/// # Safety
/// `record` must be live and not used afterwards.
unsafe fn free(record: NonNull<Reference>) {
    // SAFETY: per the caller's guarantee.
    let r = unsafe { record.as_ref() };
    r.unlink();
    let lifetime = &r.env.lifetime;
    if lifetime.instance_data.get() == Some(record) {
        lifetime.instance_data.set(None);
    }
    // SAFETY: allocated by Box in `create`, freed exactly once (here).
    drop(unsafe { Box::from_raw(record.as_ptr()) });
}

/// The GC callback of a weak record whose value was collected (the handle is
/// already empty). Runs inside GC: no JavaScript.
unsafe extern "C" fn collected(param: *mut c_void) {
    let Some(record) = NonNull::new(param.cast::<Reference>()) else {
        return;
    };
    // SAFETY: the param of a live record's weak handle (see `weaken`).
    let r = unsafe { record.as_ref() };
    if !r.finalizing {
        // Nothing to call: unlink now (and free if runtime-owned).
        // SAFETY: live.
        unsafe { Reference::finalize(record, true) };
    } else if r.env.module_api_version == NAPI_VERSION_EXPERIMENTAL {
        let lifetime = &r.env.lifetime;
        let saved = lifetime.in_gc_finalizer.replace(true);
        // SAFETY: live.
        unsafe { Reference::finalize(record, true) };
        lifetime.in_gc_finalizer.set(saved);
    } else {
        // SAFETY: live.
        unsafe { Reference::enqueue(record) };
    }
}

/// Calls an addon's finalizer: inside GC directly; otherwise in a handle
/// scope, keeping an exception it leaves for the runtime (dropped once
/// teardown has begun, when nothing could handle it).
fn call_finalizer(env: &'static Env, finalize: Finalize, in_gc: bool) {
    let Finalize {
        callback,
        data,
        hint,
    } = finalize;
    if in_gc {
        // SAFETY: the addon's finalizer with its own data; a pure finalizer
        // that touches the JS heap is stopped by `check_gc_access`.
        unsafe { callback(env.as_napi(), data, hint) };
        return;
    }
    let scope = HandleScope::open().into_raw();
    env.clear_last_error();
    // SAFETY: the addon's finalizer with its env and its own data, on the JS
    // thread, outside GC, exactly once.
    unsafe { callback(env.as_napi(), data, hint) };
    if let Some(exception) = env.take_pending_exception() {
        if !super::tearing_down() {
            UNCAUGHT.with_borrow_mut(|list| list.push(Global::new(exception)));
        }
    }
    // SAFETY: the scope opened above is the innermost one.
    unsafe { HandleScope::close_raw(scope) };
}
