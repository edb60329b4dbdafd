//! Natives of the `fs` builtin: every filesystem operation is one [`Op`],
//! parsed from JS arguments on the JS thread, executed anywhere (the JS
//! thread for `fsSync`, the worker pool for `fsAsync`), and turned back into
//! JS values on the JS thread.
//!
//! `fsSync(op, ...args)` returns the result or throws a Node-style error;
//! `fsAsync(op, callback, ...args)` calls `callback(err, result)` later, from
//! the loop. Errors carry Node's `errno` (negative), `code`, `syscall`,
//! `path` and `dest`, with libuv's messages.
//!
//! Also home of what the other natives here share: [`uv_exception`], byte
//! arguments ([`bytes_arg`]), ArrayBuffers from Rust bytes ([`array_buffer`])
//! and pending JS callbacks for work finished off the JS thread ([`Pending`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{CString, OsString};
use std::fs::File;
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use napi_host::v8::{self, ErrorKind, Global, Local};
use napi_host::NativeCall;

use crate::natives::{error, set, string};

type NativeResult = Result<Local, Local>;

// ---- errors -------------------------------------------------------------------

/// libuv's name and message for a (positive) errno.
pub fn uv_error_name(errno: i32) -> (&'static str, &'static str) {
    match errno {
        1 => ("EPERM", "operation not permitted"),
        2 => ("ENOENT", "no such file or directory"),
        3 => ("ESRCH", "no such process"),
        4 => ("EINTR", "interrupted system call"),
        5 => ("EIO", "i/o error"),
        6 => ("ENXIO", "no such device or address"),
        7 => ("E2BIG", "argument list too long"),
        9 => ("EBADF", "bad file descriptor"),
        11 => ("EAGAIN", "resource temporarily unavailable"),
        12 => ("ENOMEM", "not enough memory"),
        13 => ("EACCES", "permission denied"),
        14 => ("EFAULT", "bad address in system call argument"),
        16 => ("EBUSY", "resource busy or locked"),
        17 => ("EEXIST", "file already exists"),
        18 => ("EXDEV", "cross-device link not permitted"),
        19 => ("ENODEV", "no such device"),
        20 => ("ENOTDIR", "not a directory"),
        21 => ("EISDIR", "illegal operation on a directory"),
        22 => ("EINVAL", "invalid argument"),
        23 => ("ENFILE", "file table overflow"),
        24 => ("EMFILE", "too many open files"),
        25 => ("ENOTTY", "inappropriate ioctl for device"),
        26 => ("ETXTBSY", "text file is busy"),
        27 => ("EFBIG", "file too large"),
        28 => ("ENOSPC", "no space left on device"),
        29 => ("ESPIPE", "invalid seek"),
        30 => ("EROFS", "read-only file system"),
        31 => ("EMLINK", "too many links"),
        32 => ("EPIPE", "broken pipe"),
        34 => ("ERANGE", "result too large"),
        36 => ("ENAMETOOLONG", "name too long"),
        38 => ("ENOSYS", "function not implemented"),
        39 => ("ENOTEMPTY", "directory not empty"),
        40 => ("ELOOP", "too many symbolic links encountered"),
        61 => ("ENODATA", "no data available"),
        71 => ("EPROTO", "protocol error"),
        75 => ("EOVERFLOW", "value too large for defined data type"),
        84 => ("EILSEQ", "illegal byte sequence"),
        95 => ("ENOTSUP", "operation not supported on socket"),
        110 => ("ETIMEDOUT", "connection timed out"),
        111 => ("ECONNREFUSED", "connection refused"),
        125 => ("ECANCELED", "operation canceled"),
        _ => ("UNKNOWN", "unknown error"),
    }
}

/// A failed system call, as libuv reports it.
#[derive(Debug)]
pub struct Failure {
    pub errno: i32,
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
}

impl Failure {
    pub fn new(err: &std::io::Error, syscall: &'static str, path: Option<&Path>) -> Failure {
        Failure {
            errno: errno_of(err),
            syscall,
            path: path.map(|p| p.to_string_lossy().into_owned()),
            dest: None,
        }
    }

    fn with_dest(mut self, dest: &Path) -> Failure {
        self.dest = Some(dest.to_string_lossy().into_owned());
        self
    }

    pub fn to_js(&self) -> Local {
        uv_exception(
            self.errno,
            self.syscall,
            self.path.as_deref(),
            self.dest.as_deref(),
        )
    }
}

