//! The event loop: one JS thread driven by a tokio current-thread runtime, in
//! libuv's phases.
//!
//! Each iteration:
//! 1. **timers** — if the earliest timer is due, JS `processTimers(now)` runs
//!    every due timer (the timer heap lives in JS, `builtins/js/timers.js`;
//!    the loop only knows the earliest expiry, see [`schedule_timer`]);
//! 2. **poll** — wait (on tokio) until a task arrives from another thread,
//!    the next timer is due, or the embedded libuv loop (see [`uv`]) has I/O
//!    or a timer due; no wait when immediates are pending or nothing keeps
//!    the loop alive. Then run every task that arrived (a batch), then
//!    `uv_run(UV_RUN_NOWAIT)`;
//! 3. **check** — JS `runImmediates()` runs the `setImmediate` queue;
//! 4. finalizers of collected values run (`napi_host::finalizers::drain`).
//!
//! After every callback into JS, `process.nextTick` callbacks and microtasks
//! run (JS `afterCallback`). The loop lives while a ref'd timer or immediate,
//! or a [`retain`](napi_host::host::Loop::retain)ed handle (async work,
//! threadsafe function …) exists, or a task is queued; when none is left it
//! emits `beforeExit`, which may schedule more.
//!
//! Threads: [`Remote`] is shared with every thread (tasks, refs, the pool);
//! everything else is on the JS thread only.

mod pool;
mod remote;
pub mod uv;

use std::cell::Cell;
use std::time::Duration;

use napi_host::v8::{self, Global, HandleScope, Local};

pub use remote::Remote;

/// Monotonic milliseconds since an arbitrary origin (fractional).
pub fn now_ms() -> f64 {
    thread_local! {
        static ORIGIN: std::time::Instant = std::time::Instant::now();
    }
    ORIGIN.with(|origin| origin.elapsed().as_secs_f64() * 1e3)
}

thread_local! {
    /// Earliest timer expiry in `now_ms` time, 0 when there is no timer.
    static TIMER_EXPIRY: Cell<f64> = const { Cell::new(0.0) };
    /// Whether any active timer is ref'd.
    static TIMER_REFED: Cell<bool> = const { Cell::new(false) };
    /// Pending immediates: (all, ref'd).
    static IMMEDIATES: Cell<(u32, u32)> = const { Cell::new((0, 0)) };
    /// The JS hooks, from `install` until `uninstall`.
    static HOOKS: std::cell::RefCell<Option<std::rc::Rc<Hooks>>> = const { std::cell::RefCell::new(None) };
    /// Set when an uncaught exception reported that way ended the process.
    static FATAL: Cell<bool> = const { Cell::new(false) };
}

/// Makes the JS hooks available (before the entry point runs: addons may
/// need them from the start).
pub fn install(hooks: Hooks) {
    HOOKS.set(Some(std::rc::Rc::new(hooks)));
}

/// Drops the hooks (their handles must go before the isolate does).
pub fn uninstall() {
    HOOKS.set(None);
}

fn hooks() -> Option<std::rc::Rc<Hooks>> {
    HOOKS.with_borrow(Clone::clone)
}

/// Runs the nextTick queue and microtasks now (for `napi_make_callback`).
pub fn drain_tasks() {
    if let Some(hooks) = hooks() {
        if call(&hooks.after_callback, &[]).is_err() {
            FATAL.set(true);
        }
    }
}

/// `Buffer.prototype`, loading the buffer builtin on first use.
pub fn buffer_prototype() -> Option<Local> {
    let hooks = hooks()?;
    v8::call_function(hooks.buffer_prototype.get(), v8::undefined(), &[])
        .ok()
        .filter(|p| p.is_object())
}

/// Handles an exception an addon callback left pending (see
/// `napi_host::host::Loop::uncaught_exception`) with node's policy.
pub fn uncaught_exception(exception: Local) {
    let handled = hooks().is_some_and(|hooks| call(&hooks.report_uncaught, &[exception]).is_ok());
    if !handled {
        FATAL.set(true);
    }
}

/// Called by JS when its earliest timer changes (0: no timer).
pub fn schedule_timer(expiry: f64, refed: bool) {
    TIMER_EXPIRY.set(expiry);
    TIMER_REFED.set(refed);
}

/// Called by JS when its immediate queue changes.
pub fn set_immediates(all: u32, refed: u32) {
    IMMEDIATES.set((all, refed));
}

/// The JS side of the loop (functions returned by the bootstrap). Each
/// returns `false` when an uncaught exception ended the process.
pub struct Hooks {
    pub process_timers: Global,
    pub run_immediates: Global,
    pub after_callback: Global,
    pub before_exit: Global,
    pub report_uncaught: Global,
    pub buffer_prototype: Global,
}

