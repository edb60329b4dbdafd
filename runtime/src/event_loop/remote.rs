//! What other threads share with the loop: a task queue for the JS thread,
//! the count of handles keeping the loop alive, and the worker pool.
//!
//! Wake-ups are batched: a producer notifies the loop only when it makes the
//! queue non-empty; the loop takes the whole batch at once. `tokio::sync::Notify`
//! stores a permit, so a notification sent before the loop waits is not lost.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use napi_host::host::{Job, Loop, Task};
use tokio::io::unix::AsyncFd;
use tokio::sync::Notify;

/// A file descriptor owned by someone else (libuv), watched for readability.
pub struct Fd(std::os::raw::c_int);

impl std::os::fd::AsRawFd for Fd {
    fn as_raw_fd(&self) -> std::os::raw::c_int {
        self.0
    }
}

/// Registers `fd` with the current tokio reactor (inside `run`).
pub fn watch_fd(fd: std::os::raw::c_int) -> AsyncFd<Fd> {
    // SAFETY: libuv's backend fd stays open for the life of the process (the
    // loop is never closed), longer than this registration.
    unsafe { AsyncFd::register_with_interest(Fd(fd), tokio::io::Interest::READABLE) }
        .unwrap_or_else(|_| panic!("register libuv's backend fd"))
}

use super::pool::Pool;

pub struct Remote {
    tasks: Mutex<Vec<Task>>,
    notify: Notify,
    refs: AtomicUsize,
    pool: Pool,
}

impl Remote {
    /// The process's one Remote (leaked: it lives as long as the process).
    pub fn new() -> &'static Remote {
        Box::leak(Box::new(Remote {
            tasks: Mutex::new(Vec::new()),
            notify: Notify::new(),
            refs: AtomicUsize::new(0),
            pool: Pool::from_env(),
        }))
    }

    /// Retained handles or queued tasks keep the loop alive.
    pub fn is_alive(&self) -> bool {
        self.refs.load(Ordering::Acquire) > 0
            || !self
                .tasks
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .is_empty()
    }

    /// Waits until a task is posted, `timeout` passes, or `fd` (if any)
    /// becomes readable.
    pub async fn wait(&self, timeout: Option<Duration>, fd: Option<&AsyncFd<Fd>>) {
        if !self
            .tasks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_empty()
        {
            return;
        }
        let readable = async {
            match fd {
                Some(fd) => match fd.readable().await {
                    Ok(mut guard) => guard.clear_ready(),
                    Err(_) => std::future::pending().await,
                },
                None => std::future::pending().await,
            }
        };
        let sleep = async {
            match timeout {
                Some(timeout) => tokio::time::sleep(timeout).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = self.notify.notified() => {}
            _ = readable => {}
            _ = sleep => {}
        }
    }

    /// Every queued task, in posting order.
    pub fn take_tasks(&self) -> Vec<Task> {
        std::mem::take(&mut *self.tasks.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl Loop for Remote {
    fn post(&self, task: Task) {
        let mut tasks = self.tasks.lock().unwrap_or_else(|e| e.into_inner());
        let was_empty = tasks.is_empty();
        tasks.push(task);
        drop(tasks);
        if was_empty {
            self.notify.notify_one();
        }
    }

    fn spawn_blocking(&self, job: Job) {
        self.pool.submit(job);
    }

    fn retain(&self) {
        self.refs.fetch_add(1, Ordering::AcqRel);
    }

    fn uncaught_exception(&self, exception: napi_host::v8::Local) {
        super::uncaught_exception(exception);
    }

    fn drain_tasks(&self) {
        super::drain_tasks();
    }

    fn uv_loop(&self) -> *mut std::ffi::c_void {
        super::uv::get_or_init()
    }

    fn buffer_prototype(&self) -> Option<napi_host::v8::Local> {
        super::buffer_prototype()
    }

    fn release(&self) {
        let before = self.refs.fetch_sub(1, Ordering::AcqRel);
        debug_assert!(before > 0, "release without retain");
        // The loop may be waiting with nothing else to do: let it re-check.
        self.notify.notify_one();
    }
}