/// The errno of an I/O error (EINVAL for errors that are not the OS's, such
/// as a NUL byte in a path).
pub fn errno_of(err: &std::io::Error) -> i32 {
    err.raw_os_error().unwrap_or(libc::EINVAL)
}

/// Node's error for a failed system call: `ENOENT: no such file or
/// directory, open '/x'`, with `errno`, `code`, `syscall`, `path`, `dest`.
pub fn uv_exception(errno: i32, syscall: &str, path: Option<&str>, dest: Option<&str>) -> Local {
    let (code, text) = uv_error_name(errno);
    let mut message = format!("{code}: {text}, {syscall}");
    if let Some(path) = path {
        message.push_str(&format!(" '{path}'"));
    }
    if let Some(dest) = dest {
        message.push_str(&format!(" -> '{dest}'"));
    }
    let e = v8::new_error(ErrorKind::Error, string(&message));
    set(e, "errno", v8::number(-(errno as f64)));
    set(e, "code", string(code));
    set(e, "syscall", string(syscall));
    if let Some(path) = path {
        set(e, "path", string(path));
    }
    if let Some(dest) = dest {
        set(e, "dest", string(dest));
    }
    e
}

fn type_error(message: &str) -> Local {
    error(ErrorKind::TypeError, message, Some("ERR_INVALID_ARG_TYPE"))
}

// ---- arguments and results -----------------------------------------------------

/// The bytes of an ArrayBuffer or ArrayBufferView (copied), or None.
pub fn bytes_arg(value: Local) -> Option<Vec<u8>> {
    let (buffer, offset, length) = if value.is_array_buffer() {
        (value, 0, value.buffer_byte_length())
    } else if value.is_typed_array() || value.is_data_view() {
        (
            value.view_buffer(),
            value.view_byte_offset(),
            value.view_byte_length(),
        )
    } else {
        return None;
    };
    let data = buffer.buffer_data();
    if length == 0 || data.is_null() {
        return Some(Vec::new());
    }
    // SAFETY: V8 reports `length` bytes at `offset` inside this live buffer's
    // backing store (checked by V8 for views); nothing runs JS meanwhile.
    let bytes = unsafe { std::slice::from_raw_parts(data.cast::<u8>().add(offset), length) };
    Some(bytes.to_vec())
}

/// A new ArrayBuffer holding `bytes`.
pub fn array_buffer(bytes: &[u8]) -> Result<Local, Local> {
    v8::array_buffer_from(bytes).ok_or_else(|| {
        error(
            ErrorKind::RangeError,
            "Array buffer allocation failed",
            Some("ERR_MEMORY_ALLOCATION_FAILED"),
        )
    })
}

/// A path argument: a string or the bytes of a Buffer.
fn path_arg(call: &NativeCall, i: usize) -> Result<PathBuf, Local> {
    let value = call.arg(i);
    if value.is_string() {
        Ok(PathBuf::from(value.to_rust_string()))
    } else if let Some(bytes) = bytes_arg(value) {
        Ok(PathBuf::from(OsString::from_vec(bytes)))
    } else {
        Err(type_error("path must be a string or Buffer"))
    }
}

fn int_arg(call: &NativeCall, i: usize) -> i32 {
    call.arg(i).int32_value()
}

fn fd_arg(call: &NativeCall, i: usize) -> Result<i32, Local> {
    let value = call.arg(i);
    if value.is_number() {
        Ok(value.int32_value())
    } else {
        Err(type_error("fd must be a number"))
    }
}

/// A file position: a non-negative number, or None (the current position).
fn position_arg(call: &NativeCall, i: usize) -> Option<u64> {
    let value = call.arg(i);
    if value.is_number() && value.number_value() >= 0.0 {
        Some(value.number_value() as u64)
    } else {
        None
    }
}

fn cstring(path: &Path) -> Result<CString, std::io::Error> {
    CString::new(path.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::from_raw_os_error(libc::EINVAL))
}

/// What a file operation works on: a path or an open descriptor.
#[derive(Debug)]
enum Target {
    Path(PathBuf),
    Fd(i32),
}

fn target_arg(call: &NativeCall, i: usize) -> Result<Target, Local> {
    if call.arg(i).is_number() {
        Ok(Target::Fd(call.arg(i).int32_value()))
    } else {
        path_arg(call, i).map(Target::Path)
    }
}

// ---- operations ------------------------------------------------------------------

