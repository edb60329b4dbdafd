//! Threadsafe functions: any thread queues data; the JS thread calls
//! `call_js_cb` (or the JS function) with it.
//!
//! Shared state lives under one mutex: the queue, the thread count, whether
//! the function is closing (aborted, or released by every thread and
//! drained) and whether a dispatch is already posted to the JS thread.
//!
//! Protocol (and why no wake-up is lost):
//! - a producer pushes under the lock and posts a dispatch only when none is
//!   pending; the dispatcher clears `dispatch_pending` under the same lock
//!   before it takes items, so an item pushed after that posts a new dispatch;
//! - a blocking producer on a full queue waits on `not_full`; every pop from
//!   a queue with waiters wakes *all* of them (each re-checks under the
//!   lock), and so do abort and finalization;
//! - a dispatch takes up to `BATCH` items out of the queue under one lock
//!   (producers contend for it once per batch, not once per item) and calls
//!   them in one handle scope, then posts itself again if more are queued.
//!   An abort (or finalization, e.g. from a call that exits the process)
//!   seen between two calls returns the rest as if they had never left the
//!   queue: back at its front, or, once finalized, straight to the leftover
//!   calls with a NULL env.
//!
//! A blocking call from the JS thread on a full queue would wait for the JS
//! thread itself: it fails with `napi_would_deadlock` instead of hanging.
//!
//! Lifetime: the function is registered (JS thread) until it is finalized —
//! after its queue drained with no thread left, after an abort, or at env
//! teardown. Finalizing calls `thread_finalize_cb`, then `call_js_cb` with a
//! NULL env for every item still queued (so it can free them), releases the
//! loop if ref'd, and frees the function: using the handle afterwards is an
//! addon bug, as in Node.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::ThreadId;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::host;
use crate::js_native_api::functions::static_env;
use crate::node_api::{cleanup_hooks, report_pending_exception};
use crate::v8::{self, Global, HandleScope, Local};

/// Items called per dispatch before yielding to the rest of the loop.
const BATCH: usize = 1000;

struct State {
    queue: VecDeque<*mut c_void>,
    thread_count: usize,
    closing: bool,
    dispatch_pending: bool,
    waiters: usize,
    finalized: bool,
}

/// What only the JS thread touches.
struct JsSide {
    function: Option<Global>,
    refed: bool,
}

struct Tsfn {
    env: &'static Env,
    context: *mut c_void,
    call_js: napi_threadsafe_function_call_js,
    finalize: napi_finalize,
    finalize_data: *mut c_void,
    max_queue_size: usize,
    js_thread: ThreadId,
    state: Mutex<State>,
    not_full: Condvar,
    /// Set (under the lock, with `closing`) by an abort and by finalization:
    /// lets a dispatch stop between two calls without taking the lock.
    stopped: AtomicBool,
    js: JsOnly<RefCell<JsSide>>,
}

/// A value only ever touched on the JS thread.
struct JsOnly<T>(T);
// SAFETY: `JsOnly` contents are accessed only from the JS thread (dispatch,
// finalize, ref/unref and creation all run there; see `Tsfn::js_side`).
unsafe impl<T> Send for JsOnly<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for JsOnly<T> {}

// SAFETY: the raw pointers (`context`, queued data, finalize data) are the
// addon's, handed back to its callbacks; all mutable shared state is behind
// the mutex or in `JsOnly`.
unsafe impl Send for Tsfn {}
// SAFETY: as above.
unsafe impl Sync for Tsfn {}

thread_local! {
    /// Every threadsafe function not yet finalized (JS thread).
    static LIVE: RefCell<Vec<Arc<Tsfn>>> = const { RefCell::new(Vec::new()) };
}

impl Tsfn {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn js_side(&self) -> &RefCell<JsSide> {
        debug_assert_eq!(std::thread::current().id(), self.js_thread);
        &self.js.0
    }

    /// Posts a dispatch unless one is pending. Called with the lock held.
    ///
    /// Takes `&self` (not an `Arc`), so that producers touch no reference
    /// count on their way in: the posted dispatch makes its own.
    fn schedule(&self, state: &mut State) {
        if !state.dispatch_pending && !state.finalized {
            state.dispatch_pending = true;
            let ptr: *const Tsfn = self;
            // SAFETY: every Tsfn lives in an Arc (napi_create_threadsafe_
            // function makes it so), which `&self` shows is still alive: a
            // new strong reference may be made from its address.
            let tsfn = unsafe {
                Arc::increment_strong_count(ptr);
                Arc::from_raw(ptr)
            };
            host::event_loop().post(Box::new(move || tsfn.dispatch()));
        }
    }

