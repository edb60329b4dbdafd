//! Finalizers and the records behind references: native callbacks that run
//! once a value is gone — after V8 collects it, or at teardown, whichever
//! comes first — exactly once.
//!
//! Every `napi_ref`, `napi_wrap` record, finalizer attached by
//! `napi_add_finalizer` / `napi_create_external`, instance data and
//! `node_api_post_finalizer` callback is one [`Reference`] record, linked into
//! its env's [`Lifetime`] until it is finalized or deleted.
//!
//! Protocol (Node's):
//! 1. A record with a value holds a [`RefHandle`](crate::v8::RefHandle):
//!    strong while its count is above zero, weak at zero.
//! 2. When V8 collects a weak value, the GC callback runs inside GC. A record
//!    without a finalizer is finalized at once (it only unlinks and frees).
//!    A record with one is queued on its env — except for modules built with
//!    `NAPI_EXPERIMENTAL`, whose finalizers run right there ("pure"
//!    finalizers): while they run, any call that may touch the JS heap is a
//!    fatal error ([`Lifetime::check_gc_access`]); `node_api_post_finalizer`
//!    defers work to the queue.
//! 3. [`drain`] runs the queued finalizers on the JS thread, outside GC; the
//!    runtime calls it between macrotasks. An exception a finalizer leaves
//!    pending is kept for the runtime ([`take_uncaught_exception`]).
//! 4. [`teardown`] (end of the process) marks the process as tearing down —
//!    functions that run JS then refuse (`napi_cannot_run_js` for modules of
//!    Node-API 10 and up, else `napi_pending_exception`) — and then, env by
//!    env, newest first: the queued finalizers, then the finalizers of records
//!    still alive (instance data among them), newest first, then the records
//!    without a finalizer. Exceptions thrown there are dropped.
//!
//! Everything here is on the JS thread (V8 runs first-pass weak callbacks on
//! the isolate's thread), so thread-locals and `Cell`s hold the state.

use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::ptr::NonNull;

use crate::env::{Env, NAPI_VERSION_EXPERIMENTAL};
use crate::v8::{Global, HandleScope, Local};

mod list;
mod reference;

use list::{List, Which};

pub use reference::{Ownership, Reference};

/// What to call: `callback(env, data, hint)`.
#[derive(Clone, Copy)]
pub struct Finalize {
    pub callback: unsafe extern "C" fn(crate::abi::napi_env, *mut c_void, *mut c_void),
    pub data: *mut c_void,
    pub hint: *mut c_void,
}

/// The lifetime state of one env: its tracked records and finalizer queue.
pub struct Lifetime {
    /// Live records with a finalizer, oldest first.
    finalizing: List,
    /// Live records without one, oldest first.
    plain: List,
    /// Records whose finalizer waits for [`drain`], in queueing order.
    pending: List,
    /// The `napi_set_instance_data` record.
    pub(crate) instance_data: Cell<Option<NonNull<Reference>>>,
    /// A pure finalizer is running inside GC.
    in_gc_finalizer: Cell<bool>,
}

thread_local! {
    /// Every env, in creation order.
    static ENVS: RefCell<Vec<&'static Env>> = const { RefCell::new(Vec::new()) };
    static TEARING_DOWN: Cell<bool> = const { Cell::new(false) };
    /// Exceptions finalizers left pending during [`drain`].
    static UNCAUGHT: RefCell<Vec<Global>> = const { RefCell::new(Vec::new()) };
}

/// Makes `env` known to [`drain`] and [`teardown`]. Called once by `Env::new`.
pub fn register(env: &'static Env) {
    ENVS.with_borrow_mut(|envs| envs.push(env));
}

/// Whether teardown has begun (JS can no longer run).
pub fn tearing_down() -> bool {
    TEARING_DOWN.get()
}

/// Whether finalizers wait for [`drain`] (the loop should stay alive for
/// them, as Node's does: it schedules an immediate for them).
pub fn has_pending() -> bool {
    ENVS.with_borrow(|envs| envs.iter().any(|env| !env.lifetime.pending.is_empty()))
}