#[derive(Debug)]
enum Op {
    Open(PathBuf, i32, u32),
    Close(i32),
    Read(i32, usize, Option<u64>),
    Write(i32, Vec<u8>, Option<u64>),
    Fsync(i32),
    Fdatasync(i32),
    ReadFile(Target, i32, bool),
    WriteFile(Target, Vec<u8>, i32, u32),
    Stat(PathBuf),
    Lstat(PathBuf),
    Fstat(i32),
    Readdir(PathBuf, bool),
    Mkdir(PathBuf, bool, u32),
    Mkdtemp(PathBuf),
    Rm(PathBuf, bool, bool),
    Rmdir(PathBuf, bool),
    Unlink(PathBuf),
    Rename(PathBuf, PathBuf),
    CopyFile(PathBuf, PathBuf, i32),
    Symlink(PathBuf, PathBuf),
    Link(PathBuf, PathBuf),
    Readlink(PathBuf),
    Realpath(PathBuf, bool),
    Access(PathBuf, i32),
    Chmod(PathBuf, u32),
    Fchmod(i32, u32),
    Utimes(Target, f64, f64, bool),
    Truncate(Target, u64),
    Chown(Target, u32, u32, bool),
}

/// A successful result, still made of Rust values.
#[derive(Debug)]
enum Out {
    Undefined,
    Number(f64),
    Bytes(Vec<u8>),
    Text(String),
    MaybeText(Option<String>),
    Numbers(Vec<f64>),
    Entries(Vec<(String, i32)>),
    Names(Vec<String>),
}

type OpResult = Result<Out, Failure>;

fn parse(op: &str, call: &NativeCall, a: usize) -> Result<Op, Local> {
    let path = |i| path_arg(call, a + i);
    let flag = |i| call.arg(a + i).boolean_value();
    Ok(match op {
        "open" => Op::Open(
            path(0)?,
            int_arg(call, a + 1),
            call.arg(a + 2).uint32_value(),
        ),
        "close" => Op::Close(fd_arg(call, a)?),
        "read" => Op::Read(
            fd_arg(call, a)?,
            call.arg(a + 1).uint32_value() as usize,
            position_arg(call, a + 2),
        ),
        "write" => Op::Write(
            fd_arg(call, a)?,
            bytes_arg(call.arg(a + 1)).ok_or_else(|| type_error("write: a buffer"))?,
            position_arg(call, a + 2),
        ),
        "fsync" => Op::Fsync(fd_arg(call, a)?),
        "fdatasync" => Op::Fdatasync(fd_arg(call, a)?),
        "readFile" => Op::ReadFile(target_arg(call, a)?, int_arg(call, a + 1), flag(2)),
        "writeFile" => Op::WriteFile(
            target_arg(call, a)?,
            bytes_arg(call.arg(a + 1)).ok_or_else(|| type_error("writeFile: a buffer"))?,
            int_arg(call, a + 2),
            call.arg(a + 3).uint32_value(),
        ),
        "stat" => Op::Stat(path(0)?),
        "lstat" => Op::Lstat(path(0)?),
        "fstat" => Op::Fstat(fd_arg(call, a)?),
        "readdir" => Op::Readdir(path(0)?, flag(1)),
        "mkdir" => Op::Mkdir(path(0)?, flag(1), call.arg(a + 2).uint32_value()),
        "mkdtemp" => Op::Mkdtemp(path(0)?),
        "rm" => Op::Rm(path(0)?, flag(1), flag(2)),
        "rmdir" => Op::Rmdir(path(0)?, flag(1)),
        "unlink" => Op::Unlink(path(0)?),
        "rename" => Op::Rename(path(0)?, path(1)?),
        "copyFile" => Op::CopyFile(path(0)?, path(1)?, int_arg(call, a + 2)),
        "symlink" => Op::Symlink(path(0)?, path(1)?),
        "link" => Op::Link(path(0)?, path(1)?),
        "readlink" => Op::Readlink(path(0)?),
        "realpath" => Op::Realpath(path(0)?, flag(1)),
        "access" => Op::Access(path(0)?, int_arg(call, a + 1)),
        "chmod" => Op::Chmod(path(0)?, call.arg(a + 1).uint32_value()),
        "fchmod" => Op::Fchmod(fd_arg(call, a)?, call.arg(a + 1).uint32_value()),
        "utimes" => Op::Utimes(
            target_arg(call, a)?,
            call.arg(a + 1).number_value(),
            call.arg(a + 2).number_value(),
            flag(3),
        ),
        "truncate" => Op::Truncate(
            target_arg(call, a)?,
            call.arg(a + 1).number_value().max(0.0) as u64,
        ),
        "chown" => Op::Chown(
            target_arg(call, a)?,
            call.arg(a + 1).uint32_value(),
            call.arg(a + 2).uint32_value(),
            flag(3),
        ),
        _ => return Err(type_error(&format!("unknown fs operation {op}"))),
    })
}