    fn push(&self, data: *mut c_void, blocking: bool) -> napi_status {
        let mut state = self.lock();
        while self.max_queue_size > 0 && state.queue.len() >= self.max_queue_size && !state.closing
        {
            if !blocking {
                return napi_queue_full;
            }
            if std::thread::current().id() == self.js_thread {
                return napi_would_deadlock;
            }
            state.waiters += 1;
            state = self.not_full.wait(state).unwrap_or_else(|e| e.into_inner());
            state.waiters -= 1;
        }
        if state.closing {
            if state.thread_count == 0 {
                return napi_invalid_arg;
            }
            state.thread_count -= 1;
            return napi_closing;
        }
        state.queue.push_back(data);
        self.schedule(&mut state);
        napi_ok
    }

    /// On the JS thread: call up to BATCH items; finalize when done for good.
    fn dispatch(self: &Arc<Self>) {
        self.lock().dispatch_pending = false;
        // One handle scope and one handle to the function for the batch.
        let scope = HandleScope::open().into_raw();
        let function = self.js_side().borrow().function.as_ref().map(Global::get);
        self.dispatch_batch(function);
        // SAFETY: the innermost scope, opened above (finalize closes its own).
        unsafe { HandleScope::close_raw(scope) };
    }

    fn dispatch_batch(self: &Arc<Self>, function: Option<Local>) {
        // A bounded queue gives up its items one at a time, so that the items
        // not yet called never outnumber its size (the producers' backpressure).
        let chunk = if self.max_queue_size == 0 { BATCH } else { 1 };
        let mut taken: Vec<*mut c_void> = Vec::new();
        let mut called = 0;
        while called < BATCH {
            {
                let mut state = self.lock();
                if state.closing {
                    drop(state);
                    return self.finalize();
                }
                if state.queue.is_empty() {
                    if state.thread_count == 0 {
                        state.closing = true;
                        self.not_full.notify_all();
                        drop(state);
                        self.finalize();
                    }
                    return;
                }
                let count = state.queue.len().min(chunk).min(BATCH - called);
                if state.waiters > 0 {
                    self.not_full.notify_all();
                }
                taken.extend(state.queue.drain(..count));
            }
            for (i, &data) in taken.iter().enumerate() {
                // The first was taken while open, as Node pops one item and
                // then calls it; the rest are called only while still open.
                if i > 0 && self.stopped.load(Ordering::Relaxed) {
                    return self.give_back(&taken[i..]);
                }
                self.call(data, function);
            }
            called += taken.len();
            taken.clear();
        }
        let mut state = self.lock();
        if !state.queue.is_empty() || state.closing || state.thread_count == 0 {
            self.schedule(&mut state);
        }
    }

    /// Items a dispatch took but did not call because the function stopped:
    /// back to the front of the queue, in order (or, once finalized, to the
    /// leftover calls); then the dispatch that finalizes is posted.
    fn give_back(self: &Arc<Self>, items: &[*mut c_void]) {
        let mut state = self.lock();
        if state.finalized {
            drop(state);
            return self.call_leftovers(items);
        }
        for &item in items.iter().rev() {
            state.queue.push_front(item);
        }
        self.schedule(&mut state);
    }

    /// Calls one item on the JS thread (inside the dispatch's handle scope).
    fn call(&self, data: *mut c_void, function: Option<Local>) {
        match self.call_js {
            // SAFETY: the addon's call_js_cb with its env, on the JS thread.
            Some(call_js) => unsafe {
                call_js(
                    self.env.as_napi(),
                    function.map_or(std::ptr::null_mut(), Local::to_napi),
                    self.context,
                    data,
                )
            },
            None => {
                if let Some(function) = function {
                    let result = v8::call_function(function, v8::undefined(), &[]);
                    let _ = self.env.js(result);
                }
            }
        }
        report_pending_exception(self.env);
    }