/// Why the loop stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum Stop {
    /// Nothing left to do (after `beforeExit`).
    Drained,
    /// An uncaught exception ended the process.
    Fatal,
}

/// Calls a hook with `args`; `Fatal` unless it returned true.
fn call(hook: &Global, args: &[Local]) -> Result<(), Stop> {
    let result = v8::call_function(hook.get(), v8::undefined(), args);
    match result {
        Ok(value) if value.boolean_value() => Ok(()),
        _ => Err(Stop::Fatal),
    }
}

fn alive(remote: &Remote) -> bool {
    (TIMER_EXPIRY.get() != 0.0 && TIMER_REFED.get())
        || IMMEDIATES.get().1 > 0
        || remote.is_alive()
        || napi_host::finalizers::has_pending()
        || uv::current().is_some_and(uv::UvLoop::alive)
}

/// How long the poll phase may wait; `None` means until a task arrives.
fn poll_timeout(remote: &Remote) -> Option<Duration> {
    if IMMEDIATES.get().0 > 0 || !alive(remote) || napi_host::finalizers::has_pending() {
        return Some(Duration::ZERO);
    }
    let timers = match TIMER_EXPIRY.get() {
        0.0 => None,
        expiry => Some(Duration::from_secs_f64(
            ((expiry - now_ms()) / 1e3).max(0.0),
        )),
    };
    let Some(uv_loop) = uv::current() else {
        return timers;
    };
    if uv::readable_now(uv_loop.backend_fd()) {
        return Some(Duration::ZERO);
    }
    match (timers, uv_loop.backend_timeout()) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Runs the loop until nothing is left or an uncaught exception ends it.
/// The hooks must be [`install`]ed.
pub fn run(remote: &'static Remote) -> Stop {
    let hooks = hooks().expect("event_loop::install before run");
    let hooks = &*hooks;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .enable_io()
        .build()
        .expect("a current-thread tokio runtime");
    let stop = match runtime.block_on(iterate(hooks, remote)) {
        Ok(()) => Stop::Drained,
        Err(stop) => stop,
    };
    stop
}

async fn iterate(hooks: &Hooks, remote: &'static Remote) -> Result<(), Stop> {
    let mut uv_fd = uv::current().map(|uv_loop| remote::watch_fd(uv_loop.backend_fd()));
    loop {
        // timers
        let expiry = TIMER_EXPIRY.get();
        if expiry != 0.0 && expiry <= now_ms() {
            let _scope = ScopeGuard::open();
            call(&hooks.process_timers, &[v8::number(now_ms())])?;
        }
        // poll
        match poll_timeout(remote) {
            Some(Duration::ZERO) => {}
            timeout => remote.wait(timeout, uv_fd.as_ref()).await,
        }
        for task in remote.take_tasks() {
            let _scope = ScopeGuard::open();
            task();
            if FATAL.get() {
                return Err(Stop::Fatal);
            }
            call(&hooks.after_callback, &[])?;
        }
        // libuv's own phases, for addons using the embedded loop
        if let Some(uv_loop) = uv::current() {
            if uv_fd.is_none() {
                uv_fd = Some(remote::watch_fd(uv_loop.backend_fd()));
            }
            let _scope = ScopeGuard::open();
            uv_loop.run_nowait();
            if FATAL.get() {
                return Err(Stop::Fatal);
            }
            call(&hooks.after_callback, &[])?;
        }
        // check
        if IMMEDIATES.get().0 > 0 {
            let _scope = ScopeGuard::open();
            call(&hooks.run_immediates, &[])?;
        }
        if napi_host::finalizers::drain() > 0 {
            let _scope = ScopeGuard::open();
            while let Some(exception) = napi_host::finalizers::take_uncaught_exception() {
                uncaught_exception(exception);
                if FATAL.get() {
                    return Err(Stop::Fatal);
                }
            }
            call(&hooks.after_callback, &[])?;
        }
        if !alive(remote) {
            let _scope = ScopeGuard::open();
            call(&hooks.before_exit, &[])?;
            if !alive(remote) {
                return Ok(());
            }
        }
    }
}

/// A HandleScope for one phase's callbacks, closed when dropped.
struct ScopeGuard(*mut std::ffi::c_void);

impl ScopeGuard {
    fn open() -> Self {
        ScopeGuard(HandleScope::open().into_raw())
    }
}

impl Drop for ScopeGuard {
    fn drop(&mut self) {
        // SAFETY: opened in `open` on this thread; guards are dropped in
        // reverse order of creation (they are block-scoped locals).
        unsafe { HandleScope::close_raw(self.0) }
    }
}