/// The last OS error as a Failure.
fn last(syscall: &'static str, path: Option<&Path>) -> Failure {
    Failure::new(&std::io::Error::last_os_error(), syscall, path)
}

fn check(result: libc::c_int, syscall: &'static str, path: Option<&Path>) -> Result<(), Failure> {
    if result < 0 {
        Err(last(syscall, path))
    } else {
        Ok(())
    }
}

fn open_fd(path: &Path, flags: i32, mode: u32) -> Result<i32, Failure> {
    let c = cstring(path).map_err(|e| Failure::new(&e, "open", Some(path)))?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        Err(last("open", Some(path)))
    } else {
        Ok(fd)
    }
}

/// A File over a descriptor the caller owns (not closed when dropped).
fn borrowed_file(fd: i32) -> Result<ManuallyDrop<File>, Failure> {
    if fd < 0 {
        return Err(Failure {
            errno: libc::EBADF,
            syscall: "read",
            path: None,
            dest: None,
        });
    }
    // SAFETY: fd is non-negative; ManuallyDrop keeps the File from closing a
    // descriptor it does not own.
    Ok(ManuallyDrop::new(unsafe { File::from_raw_fd(fd) }))
}

/// `[dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
/// atime s, ns, mtime s, ns, ctime s, ns, birthtime s, ns]`.
fn stat_numbers(m: &std::fs::Metadata) -> Vec<f64> {
    let (birth_s, birth_ns) = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0.0, 0.0), |d| {
            (d.as_secs() as f64, f64::from(d.subsec_nanos()))
        });
    vec![
        m.dev() as f64,
        f64::from(m.mode()),
        m.nlink() as f64,
        f64::from(m.uid()),
        f64::from(m.gid()),
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        m.atime() as f64,
        m.atime_nsec() as f64,
        m.mtime() as f64,
        m.mtime_nsec() as f64,
        m.ctime() as f64,
        m.ctime_nsec() as f64,
        birth_s,
        birth_ns,
    ]
}

fn timespec(seconds: f64) -> libc::timespec {
    let s = seconds.floor();
    libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ((seconds - s) * 1e9).round().min(999_999_999.0) as libc::c_long,
    }
}

