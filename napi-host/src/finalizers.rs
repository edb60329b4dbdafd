//! Finalizers: native callbacks that run once a value is gone — after V8
//! collects it, or at teardown, whichever comes first — exactly once.
//!
//! Protocol:
//! 1. [`attach`] keeps a weak handle to the value and a [`Record`] of what to call.
//! 2. When V8 collects the value, the GC callback only moves the record from
//!    `LIVE` to `QUEUE` (GC must never run addon code that could touch JS).
//! 3. [`drain`] runs the queued finalizers on the JS thread, outside GC; the
//!    runtime calls it between macrotasks.
//! 4. [`teardown`] runs the queue, then the finalizers of values still alive.
//!
//! Everything here is on the JS thread (V8 runs first-pass weak callbacks on
//! the isolate's thread), so thread-locals hold the state.

use std::cell::RefCell;
use std::collections::HashSet;
use std::ffi::c_void;

use crate::abi::napi_env;
use crate::env::Env;
use crate::v8::{HandleScope, Local, WeakHandle};

/// What to call: `callback(env, data, hint)`.
pub struct Finalize {
    pub callback: unsafe extern "C" fn(napi_env, *mut c_void, *mut c_void),
    pub data: *mut c_void,
    pub hint: *mut c_void,
}

struct Record {
    env: &'static Env,
    finalize: Finalize,
    weak: Option<WeakHandle>,
}

thread_local! {
    /// Records whose value may still be alive.
    static LIVE: RefCell<HashSet<*mut Record>> = RefCell::new(HashSet::new());
    /// Records whose value was collected, in collection order.
    static QUEUE: RefCell<Vec<*mut Record>> = const { RefCell::new(Vec::new()) };
}

/// Runs `finalize` for `env` once `value` is collected (or at teardown).
pub fn attach(env: &'static Env, value: Local, finalize: Finalize) {
    let record = Box::into_raw(Box::new(Record {
        env,
        finalize,
        weak: None,
    }));
    // SAFETY: `collected` only moves the pointer between the thread-local
    // sets; `record` stays allocated until it is run (below) exactly once.
    let weak = unsafe { WeakHandle::new(value, collected, record.cast()) };
    // SAFETY: `record` was just allocated and is not shared yet.
    unsafe { (*record).weak = Some(weak) };
    LIVE.with_borrow_mut(|live| live.insert(record));
}

/// The GC callback: queue the record, run nothing.
unsafe extern "C" fn collected(param: *mut c_void) {
    let record = param.cast::<Record>();
    if LIVE.with_borrow_mut(|live| live.remove(&record)) {
        QUEUE.with_borrow_mut(|queue| queue.push(record));
    }
}

/// Runs one record's finalizer and frees it.
fn run(record: *mut Record) {
    // SAFETY: the record was removed from LIVE/QUEUE by the caller, so this
    // is its only owner now.
    let record = unsafe { Box::from_raw(record) };
    let scope = HandleScope::open().into_raw();
    let Finalize {
        callback,
        data,
        hint,
    } = record.finalize;
    // SAFETY: calling the addon's finalizer with its env and its own data, on
    // the JS thread, outside GC, exactly once.
    unsafe { callback(record.env.as_napi(), data, hint) };
    // SAFETY: the scope opened above is the innermost one.
    unsafe { HandleScope::close_raw(scope) };
}

/// Runs the finalizers of collected values. Returns how many ran.
pub fn drain() -> usize {
    let mut ran = 0;
    while let Some(record) =
        QUEUE.with_borrow_mut(|queue| (!queue.is_empty()).then(|| queue.remove(0)))
    {
        run(record);
        ran += 1;
    }
    ran + drain_released()
}

/// End of the process: every finalizer not yet run runs now.
pub fn teardown() {
    drain();
    while let Some(record) = LIVE.with_borrow_mut(|live| {
        let next = live.iter().next().copied();
        if let Some(r) = next {
            live.remove(&r);
        }
        next
    }) {
        run(record);
    }
    teardown_released();
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

/// A finalizer that runs once [`release`] is called with the returned token
/// (or at teardown, whichever comes first). Call on the JS thread.
pub fn track(env: &'static Env, finalize: Finalize) -> *mut c_void {
    let record = Box::into_raw(Box::new(Record {
        env,
        finalize,
        weak: None,
    }));
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
        // A queued record was removed from `alive`; its token is never
        // released again, so this is its only owner.
        run(record as *mut Record);
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
        let record = unsafe { &*(record as *const Record) };
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