/// An exception thrown by a finalizer run from [`drain`], oldest first: the
/// runtime reports it as uncaught.
pub fn take_uncaught_exception() -> Option<Local> {
    UNCAUGHT.with_borrow_mut(|list| (!list.is_empty()).then(|| list.remove(0).get()))
}

impl Lifetime {
    /// Node's guard for pure finalizers: a module built with
    /// `NAPI_EXPERIMENTAL` may only call `node_api_basic_env` functions from a
    /// finalizer running inside GC; anything else is a fatal error.
    pub fn check_gc_access(&self, module_api_version: i32) {
        if module_api_version == NAPI_VERSION_EXPERIMENTAL && self.in_gc_finalizer.get() {
            eprintln!(
                "FATAL ERROR: Finalizer is calling a function that may affect GC state.\n\
                 The finalizers are run directly from GC and must not affect GC state.\n\
                 Use `node_api_post_finalizer` from inside of the finalizer to work around this issue.\n\
                 It schedules the call as a new task in the event loop."
            );
            std::process::abort();
        }
    }

    fn list(&self, finalizing: bool) -> &List {
        if finalizing {
            &self.finalizing
        } else {
            &self.plain
        }
    }

    fn link(&self, finalizing: bool, record: NonNull<Reference>) {
        self.list(finalizing).push_back(record);
    }

    fn unlink(&self, finalizing: bool, record: NonNull<Reference>) {
        self.list(finalizing).remove(record);
    }

    /// Queues a record's finalizer (it must not be queued already).
    fn enqueue(&self, record: NonNull<Reference>) {
        self.pending.push_back(record);
    }

    fn dequeue(&self, record: NonNull<Reference>) {
        self.pending.remove(record);
    }

    /// The oldest queued record, left in the queue: finalizing it unlinks it.
    fn pop_pending(&self) -> Option<NonNull<Reference>> {
        self.pending.front()
    }

    fn newest(&self, finalizing: bool) -> Option<NonNull<Reference>> {
        self.list(finalizing).back()
    }
}

impl Default for Lifetime {
    fn default() -> Self {
        Lifetime {
            finalizing: List::new(Which::Live),
            plain: List::new(Which::Live),
            pending: List::new(Which::Queue),
            instance_data: Cell::new(None),
            in_gc_finalizer: Cell::new(false),
        }
    }
}

/// Runs `finalize` for `env` once `value` is collected (or at teardown).
pub fn attach(env: &'static Env, value: Local, finalize: Finalize) {
    Reference::create(
        env,
        Some(value),
        0,
        Ownership::Runtime,
        Some(finalize),
        finalize.data,
    );
}

/// `node_api_post_finalizer`: runs `finalize` at the next [`drain`] (or at teardown).
pub fn post(env: &'static Env, finalize: Finalize) {
    let record = Reference::create(
        env,
        None,
        0,
        Ownership::Runtime,
        Some(finalize),
        finalize.data,
    );
    // SAFETY: just created, runtime-owned: only this module frees it.
    unsafe { Reference::enqueue(record) };
}

/// Runs the finalizers of collected values. Returns how many ran.
pub fn drain() -> usize {
    let mut ran = 0;
    for index in 0.. {
        let Some(env) = ENVS.with_borrow(|envs| envs.get(index).copied()) else {
            break;
        };
        while let Some(record) = env.lifetime.pop_pending() {
            // SAFETY: a queued record is alive (deleting one dequeues it).
            unsafe { Reference::finalize(record, false) };
            ran += 1;
        }
    }
    ran + drain_released()
}

/// End of the process: every finalizer not yet run runs now (see the module
/// documentation for the order).
pub fn teardown() {
    TEARING_DOWN.set(true);
    let envs = ENVS.with_borrow(|envs| envs.clone());
    for env in envs.iter().rev() {
        let lifetime = &env.lifetime;
        while let Some(record) = lifetime.pop_pending() {
            // SAFETY: a queued record is alive (deleting one dequeues it).
            unsafe { Reference::finalize(record, false) };
        }
        for finalizing in [true, false] {
            while let Some(record) = lifetime.newest(finalizing) {
                // SAFETY: a linked record is alive (deleting one unlinks it),
                // and finalizing unlinks it, so the loop ends.
                unsafe { Reference::finalize(record, false) };
            }
        }
    }
    teardown_released();
    UNCAUGHT.with_borrow_mut(Vec::clear);
}