fn execute(op: Op) -> OpResult {
    use std::io::Error as IoError;
    match op {
        Op::Open(path, flags, mode) => open_fd(&path, flags, mode).map(|fd| Out::Number(fd.into())),
        Op::Close(fd) => {
            // SAFETY: closing a descriptor JS owns; an invalid one gives EBADF.
            check(unsafe { libc::close(fd) }, "close", None).map(|_| Out::Undefined)
        }
        Op::Read(fd, len, position) => {
            let mut buffer = vec![0u8; len];
            // SAFETY: buffer is valid for writes of `len` bytes.
            let n = unsafe {
                match position {
                    Some(p) => libc::pread(fd, buffer.as_mut_ptr().cast(), len, p as libc::off_t),
                    None => libc::read(fd, buffer.as_mut_ptr().cast(), len),
                }
            };
            if n < 0 {
                return Err(last("read", None));
            }
            buffer.truncate(n as usize);
            Ok(Out::Bytes(buffer))
        }
        Op::Write(fd, data, position) => {
            // SAFETY: data is valid for reads of its length.
            let n = unsafe {
                match position {
                    Some(p) => libc::pwrite(fd, data.as_ptr().cast(), data.len(), p as libc::off_t),
                    None => libc::write(fd, data.as_ptr().cast(), data.len()),
                }
            };
            if n < 0 {
                return Err(last("write", None));
            }
            Ok(Out::Number(n as f64))
        }
        // SAFETY (both): syncing a descriptor; an invalid one gives EBADF.
        Op::Fsync(fd) => check(unsafe { libc::fsync(fd) }, "fsync", None).map(|_| Out::Undefined),
        Op::Fdatasync(fd) => {
            check(unsafe { libc::fdatasync(fd) }, "fdatasync", None).map(|_| Out::Undefined)
        }
        Op::ReadFile(target, flags, utf8) => {
            let mut bytes = Vec::new();
            let result = match &target {
                Target::Path(path) => {
                    let fd = open_fd(path, flags, 0o666)?;
                    // SAFETY: fd was just opened and is owned by this File.
                    let mut file = unsafe { File::from_raw_fd(fd) };
                    file.read_to_end(&mut bytes)
                }
                Target::Fd(fd) => borrowed_file(*fd)?.read_to_end(&mut bytes),
            };
            result.map_err(|e| Failure::new(&e, "read", None))?;
            if utf8 {
                Ok(Out::Text(match String::from_utf8(bytes) {
                    Ok(text) => text,
                    Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
                }))
            } else {
                Ok(Out::Bytes(bytes))
            }
        }
        Op::WriteFile(target, data, flags, mode) => {
            let result = match &target {
                Target::Path(path) => {
                    let fd = open_fd(path, flags, mode)?;
                    // SAFETY: fd was just opened and is owned by this File.
                    let mut file = unsafe { File::from_raw_fd(fd) };
                    file.write_all(&data)
                }
                Target::Fd(fd) => borrowed_file(*fd)?.write_all(&data),
            };
            result
                .map(|_| Out::Undefined)
                .map_err(|e| Failure::new(&e, "write", None))
        }
        Op::Stat(path) => std::fs::metadata(&path)
            .map(|m| Out::Numbers(stat_numbers(&m)))
            .map_err(|e| Failure::new(&e, "stat", Some(&path))),
        Op::Lstat(path) => std::fs::symlink_metadata(&path)
            .map(|m| Out::Numbers(stat_numbers(&m)))
            .map_err(|e| Failure::new(&e, "lstat", Some(&path))),
        Op::Fstat(fd) => borrowed_file(fd)
            .map_err(|f| Failure {
                syscall: "fstat",
                ..f
            })?
            .metadata()
            .map(|m| Out::Numbers(stat_numbers(&m)))
            .map_err(|e| Failure::new(&e, "fstat", None)),
        Op::Readdir(path, types) => readdir(&path, types),
        Op::Mkdir(path, recursive, mode) => mkdir(&path, recursive, mode),
        Op::Mkdtemp(prefix) => {
            let mut template = prefix.into_os_string().into_vec();
            template.extend_from_slice(b"XXXXXX");
            let shown = PathBuf::from(OsString::from_vec(template.clone()));
            let c = cstring(&shown).map_err(|e| Failure::new(&e, "mkdtemp", Some(&shown)))?;
            let raw = c.into_raw();
            // SAFETY: `raw` is a writable NUL-terminated template that
            // mkdtemp fills in place; it is reclaimed right after.
            let result = unsafe { libc::mkdtemp(raw) };
            let failure = result.is_null().then(|| last("mkdtemp", Some(&shown)));
            // SAFETY: `raw` came from CString::into_raw and its length is unchanged.
            let filled = unsafe { CString::from_raw(raw) };
            match failure {
                Some(f) => Err(f),
                None => Ok(Out::Text(
                    String::from_utf8_lossy(filled.as_bytes()).into_owned(),
                )),
            }
        }
        Op::Rm(path, recursive, force) => {
            let meta = match std::fs::symlink_metadata(&path) {
                Ok(meta) => meta,
                Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => {
                    return Ok(Out::Undefined)
                }
                Err(e) => return Err(Failure::new(&e, "lstat", Some(&path))),
            };
            let result = if meta.is_dir() {
                if !recursive {
                    return Err(Failure::new(
                        &IoError::from_raw_os_error(libc::EISDIR),
                        "rm",
                        Some(&path),
                    ));
                }
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            match result {
                Err(e) if force && e.raw_os_error() == Some(libc::ENOENT) => Ok(Out::Undefined),
                Err(e) => Err(Failure::new(&e, "rm", Some(&path))),
                Ok(()) => Ok(Out::Undefined),
            }
        }
        Op::Rmdir(path, recursive) => {
            let result = if recursive {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_dir(&path)
            };
            result
                .map(|_| Out::Undefined)
                .map_err(|e| Failure::new(&e, "rmdir", Some(&path)))
        }
        Op::Unlink(path) => std::fs::remove_file(&path)
            .map(|_| Out::Undefined)
            .map_err(|e| Failure::new(&e, "unlink", Some(&path))),
        Op::Rename(from, to) => std::fs::rename(&from, &to)
            .map(|_| Out::Undefined)
            .map_err(|e| Failure::new(&e, "rename", Some(&from)).with_dest(&to)),
        Op::CopyFile(from, to, mode) => copy_file(&from, &to, mode)
            .map(|_| Out::Undefined)
            .map_err(|e| Failure::new(&e, "copyfile", Some(&from)).with_dest(&to)),
        Op::Symlink(target, path) => std::os::unix::fs::symlink(&target, &path)
            .map(|_| Out::Undefined)
            .map_err(|e| Failure::new(&e, "symlink", Some(&target)).with_dest(&path)),
        Op::Link(from, to) => std::fs::hard_link(&from, &to)
            .map(|_| Out::Undefined)
            .map_err(|e| Failure::new(&e, "link", Some(&from)).with_dest(&to)),
        Op::Readlink(path) => std::fs::read_link(&path)
            .map(|t| Out::Text(t.to_string_lossy().into_owned()))
            .map_err(|e| Failure::new(&e, "readlink", Some(&path))),
        Op::Realpath(path, native) => match std::fs::canonicalize(&path) {
            Ok(real) => Ok(Out::Text(real.to_string_lossy().into_owned())),
            Err(e) if native => Err(Failure::new(&e, "realpath", Some(&path))),
            // node's JS realpath reports the first component lstat fails on
            Err(e) => Err(first_failing_component(&path)
                .unwrap_or_else(|| Failure::new(&e, "lstat", Some(&path)))),
        },
        Op::Access(path, mode) => {
            let c = cstring(&path).map_err(|e| Failure::new(&e, "access", Some(&path)))?;
            // SAFETY: `c` is a NUL-terminated path that outlives the call.
            check(
                unsafe { libc::access(c.as_ptr(), mode) },
                "access",
                Some(&path),
            )
            .map(|_| Out::Undefined)
        }
        Op::Chmod(path, mode) => {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
                .map(|_| Out::Undefined)
                .map_err(|e| Failure::new(&e, "chmod", Some(&path)))
        }
        Op::Fchmod(fd, mode) => {
            // SAFETY: fchmod on a descriptor; an invalid one gives EBADF.
            check(unsafe { libc::fchmod(fd, mode) }, "fchmod", None).map(|_| Out::Undefined)
        }
        Op::Utimes(target, atime, mtime, no_follow) => {
            let times = [timespec(atime), timespec(mtime)];
            match target {
                Target::Path(path) => {
                    let syscall = if no_follow { "lutime" } else { "utime" };
                    let c = cstring(&path).map_err(|e| Failure::new(&e, syscall, Some(&path)))?;
                    let flags = if no_follow {
                        libc::AT_SYMLINK_NOFOLLOW
                    } else {
                        0
                    };
                    // SAFETY: `c` is a NUL-terminated path; `times` holds two timespecs.
                    let r = unsafe {
                        libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags)
                    };
                    check(r, syscall, Some(&path)).map(|_| Out::Undefined)
                }
                Target::Fd(fd) => {
                    // SAFETY: `times` holds two timespecs; an invalid fd gives EBADF.
                    let r = unsafe { libc::futimens(fd, times.as_ptr()) };
                    check(r, "futime", None).map(|_| Out::Undefined)
                }
            }
        }
        Op::Truncate(target, len) => match target {
            Target::Path(path) => {
                let fd = open_fd(&path, libc::O_RDWR, 0)?;
                // SAFETY: fd was just opened and is owned by this File.
                let file = unsafe { File::from_raw_fd(fd) };
                file.set_len(len)
                    .map(|_| Out::Undefined)
                    .map_err(|e| Failure::new(&e, "ftruncate", None))
            }
            Target::Fd(fd) => {
                // SAFETY: ftruncate on a descriptor; an invalid one gives EBADF.
                let r = unsafe { libc::ftruncate(fd, len as libc::off_t) };
                check(r, "ftruncate", None).map(|_| Out::Undefined)
            }
        },
        Op::Chown(target, uid, gid, no_follow) => match target {
            Target::Path(path) => {
                let syscall = if no_follow { "lchown" } else { "chown" };
                let c = cstring(&path).map_err(|e| Failure::new(&e, syscall, Some(&path)))?;
                // SAFETY: `c` is a NUL-terminated path that outlives the call.
                let r = unsafe {
                    if no_follow {
                        libc::lchown(c.as_ptr(), uid, gid)
                    } else {
                        libc::chown(c.as_ptr(), uid, gid)
                    }
                };
                check(r, syscall, Some(&path)).map(|_| Out::Undefined)
            }
            Target::Fd(fd) => {
                // SAFETY: fchown on a descriptor; an invalid one gives EBADF.
                check(unsafe { libc::fchown(fd, uid, gid) }, "fchown", None).map(|_| Out::Undefined)
            }
        },
    }
}

