//! The embedded libuv loop addons get from `napi_get_uv_event_loop`.
//!
//! It is a genuine `uv_loop_t` of the system's libuv 1.x (the one libnode
//! links), created on first request. The nari loop drives it: its backend
//! fd is watched by tokio in the poll phase (with libuv's own timeout), and
//! `uv_run(UV_RUN_NOWAIT)` runs once per iteration; while it has active
//! handles or requests it keeps the process alive. JS thread only (addons may
//! call thread-safe libuv functions such as `uv_async_send` from any thread).

use std::cell::Cell;
use std::ffi::c_void;
use std::os::raw::c_int;
use std::time::Duration;

extern "C" {
    fn uv_loop_size() -> usize;
    fn uv_loop_init(event_loop: *mut c_void) -> c_int;
    fn uv_run(event_loop: *mut c_void, mode: c_int) -> c_int;
    fn uv_backend_fd(event_loop: *const c_void) -> c_int;
    fn uv_backend_timeout(event_loop: *const c_void) -> c_int;
    fn uv_loop_alive(event_loop: *const c_void) -> c_int;
}

const UV_RUN_NOWAIT: c_int = 2;

thread_local! {
    static LOOP: Cell<*mut c_void> = const { Cell::new(std::ptr::null_mut()) };
}

/// The libuv loop, created (and `uv_loop_init`ed) on first use.
pub fn get_or_init() -> *mut c_void {
    let existing = LOOP.get();
    if !existing.is_null() {
        return existing;
    }
    // SAFETY: uv_loop_size gives the size of uv_loop_t; the memory is
    // 16-aligned (malloc) and lives as long as the process; uv_loop_init
    // initialises it.
    let event_loop = unsafe {
        let memory = std::alloc::alloc_zeroed(
            std::alloc::Layout::from_size_align(uv_loop_size(), 16).expect("layout"),
        );
        assert_eq!(uv_loop_init(memory.cast()), 0, "uv_loop_init failed");
        memory.cast::<c_void>()
    };
    LOOP.set(event_loop);
    event_loop
}

/// The loop if an addon asked for it.
pub fn current() -> Option<*mut c_void> {
    let event_loop = LOOP.get();
    (!event_loop.is_null()).then_some(event_loop)
}

/// Whether it has active, ref'd handles or requests.
pub fn alive(event_loop: *mut c_void) -> bool {
    // SAFETY: an initialised loop, on the JS thread.
    unsafe { uv_loop_alive(event_loop) != 0 }
}

/// Runs whatever is ready (timers, I/O, idle/check, close callbacks) without blocking.
pub fn run_nowait(event_loop: *mut c_void) {
    // SAFETY: an initialised loop, on the JS thread, not re-entered (the
    // nari loop calls this only from its own iteration).
    unsafe { uv_run(event_loop, UV_RUN_NOWAIT) };
}

/// The fd that becomes readable when libuv has I/O to process.
pub fn backend_fd(event_loop: *mut c_void) -> c_int {
    // SAFETY: an initialised loop.
    unsafe { uv_backend_fd(event_loop) }
}

/// How long libuv may sleep: `None` for as long as it likes.
pub fn backend_timeout(event_loop: *mut c_void) -> Option<Duration> {
    // SAFETY: an initialised loop.
    let ms = unsafe { uv_backend_timeout(event_loop) };
    (ms >= 0).then(|| Duration::from_millis(ms as u64))
}

/// Whether `fd` is readable right now (a zero-timeout poll(2)).
pub fn readable_now(fd: c_int) -> bool {
    #[repr(C)]
    struct PollFd {
        fd: c_int,
        events: i16,
        revents: i16,
    }
    extern "C" {
        fn poll(fds: *mut PollFd, nfds: u64, timeout: c_int) -> c_int;
    }
    const POLLIN: i16 = 1;
    let mut entry = PollFd {
        fd,
        events: POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd; a zero timeout never blocks.
    unsafe { poll(&mut entry, 1, 0) > 0 && entry.revents & POLLIN != 0 }
}
