//! Natives of `child_process`: processes started with `std::process`.
//!
//! - `spawnSync(file, args, options)` runs a child to the end (stdin fed
//!   from `input`, stdout/stderr collected by threads, `timeout` and
//!   `maxBuffer` enforced by killing the child);
//! - `spawn(file, args, options, onEvent)` starts a child; threads read its
//!   pipes and wait for it, and post events to `onEvent(kind, a, b)` on the
//!   JS thread: `stdout`/`stderr` (an ArrayBuffer), `stdoutEnd`/`stderrEnd`,
//!   `exit` (code, signal number);
//! - `childControl(id, action, arg)`: `write` (bytes) / `end` stdin, `kill`
//!   (signal; false when the child is gone), `ref` / `unref`.
//!
//! A child is reaped only after it is marked exited under the registry lock
//! (`waitid` with `WNOWAIT` first), so `kill` never reaches a recycled pid.
//! `options`: `{cwd, env: ['K=V', …], stdio: [mode ×3], input, timeout,
//! killSignal, maxBuffer, argv0, detached, uid, gid}`; a mode is `'pipe'`,
//! `'inherit'`, `'ignore'` or a file descriptor number.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use napi_host::v8::{self, ErrorKind, Global, Local};
use napi_host::NativeCall;

use crate::builtins::fs::{array_buffer, bytes_arg, call_callback};
use crate::natives::{error, set, string};

type NativeResult = Result<Local, Local>;

fn get(object: Local, key: &str) -> Result<Local, Local> {
    if !object.is_object() {
        return Ok(v8::undefined());
    }
    object
        .get(v8::internalized_string(key))
        .map_err(crate::natives::thrown)
}