// ---- Finalizers released from any thread -----------------------------------
//
// For native memory whose end V8 reports on an arbitrary thread (a backing
// store's deleter, possibly inside GC) rather than through a weak handle.
// Protocol:
// 1. [`track`] registers the finalizer and returns a token.
// 2. Whoever owns the memory calls [`release`] with the token exactly once,
//    from any thread; it only moves the token from `alive` to `queue` under
//    the `RELEASED` lock (no addon code runs there).
// 3. [`drain`] runs queued finalizers on the JS thread (`drain_released`).
// 4. [`teardown`] runs the queue, then every finalizer still alive
//    (`teardown_released`). Those records stay allocated (leaked: the process
//    is ending), so a late `release` of their token, e.g. while the isolate is
//    disposed, finds nothing to do and no new record can reuse the address.

use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

/// Tokens (record addresses) not yet run, under one lock.
struct Released {
    /// Tracked, not yet released.
    alive: BTreeSet<usize>,
    /// Released, waiting for the JS thread, in release order.
    queue: Vec<usize>,
}

static RELEASED: Mutex<Released> = Mutex::new(Released {
    alive: BTreeSet::new(),
    queue: Vec::new(),
});

fn released() -> std::sync::MutexGuard<'static, Released> {
    RELEASED.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What a token points to.
struct TokenRecord {
    env: &'static Env,
    finalize: Finalize,
}

/// A finalizer that runs once [`release`] is called with the returned token
/// (or at teardown, whichever comes first). Call on the JS thread.
pub fn track(env: &'static Env, finalize: Finalize) -> *mut c_void {
    let record = Box::into_raw(Box::new(TokenRecord { env, finalize }));
    released().alive.insert(record as usize);
    record.cast()
}

/// Queues the finalizer of a [`track`] token for the JS thread. Safe to call
/// from any thread and inside GC; runs nothing. A token whose finalizer
/// already ran at teardown is ignored.
pub fn release(token: *mut c_void) {
    let mut state = released();
    if state.alive.remove(&(token as usize)) {
        state.queue.push(token as usize);
    }
}

/// Runs the released finalizers on the JS thread. Returns how many ran.
fn drain_released() -> usize {
    let mut ran = 0;
    loop {
        let next = {
            let mut state = released();
            (!state.queue.is_empty()).then(|| state.queue.remove(0))
        };
        let Some(record) = next else { break ran };
        // SAFETY: a queued record was removed from `alive`; its token is
        // never released again, so this is its only owner.
        let record = unsafe { Box::from_raw(record as *mut TokenRecord) };
        invoke(record.env, &record.finalize);
        ran += 1;
    }
}

/// Teardown: the released finalizers, then the ones still tracked (their
/// records are kept, see the protocol above).
fn teardown_released() {
    loop {
        drain_released();
        let next = {
            let mut state = released();
            state.alive.pop_first()
        };
        let Some(record) = next else { break };
        // SAFETY: removed from `alive`, so no other path runs it; the record is
        // never freed, so the reference stays valid.
        let record = unsafe { &*(record as *const TokenRecord) };
        invoke(record.env, &record.finalize);
    }
}

/// Calls one finalizer inside its own handle scope.
fn invoke(env: &'static Env, finalize: &Finalize) {
    let scope = HandleScope::open().into_raw();
    // SAFETY: calling the addon's finalizer with its env and its own data, on
    // the JS thread, outside GC, exactly once (the caller's protocol).
    unsafe { (finalize.callback)(env.as_napi(), finalize.data, finalize.hint) };
    // SAFETY: the scope opened above is the innermost one.
    unsafe { HandleScope::close_raw(scope) };
}