/// libuv's dirent kinds (`UV_DIRENT_*`).
fn dirent_kind(kind: std::fs::FileType) -> i32 {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        1
    } else if kind.is_dir() {
        2
    } else if kind.is_symlink() {
        3
    } else if kind.is_fifo() {
        4
    } else if kind.is_socket() {
        5
    } else if kind.is_char_device() {
        6
    } else if kind.is_block_device() {
        7
    } else {
        0
    }
}

/// Entries sorted by name, as libuv's scandir returns them.
fn readdir(path: &Path, types: bool) -> OpResult {
    let fail = |e: std::io::Error| Failure::new(&e, "scandir", Some(path));
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(path).map_err(fail)? {
        let entry = entry.map_err(fail)?;
        let kind = if types {
            entry.file_type().map(dirent_kind).unwrap_or(0)
        } else {
            0
        };
        entries.push((entry.file_name().into_vec(), kind));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let entries = entries
        .into_iter()
        .map(|(name, kind)| (String::from_utf8_lossy(&name).into_owned(), kind));
    if types {
        Ok(Out::Entries(entries.collect()))
    } else {
        Ok(Out::Names(entries.map(|(name, _)| name).collect()))
    }
}

fn mkdir_one(path: &Path, mode: u32) -> Result<(), std::io::Error> {
    let c = cstring(path)?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// mkdir; recursive: creates missing parents and returns the first
/// directory it created (undefined when the directory already existed).
fn mkdir(path: &Path, recursive: bool, mode: u32) -> OpResult {
    let fail = |e: std::io::Error| Failure::new(&e, "mkdir", Some(path));
    if !recursive {
        return mkdir_one(path, mode).map(|_| Out::Undefined).map_err(fail);
    }
    // Find the deepest ancestor that exists.
    let mut missing = Vec::new();
    let mut current = path.to_path_buf();
    loop {
        match std::fs::metadata(&current) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                let errno = if missing.is_empty() {
                    libc::EEXIST
                } else {
                    libc::ENOTDIR
                };
                return Err(fail(std::io::Error::from_raw_os_error(errno)));
            }
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                missing.push(current.clone());
                match current.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => {
                        current = parent.to_path_buf()
                    }
                    _ => break,
                }
            }
            Err(e) => return Err(fail(e)),
        }
    }
    let first = missing.last().cloned();
    for dir in missing.iter().rev() {
        match mkdir_one(dir, mode) {
            Ok(()) => {}
            Err(e) if e.raw_os_error() == Some(libc::EEXIST) && dir.is_dir() => {}
            Err(e) => return Err(fail(e)),
        }
    }
    Ok(Out::MaybeText(
        first.map(|p| p.to_string_lossy().into_owned()),
    ))
}

