//! The worker pool: a fixed number of threads (`UV_THREADPOOL_SIZE`, default
//! 4, clamped to 1..=1024 as libuv does) running jobs in submission order.
//! Threads start on the first submission, not at process start.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use napi_host::host::Job;

pub struct Pool {
    size: usize,
    sender: OnceLock<Mutex<Sender<Job>>>,
}

impl Pool {
    pub fn from_env() -> Pool {
        let size = std::env::var("UV_THREADPOOL_SIZE")
            .ok()
            .and_then(|s| s.trim().parse::<usize>().ok())
            .unwrap_or(4);
        Pool {
            size: size.clamp(1, 1024),
            sender: OnceLock::new(),
        }
    }

    pub fn submit(&self, job: Job) {
        let sender = self.sender.get_or_init(|| Mutex::new(self.start()));
        sender
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(job)
            .expect("pool threads live as long as the process");
    }

    fn start(&self) -> Sender<Job> {
        let (sender, receiver) = channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for i in 0..self.size {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("nari-worker-{i}"))
                .spawn(move || work(&receiver))
                .expect("spawn a pool thread");
        }
        sender
    }
}

fn work(receiver: &Mutex<Receiver<Job>>) {
    loop {
        let job = receiver.lock().unwrap_or_else(|e| e.into_inner()).recv();
        match job {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}
