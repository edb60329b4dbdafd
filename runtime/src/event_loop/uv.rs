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
use std::ptr::NonNull;
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
    static LOOP: Cell<Option<UvLoop>> = const { Cell::new(None) };
}

/// The initialised loop (only made by [`get_or_init`]).
#[derive(Clone, Copy)]
pub struct UvLoop(NonNull<c_void>);

/// The libuv loop, created (and `uv_loop_init`ed) on first use.
pub fn get_or_init() -> *mut c_void {
    if let Some(existing) = LOOP.get() {
        return existing.0.as_ptr();
    }
    // SAFETY: uv_loop_size gives the size of uv_loop_t; the memory is
    // 16-aligned and lives as long as the process; uv_loop_init initialises it.
    let event_loop = unsafe {
        let layout = std::alloc::Layout::from_size_align(uv_loop_size(), 16).expect("layout");
        let memory = std::alloc::alloc_zeroed(layout).cast::<c_void>();
        assert_eq!(uv_loop_init(memory), 0, "uv_loop_init failed");
        UvLoop(NonNull::new(memory).expect("allocation succeeded"))
    };
    LOOP.set(Some(event_loop));
    event_loop.0.as_ptr()
}

/// The loop if an addon asked for it.
pub fn current() -> Option<UvLoop> {
    LOOP.get()
}

impl UvLoop {
    /// Whether it has active, ref'd handles or requests.
    pub fn alive(self) -> bool {
        // SAFETY: an initialised loop, on the JS thread.
        unsafe { uv_loop_alive(self.0.as_ptr()) != 0 }
    }

    /// Runs whatever is ready (timers, I/O, idle/check, close callbacks) without blocking.
    pub fn run_nowait(self) {
        // SAFETY: an initialised loop, on the JS thread, not re-entered (the
        // nari loop calls this only from its own iteration).
        unsafe { uv_run(self.0.as_ptr(), UV_RUN_NOWAIT) };
    }

    /// The fd that becomes readable when libuv has I/O to process.
    pub fn backend_fd(self) -> c_int {
        // SAFETY: an initialised loop.
        unsafe { uv_backend_fd(self.0.as_ptr()) }
    }

    /// How long libuv may sleep: `None` for as long as it likes.
    pub fn backend_timeout(self) -> Option<Duration> {
        // SAFETY: an initialised loop.
        let ms = unsafe { uv_backend_timeout(self.0.as_ptr()) };
        (ms >= 0).then(|| Duration::from_millis(ms as u64))
    }
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
