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
use tokio::sync::Notify;

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

    /// Waits until a task is posted or `timeout` passes.
    pub async fn wait(&self, timeout: Option<Duration>) {
        if !self
            .tasks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_empty()
        {
            return;
        }
        match timeout {
            Some(timeout) => {
                let _ = tokio::time::timeout(timeout, self.notify.notified()).await;
            }
            None => self.notify.notified().await,
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

    fn release(&self) {
        let before = self.refs.fetch_sub(1, Ordering::AcqRel);
        debug_assert!(before > 0, "release without retain");
        // The loop may be waiting with nothing else to do: let it re-check.
        self.notify.notify_one();
    }
}
