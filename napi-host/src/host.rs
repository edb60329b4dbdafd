//! The boundary between napi-host and the event loop that drives it.
//!
//! napi-host knows nothing about how the loop works; the runtime installs an
//! implementation of [`Loop`] once at start-up and napi-host asks it to run
//! work on the JS thread, run work on the pool, and keep the process alive.

use std::sync::OnceLock;

/// Work for the JS thread. It runs there with a HandleScope open; what it
/// leaves in `process.nextTick` and the microtask queue is drained after it.
pub type Task = Box<dyn FnOnce() + Send>;
/// Work for a pool thread: it must not touch JavaScript.
pub type Job = Box<dyn FnOnce() + Send>;

pub trait Loop: Send + Sync {
    /// Runs `task` on the JS thread soon. Callable from any thread.
    fn post(&self, task: Task);
    /// Runs `job` on the worker pool. Callable from any thread.
    fn spawn_blocking(&self, job: Job);
    /// The loop stays alive until a matching [`Loop::release`]. Any thread.
    fn retain(&self);
    /// Undoes one [`Loop::retain`]. Any thread.
    fn release(&self);
    /// An addon callback run by the loop (not called from JS) left
    /// `exception` pending: handle it as an uncaught exception. JS thread only.
    fn uncaught_exception(&self, exception: crate::v8::Local);
    /// Runs the `process.nextTick` queue and microtasks, as after a callback
    /// from the loop (`napi_make_callback`, callback scopes). JS thread only.
    fn drain_tasks(&self);
    /// The embedded libuv loop (`uv_loop_t*`), created on first call. JS thread.
    fn uv_loop(&self) -> *mut std::ffi::c_void;
    /// `Buffer.prototype` (loading the `buffer` builtin on first use), or
    /// None when the runtime has no Buffer. JS thread only.
    fn buffer_prototype(&self) -> Option<crate::v8::Local>;
}

static LOOP: OnceLock<&'static dyn Loop> = OnceLock::new();

/// Installs the loop; once per process, before any addon is loaded.
pub fn install(event_loop: &'static dyn Loop) {
    if LOOP.set(event_loop).is_err() {
        panic!("the event loop is installed once");
    }
}

/// The installed loop.
pub fn event_loop() -> &'static dyn Loop {
    *LOOP
        .get()
        .expect("the runtime installs the event loop before loading addons")
}