fn copy_file(from: &Path, to: &Path, mode: i32) -> Result<(), std::io::Error> {
    const COPYFILE_EXCL: i32 = 1;
    const COPYFILE_FICLONE_FORCE: i32 = 4;
    if mode & COPYFILE_FICLONE_FORCE != 0 {
        return Err(std::io::Error::from_raw_os_error(libc::ENOSYS));
    }
    if mode & COPYFILE_EXCL != 0 {
        let mut source = File::open(from)?;
        let permissions = source.metadata()?.permissions();
        let mut dest = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(to)?;
        std::io::copy(&mut source, &mut dest)?;
        dest.set_permissions(permissions)?;
        return Ok(());
    }
    std::fs::copy(from, to).map(|_| ())
}

/// The first prefix of `path` that lstat fails on, as node's JS realpath
/// reports it.
fn first_failing_component(path: &Path) -> Option<Failure> {
    let mut prefix = PathBuf::new();
    for component in path.components() {
        prefix.push(component);
        if let Err(e) = std::fs::symlink_metadata(&prefix) {
            return Some(Failure::new(&e, "lstat", Some(&prefix)));
        }
    }
    None
}

fn to_js(out: Out) -> NativeResult {
    Ok(match out {
        Out::Undefined => v8::undefined(),
        Out::Number(n) => v8::number(n),
        Out::Bytes(bytes) => array_buffer(&bytes)?,
        Out::Text(text) => v8::string_from_utf8(text.as_bytes()).ok_or_else(|| {
            error(
                ErrorKind::Error,
                "Cannot create a string longer than 0x1fffffe8 characters",
                Some("ERR_STRING_TOO_LONG"),
            )
        })?,
        Out::MaybeText(text) => text.map_or_else(v8::undefined, |t| string(&t)),
        Out::Numbers(numbers) => {
            let array = v8::new_array(numbers.len());
            for (i, n) in numbers.into_iter().enumerate() {
                array
                    .set_index(i as u32, v8::number(n))
                    .expect("setting an element of a fresh array does not throw");
            }
            array
        }
        Out::Names(names) => {
            let array = v8::new_array(names.len());
            for (i, name) in names.iter().enumerate() {
                array
                    .set_index(i as u32, string(name))
                    .expect("setting an element of a fresh array does not throw");
            }
            array
        }
        Out::Entries(entries) => {
            // [name, kind, name, kind, …]
            let array = v8::new_array(entries.len() * 2);
            for (i, (name, kind)) in entries.iter().enumerate() {
                array
                    .set_index(2 * i as u32, string(name))
                    .and_then(|_| array.set_index(2 * i as u32 + 1, v8::int32(*kind)))
                    .expect("setting an element of a fresh array does not throw");
            }
            array
        }
    })
}