fn strings(array: Local) -> Result<Vec<String>, Local> {
    if !array.is_array() {
        return Ok(Vec::new());
    }
    (0..array.array_length())
        .map(|i| {
            array
                .get_index(i)
                .map(|v| v.to_rust_string())
                .map_err(crate::natives::thrown)
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Pipe,
    Inherit,
    Ignore,
    Fd(i32),
}

/// Everything needed to start a child, read from JS.
struct Spec {
    file: String,
    args: Vec<String>,
    argv0: Option<String>,
    cwd: Option<String>,
    env: Option<Vec<String>>,
    stdio: [Mode; 3],
    detached: bool,
    uid: Option<u32>,
    gid: Option<u32>,
}

fn spec(call: &NativeCall) -> Result<(Spec, Local), Local> {
    let file = call.arg(0);
    if !file.is_string() {
        return Err(error(
            ErrorKind::TypeError,
            "spawn: file must be a string",
            Some("ERR_INVALID_ARG_TYPE"),
        ));
    }
    let options = call.arg(2);
    let text = |key: &str| -> Result<Option<String>, Local> {
        let value = get(options, key)?;
        Ok(value.is_string().then(|| value.to_rust_string()))
    };
    let number = |key: &str| -> Result<Option<u32>, Local> {
        let value = get(options, key)?;
        Ok(value.is_number().then(|| value.uint32_value()))
    };
    let env = get(options, "env")?;
    let stdio_value = get(options, "stdio")?;
    let mut stdio = [Mode::Pipe; 3];
    for (i, mode) in stdio.iter_mut().enumerate() {
        let value = if stdio_value.is_array() {
            stdio_value
                .get_index(i as u32)
                .map_err(crate::natives::thrown)?
        } else {
            v8::undefined()
        };
        *mode = if value.is_number() {
            Mode::Fd(value.int32_value())
        } else if value.is_string() {
            match value.to_rust_string().as_str() {
                "inherit" => Mode::Inherit,
                "ignore" => Mode::Ignore,
                _ => Mode::Pipe,
            }
        } else {
            Mode::Pipe
        };
    }
    let spec = Spec {
        file: file.to_rust_string(),
        args: strings(call.arg(1))?,
        argv0: text("argv0")?,
        cwd: text("cwd")?,
        env: if env.is_array() {
            Some(strings(env)?)
        } else {
            None
        },
        stdio,
        detached: get(options, "detached")?.boolean_value(),
        uid: number("uid")?,
        gid: number("gid")?,
    };
    Ok((spec, options))
}

fn stdio_for(mode: Mode) -> Result<Stdio, std::io::Error> {
    Ok(match mode {
        Mode::Pipe => Stdio::piped(),
        Mode::Inherit => Stdio::inherit(),
        Mode::Ignore => Stdio::null(),
        Mode::Fd(fd) => {
            // SAFETY: dup only reads its argument.
            let copy = unsafe { libc::dup(fd) };
            if copy < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // SAFETY: `copy` is a fresh descriptor owned by nothing else.
            Stdio::from(unsafe { OwnedFd::from_raw_fd(copy) })
        }
    })
}

fn start(spec: &Spec) -> Result<Child, std::io::Error> {
    let mut command = Command::new(&spec.file);
    command.args(&spec.args);
    if let Some(argv0) = &spec.argv0 {
        command.arg0(argv0);
    }
    if let Some(cwd) = &spec.cwd {
        command.current_dir(cwd);
    }
    if let Some(env) = &spec.env {
        command.env_clear();
        for pair in env {
            if let Some((key, value)) = pair.split_once('=') {
                command.env(key, value);
            }
        }
    }
    command
        .stdin(stdio_for(spec.stdio[0])?)
        .stdout(stdio_for(spec.stdio[1])?)
        .stderr(stdio_for(spec.stdio[2])?);
    if spec.detached {
        command.process_group(0);
    }
    if let Some(uid) = spec.uid {
        command.uid(uid);
    }
    if let Some(gid) = spec.gid {
        command.gid(gid);
    }
    command.spawn()
}

fn errno(err: &std::io::Error) -> i32 {
    crate::builtins::fs::errno_of(err)
}

/// Waits until `pid` has exited, without reaping it.
fn wait_exited(pid: u32) {
    loop {
        // SAFETY: siginfo_t is plain data that waitid fills.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: waits on our own child; `info` is a valid out-pointer.
        let result = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if result == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return;
        }
    }
}

/// Status as (exit code, signal number).
fn status_parts(status: std::process::ExitStatus) -> (Option<i32>, Option<i32>) {
    (status.code(), status.signal())
}

// ---- spawnSync -------------------------------------------------------------------

/// Shared between a synchronous child's waiter and its killers (timeout,
/// maxBuffer): set once the child has exited, before it is reaped.
struct SyncState {
    exited: Mutex<bool>,
    wake: Condvar,
    pid: u32,
}

impl SyncState {
    /// Kills the child unless it has exited; true when the signal was sent.
    fn kill(&self, signal: i32) -> bool {
        let exited = self.exited.lock().unwrap_or_else(|e| e.into_inner());
        if *exited {
            return false;
        }
        // SAFETY: the child is not reaped while `exited` is false and the lock held.
        unsafe { libc::kill(self.pid as libc::pid_t, signal) };
        true
    }
}

fn read_limited(
    mut source: impl Read,
    limit: f64,
    state: Arc<SyncState>,
    signal: i32,
    overflow: Arc<Mutex<bool>>,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chunk = [0u8; 65536];
    loop {
        match source.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                out.extend_from_slice(&chunk[..n]);
                if out.len() as f64 > limit {
                    out.truncate(limit.max(0.0) as usize);
                    *overflow.lock().unwrap_or_else(|e| e.into_inner()) = true;
                    state.kill(signal);
                    break;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    out
}

/// spawnSync(file, args, options) → `{pid, status, signal, stdout, stderr,
/// error}`: status/signal as numbers or null, outputs as ArrayBuffers (null
/// unless piped), error an errno (ETIMEDOUT, ENOBUFS, or why it did not start).
pub fn spawn_sync(call: &NativeCall) -> NativeResult {
    let (spec, options) = spec(call)?;
    let input = bytes_arg(get(options, "input")?);
    let timeout = get(options, "timeout")?;
    let timeout = (timeout.is_number() && timeout.number_value() > 0.0)
        .then(|| Duration::from_secs_f64(timeout.number_value() / 1e3));
    let kill_signal = get(options, "killSignal")?;
    let kill_signal = if kill_signal.is_number() {
        kill_signal.int32_value()
    } else {
        libc::SIGTERM
    };
    let max_buffer = get(options, "maxBuffer")?;
    let max_buffer = if max_buffer.is_number() {
        max_buffer.number_value()
    } else {
        f64::INFINITY
    };
    let result = v8::new_object();
    let mut child = match start(&spec) {
        Ok(child) => child,
        Err(e) => {
            set(result, "pid", v8::number(0.0));
            set(result, "status", v8::null());
            set(result, "signal", v8::null());
            set(result, "error", v8::int32(errno(&e)));
            return Ok(result);
        }
    };
    let pid = child.id();
    let state = Arc::new(SyncState {
        exited: Mutex::new(false),
        wake: Condvar::new(),
        pid,
    });
    let overflow = Arc::new(Mutex::new(false));
    let stdin_thread = child.stdin.take().map(|mut stdin| {
        let input = input.unwrap_or_default();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        })
    });
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        pipe.map(|pipe| {
            let (state, overflow) = (Arc::clone(&state), Arc::clone(&overflow));
            std::thread::spawn(move || read_limited(pipe, max_buffer, state, kill_signal, overflow))
        })
    };
    let stdout_thread = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr_thread = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let timed_out = Arc::new(Mutex::new(false));
    let timer = timeout.map(|timeout| {
        let (state, timed_out) = (Arc::clone(&state), Arc::clone(&timed_out));
        std::thread::spawn(move || {
            let exited = state.exited.lock().unwrap_or_else(|e| e.into_inner());
            let (exited, _) = state
                .wake
                .wait_timeout_while(exited, timeout, |exited| !*exited)
                .unwrap_or_else(|e| e.into_inner());
            if !*exited {
                drop(exited);
                if state.kill(kill_signal) {
                    *timed_out.lock().unwrap_or_else(|e| e.into_inner()) = true;
                }
            }
        })
    });
    wait_exited(pid);
    *state.exited.lock().unwrap_or_else(|e| e.into_inner()) = true;
    state.wake.notify_all();
    let status = child.wait();
    let join =
        |t: Option<std::thread::JoinHandle<Vec<u8>>>| t.map(|t| t.join().unwrap_or_default());
    let stdout = join(stdout_thread);
    let stderr = join(stderr_thread);
    if let Some(t) = stdin_thread {
        let _ = t.join();
    }
    if let Some(t) = timer {
        let _ = t.join();
    }
    let (code, signal) = match status {
        Ok(status) => status_parts(status),
        Err(_) => (None, None),
    };
    set(result, "pid", v8::number(f64::from(pid)));
    set(result, "status", code.map_or_else(v8::null, v8::int32));
    set(result, "signal", signal.map_or_else(v8::null, v8::int32));
    let output = |bytes: Option<Vec<u8>>| -> NativeResult {
        bytes.map_or_else(|| Ok(v8::null()), |b| array_buffer(&b))
    };
    set(result, "stdout", output(stdout)?);
    set(result, "stderr", output(stderr)?);
    if *timed_out.lock().unwrap_or_else(|e| e.into_inner()) {
        set(result, "error", v8::int32(libc::ETIMEDOUT));
    } else if *overflow.lock().unwrap_or_else(|e| e.into_inner()) {
        set(result, "error", v8::int32(libc::ENOBUFS));
    }
    Ok(result)
}