    /// As Node does, items never called go to call_js_cb with a NULL env and
    /// function, so that the addon can free them.
    fn call_leftovers(&self, items: &[*mut c_void]) {
        let Some(call_js) = self.call_js else { return };
        for &data in items {
            // SAFETY: the addon's call_js_cb, on the JS thread, with NULLs as
            // documented for a finalized function.
            unsafe {
                call_js(
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    self.context,
                    data,
                )
            };
        }
    }

    /// On the JS thread, once: finalizer, leftovers with a NULL env, release.
    fn finalize(self: &Arc<Self>) {
        let leftovers = {
            let mut state = self.lock();
            if state.finalized {
                return;
            }
            state.finalized = true;
            state.closing = true;
            self.stopped.store(true, Ordering::Relaxed);
            self.not_full.notify_all();
            std::mem::take(&mut state.queue)
        };
        if let Some(finalize) = self.finalize {
            let scope = HandleScope::open().into_raw();
            // SAFETY: the addon's finalizer with its env and data, on the JS thread.
            unsafe { finalize(self.env.as_napi(), self.finalize_data, self.context) };
            report_pending_exception(self.env);
            // SAFETY: the innermost scope, opened above.
            unsafe { HandleScope::close_raw(scope) };
        }
        self.call_leftovers(leftovers.as_slices().0);
        self.call_leftovers(leftovers.as_slices().1);
        let js = self.js_side();
        js.borrow_mut().function = None;
        if std::mem::replace(&mut js.borrow_mut().refed, false) {
            host::event_loop().release();
        }
        cleanup_hooks::remove_internal(Arc::as_ptr(self) as usize);
        LIVE.with_borrow_mut(|live| live.retain(|t| !Arc::ptr_eq(t, self)));
    }
}

/// Env teardown, after the cleanup hooks: any threadsafe function still alive
/// is finalized.
pub fn teardown() {
    while let Some(tsfn) = LIVE.with_borrow(|live| live.first().cloned()) {
        tsfn.finalize();
    }
}

/// # Safety
/// `func` NULL or a live handle from napi_create_threadsafe_function.
unsafe fn tsfn<'a>(func: napi_threadsafe_function) -> Result<&'a Tsfn, napi_status> {
    // SAFETY: per the caller's guarantee (the pointee is owned by LIVE).
    unsafe { func.cast::<Tsfn>().as_ref() }.ok_or(napi_invalid_arg)
}

napi_fn! {
    /// A new threadsafe function (ref'd: it keeps the loop alive). `func` may
    /// be NULL only with a `call_js_cb` (else it must be a function: Node
    /// says `napi_invalid_arg`); `initial_thread_count` must be > 0.
    fn napi_create_threadsafe_function(
        env,
        func: napi_value,
        async_resource: napi_value,
        async_resource_name: napi_value,
        max_queue_size: usize,
        initial_thread_count: usize,
        thread_finalize_data: *mut c_void,
        thread_finalize_cb: napi_finalize,
        context: *mut c_void,
        call_js_cb: napi_threadsafe_function_call_js,
        result: *mut napi_threadsafe_function,
    ) {
        arg(async_resource_name)?;
        if initial_thread_count == 0 {
            return Err(napi_invalid_arg);
        }
        let result = out(result)?;
        let function = match Local::from_napi(func) {
            None if call_js_cb.is_none() => return Err(napi_invalid_arg),
            None => None,
            Some(f) if f.is_function() => Some(Global::new(f)),
            Some(_) => return Err(napi_invalid_arg),
        };
        if !async_resource.is_null() && !arg(async_resource)?.is_object() {
            return Err(napi_object_expected);
        }
        let tsfn = Arc::new(Tsfn {
            env: static_env(env),
            context,
            call_js: call_js_cb,
            finalize: thread_finalize_cb,
            finalize_data: thread_finalize_data,
            max_queue_size,
            js_thread: std::thread::current().id(),
            state: Mutex::new(State {
                queue: VecDeque::new(),
                thread_count: initial_thread_count,
                closing: false,
                dispatch_pending: false,
                waiters: 0,
                finalized: false,
            }),
            not_full: Condvar::new(),
            stopped: AtomicBool::new(false),
            js: JsOnly(RefCell::new(JsSide { function, refed: true })),
        });
        host::event_loop().retain();
        result.set(Arc::as_ptr(&tsfn).cast_mut().cast());
        // Finalized at env teardown in cleanup-hook order, as Node does.
        let finalize_at_teardown = Arc::clone(&tsfn);
        cleanup_hooks::add_internal(Arc::as_ptr(&tsfn) as usize, Box::new(move || finalize_at_teardown.finalize()));
        LIVE.with_borrow_mut(|live| live.push(tsfn));
        Ok(())
    }
}