fn op_name(call: &NativeCall) -> Result<String, Local> {
    let op = call.arg(0);
    if op.is_string() {
        Ok(op.to_rust_string())
    } else {
        Err(type_error("fs operation name"))
    }
}

/// fsSync(op, ...args): runs the operation now; returns its result or throws.
pub fn fs_sync(call: &NativeCall) -> NativeResult {
    let op = parse(&op_name(call)?, call, 1)?;
    match execute(op) {
        Ok(out) => to_js(out),
        Err(failure) => Err(failure.to_js()),
    }
}

/// fsAsync(op, callback, ...args): runs the operation on the pool, then
/// `callback(err, result)` on the JS thread.
pub fn fs_async(call: &NativeCall) -> NativeResult {
    let op = parse(&op_name(call)?, call, 2)?;
    let callback = call.arg(1);
    if !callback.is_function() {
        return Err(type_error("fsAsync: callback must be a function"));
    }
    let pending = Pending::new(callback);
    napi_host::host::event_loop().spawn_blocking(Box::new(move || {
        let result = execute(op);
        pending.complete(move || match result {
            Ok(out) => match to_js(out) {
                Ok(value) => vec![v8::null(), value],
                Err(e) => vec![e],
            },
            Err(failure) => vec![failure.to_js()],
        });
    }));
    Ok(v8::undefined())
}

// ---- pending callbacks -----------------------------------------------------------

thread_local! {
    /// JS callbacks waiting for work done off the JS thread, by id. Held in
    /// ManuallyDrop: what is left when the process ends is leaked, never
    /// released after the isolate is gone.
    static CALLBACKS: RefCell<HashMap<u64, ManuallyDrop<Global>>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A JS callback kept on the JS thread (by id) while work runs elsewhere;
/// keeps the loop alive until completed. Sendable to any thread.
pub struct Pending(u64);

impl Pending {
    /// Holds `callback` (JS thread only) and retains the loop.
    pub fn new(callback: Local) -> Pending {
        let id = NEXT_ID.get();
        NEXT_ID.set(id + 1);
        CALLBACKS.with_borrow_mut(|map| map.insert(id, ManuallyDrop::new(Global::new(callback))));
        napi_host::host::event_loop().retain();
        Pending(id)
    }

    /// From any thread: on the JS thread, calls the callback with the values
    /// `args` makes there, then releases the loop. An exception thrown by the
    /// callback is an uncaught exception.
    pub fn complete(self, args: impl FnOnce() -> Vec<Local> + Send + 'static) {
        let id = self.0;
        let event_loop = napi_host::host::event_loop();
        event_loop.post(Box::new(move || {
            let callback = CALLBACKS
                .with_borrow_mut(|map| map.remove(&id))
                .map(ManuallyDrop::into_inner);
            let event_loop = napi_host::host::event_loop();
            event_loop.release();
            if let Some(callback) = callback {
                call_callback(callback.get(), &args());
            }
        }));
    }
}

/// Calls a JS function from the loop; what it throws is uncaught.
pub fn call_callback(function: Local, args: &[Local]) {
    if let Err(Some(exception)) = v8::call_function(function, v8::undefined(), args) {
        napi_host::host::event_loop().uncaught_exception(exception);
    }
}