// ---- spawn -----------------------------------------------------------------------

/// A running asynchronous child, shared with its threads.
struct Running {
    pid: u32,
    exited: bool,
    refed: bool,
    stdin: Option<Sender<Option<Vec<u8>>>>,
}

fn registry() -> &'static Mutex<HashMap<u64, Running>> {
    static CHILDREN: std::sync::OnceLock<Mutex<HashMap<u64, Running>>> = std::sync::OnceLock::new();
    CHILDREN.get_or_init(|| Mutex::new(HashMap::new()))
}

fn lock_registry() -> std::sync::MutexGuard<'static, HashMap<u64, Running>> {
    registry().lock().unwrap_or_else(|e| e.into_inner())
}

thread_local! {
    /// `onEvent` of each child and its count of sources (exit, pipes) still
    /// to end, until its last event; leaked if the process ends first.
    static HANDLERS: std::cell::RefCell<HashMap<u64, (ManuallyDrop<Global>, u32)>> =
        std::cell::RefCell::new(HashMap::new());
}

static NEXT_CHILD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// What a child's threads tell JS.
enum Event {
    Data(&'static str, Vec<u8>),
    End(&'static str),
    Exit(Option<i32>, Option<i32>),
}

/// Posts `event` for child `id` to the JS thread. The event that is the
/// child's last (all counted sources done) forgets its handler.
fn post(id: u64, event: Event) {
    let event_loop = napi_host::host::event_loop();
    event_loop.post(Box::new(move || {
        let releases = !matches!(event, Event::Data(..));
        let handler = HANDLERS.with_borrow_mut(|map| {
            let (handler, sources) = map.get_mut(&id)?;
            let handler = handler.get();
            if releases {
                *sources -= 1;
                if *sources == 0 {
                    if let Some((handler, _)) = map.remove(&id) {
                        drop(ManuallyDrop::into_inner(handler));
                    }
                }
            }
            Some(handler)
        });
        let event_loop = napi_host::host::event_loop();
        let args: Vec<Local> = match &event {
            Event::Data(stream, bytes) => match array_buffer(bytes) {
                Ok(buffer) => vec![string(stream), buffer],
                Err(_) => vec![string(stream)],
            },
            Event::End(stream) => vec![string(&format!("{stream}End"))],
            Event::Exit(code, signal) => vec![
                string("exit"),
                code.map_or_else(v8::null, v8::int32),
                signal.map_or_else(v8::null, v8::int32),
            ],
        };
        match &event {
            Event::End(_) => event_loop.release(),
            Event::Exit(..) => {
                let mut children = lock_registry();
                if children.remove(&id).is_some_and(|c| c.refed) {
                    event_loop.release();
                }
            }
            Event::Data(..) => {}
        }
        if let Some(handler) = handler {
            call_callback(handler, &args);
        }
    }));
}

fn pump(id: u64, name: &'static str, mut pipe: impl Read) {
    let mut chunk = vec![0u8; 65536];
    loop {
        match pipe.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => post(id, Event::Data(name, chunk[..n].to_vec())),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    post(id, Event::End(name));
}

/// spawn(file, args, options, onEvent) → `{id, pid}`, or `{error: errno}`
/// when the child could not be started.
pub fn spawn(call: &NativeCall) -> NativeResult {
    let (spec, _) = spec(call)?;
    let handler = call.arg(3);
    if !handler.is_function() {
        return Err(error(
            ErrorKind::TypeError,
            "spawn: onEvent must be a function",
            Some("ERR_INVALID_ARG_TYPE"),
        ));
    }
    let result = v8::new_object();
    let mut child = match start(&spec) {
        Ok(child) => child,
        Err(e) => {
            set(result, "error", v8::int32(errno(&e)));
            return Ok(result);
        }
    };
    let id = NEXT_CHILD.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let pid = child.id();
    let event_loop = napi_host::host::event_loop();
    // The process itself, and each piped output until its end, keep the loop alive.
    event_loop.retain();
    let stdin = child.stdin.take().map(|mut pipe| {
        let (sender, receiver) = channel::<Option<Vec<u8>>>();
        std::thread::spawn(move || {
            while let Ok(Some(bytes)) = receiver.recv() {
                if pipe.write_all(&bytes).is_err() {
                    break;
                }
            }
        });
        sender
    });
    lock_registry().insert(
        id,
        Running {
            pid,
            exited: false,
            refed: true,
            stdin,
        },
    );
    let mut sources = 1;
    if let Some(pipe) = child.stdout.take() {
        sources += 1;
        event_loop.retain();
        std::thread::spawn(move || pump(id, "stdout", pipe));
    }
    if let Some(pipe) = child.stderr.take() {
        sources += 1;
        event_loop.retain();
        std::thread::spawn(move || pump(id, "stderr", pipe));
    }
    HANDLERS
        .with_borrow_mut(|map| map.insert(id, (ManuallyDrop::new(Global::new(handler)), sources)));
    std::thread::spawn(move || {
        wait_exited(pid);
        if let Some(running) = lock_registry().get_mut(&id) {
            running.exited = true;
            running.stdin = None;
        }
        let (code, signal) = child.wait().map_or((None, None), status_parts);
        post(id, Event::Exit(code, signal));
    });
    set(result, "id", v8::number(id as f64));
    set(result, "pid", v8::number(f64::from(pid)));
    Ok(result)
}

/// childControl(id, action, arg): `write` (bytes), `end`, `kill` (signal →
/// whether it was sent, or an errno), `ref`, `unref`.
pub fn child_control(call: &NativeCall) -> NativeResult {
    let id = call.arg(0).integer_value() as u64;
    let action = call.arg(1).to_rust_string();
    let mut children = lock_registry();
    let Some(running) = children.get_mut(&id) else {
        return Ok(v8::boolean(false));
    };
    match action.as_str() {
        "write" => {
            let bytes = bytes_arg(call.arg(2)).unwrap_or_default();
            let sent = running
                .stdin
                .as_ref()
                .is_some_and(|s| s.send(Some(bytes)).is_ok());
            Ok(v8::boolean(sent))
        }
        "end" => {
            if let Some(sender) = running.stdin.take() {
                let _ = sender.send(None);
            }
            Ok(v8::boolean(true))
        }
        "kill" => {
            if running.exited {
                return Ok(v8::boolean(false));
            }
            // SAFETY: the child is not reaped while `exited` is false and
            // the registry lock is held.
            let result =
                unsafe { libc::kill(running.pid as libc::pid_t, call.arg(2).int32_value()) };
            if result < 0 {
                let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                return Ok(v8::int32(errno));
            }
            Ok(v8::boolean(true))
        }
        "ref" | "unref" => {
            let want = action == "ref";
            if running.refed != want {
                running.refed = want;
                let event_loop = napi_host::host::event_loop();
                if want {
                    event_loop.retain();
                } else {
                    event_loop.release();
                }
            }
            Ok(v8::boolean(true))
        }
        _ => Err(error(
            ErrorKind::TypeError,
            &format!("childControl: unknown action {action:?}"),
            None,
        )),
    }
}