/// Writes the `context` given at creation. Any thread.
///
/// # Safety
/// Node-API contract: `func` is a live threadsafe function, `result` writable.
#[no_mangle]
pub unsafe extern "C" fn napi_get_threadsafe_function_context(
    func: napi_threadsafe_function,
    result: *mut *mut c_void,
) -> napi_status {
    // SAFETY: per the Node-API contract.
    match unsafe { (tsfn(func), out(result)) } {
        (Ok(tsfn), Ok(result)) => {
            result.set(tsfn.context);
            napi_ok
        }
        _ => napi_invalid_arg,
    }
}

/// Queues `data` for the JS thread. Any thread. Full queue: `napi_queue_full`
/// (non-blocking), a wait (blocking), or `napi_would_deadlock` (blocking, on
/// the JS thread). Closing: `napi_closing` (and this thread's count is released).
///
/// # Safety
/// Node-API contract: `func` is a live threadsafe function.
#[no_mangle]
pub unsafe extern "C" fn napi_call_threadsafe_function(
    func: napi_threadsafe_function,
    data: *mut c_void,
    is_blocking: napi_threadsafe_function_call_mode,
) -> napi_status {
    // SAFETY: per the Node-API contract.
    match unsafe { tsfn(func) } {
        Ok(tsfn) => tsfn.push(data, is_blocking == napi_tsfn_blocking),
        Err(status) => status,
    }
}

/// One more thread uses the function. Any thread. Closing: `napi_closing`.
///
/// # Safety
/// Node-API contract: `func` is a live threadsafe function.
#[no_mangle]
pub unsafe extern "C" fn napi_acquire_threadsafe_function(
    func: napi_threadsafe_function,
) -> napi_status {
    // SAFETY: per the Node-API contract.
    let Ok(tsfn) = (unsafe { tsfn(func) }) else {
        return napi_invalid_arg;
    };
    let mut state = tsfn.lock();
    if state.closing {
        return napi_closing;
    }
    state.thread_count += 1;
    napi_ok
}

/// A thread stops using the function; `napi_tsfn_abort` closes it for all.
/// When no thread is left it is finalized once its queue drained. Any thread.
///
/// # Safety
/// Node-API contract: `func` is a live threadsafe function.
#[no_mangle]
pub unsafe extern "C" fn napi_release_threadsafe_function(
    func: napi_threadsafe_function,
    mode: napi_threadsafe_function_release_mode,
) -> napi_status {
    // SAFETY: per the Node-API contract.
    let Ok(tsfn) = (unsafe { tsfn(func) }) else {
        return napi_invalid_arg;
    };
    let mut state = tsfn.lock();
    if state.thread_count == 0 {
        return napi_invalid_arg;
    }
    state.thread_count -= 1;
    if (state.thread_count == 0 || mode == napi_tsfn_abort) && !state.closing {
        state.closing = mode == napi_tsfn_abort;
        if state.closing {
            tsfn.stopped.store(true, Ordering::Relaxed);
            tsfn.not_full.notify_all();
        }
        tsfn.schedule(&mut state);
    }
    napi_ok
}

/// The ref'd/unref'd switch: (JS thread) whether the function keeps the loop alive.
fn set_refed(func: napi_threadsafe_function, refed: bool) -> NapiResult {
    // SAFETY: the Node-API contract: a live threadsafe function.
    let tsfn = unsafe { tsfn(func) }?;
    if tsfn.lock().finalized {
        return Ok(());
    }
    let mut js = tsfn.js_side().borrow_mut();
    if js.refed != refed {
        js.refed = refed;
        if refed {
            host::event_loop().retain();
        } else {
            host::event_loop().release();
        }
    }
    Ok(())
}

napi_fn! {
    /// The function no longer keeps the loop alive. JS thread.
    basic fn napi_unref_threadsafe_function(_env, func: napi_threadsafe_function) {
        set_refed(func, false)
    }
}

napi_fn! {
    /// The function keeps the loop alive again. JS thread.
    basic fn napi_ref_threadsafe_function(_env, func: napi_threadsafe_function) {
        set_refed(func, true)
    }
}
