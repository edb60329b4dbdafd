//! Natives behind `process` members loaders and packages read: the facts of
//! `process.report.getReport()`, `memoryUsage()`, ids, tty size, and the
//! calls `umask`, `kill`, `chdir`.

use std::ffi::CStr;

use napi_host::v8::{self, ErrorKind, Local};
use napi_host::NativeCall;

use crate::builtins::fs::uv_exception;
use crate::natives::{error, set, string};

type NativeResult = Result<Local, Local>;

/// The glibc version this process runs with (`gnu_get_libc_version`).
fn glibc_version() -> String {
    // SAFETY: gnu_get_libc_version returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(libc::gnu_get_libc_version()) }
        .to_string_lossy()
        .into_owned()
}

/// The shared objects loaded in this process, as `dl_iterate_phdr` lists
/// them (the main program, which has no name, is left out; node does the same).
fn shared_objects() -> Vec<String> {
    unsafe extern "C" fn visit(
        info: *mut libc::dl_phdr_info,
        _size: libc::size_t,
        data: *mut libc::c_void,
    ) -> libc::c_int {
        // SAFETY: `data` is the Vec passed below, alive during the iteration;
        // `info` is valid for this call and dlpi_name, when non-null, is a
        // NUL-terminated string.
        unsafe {
            let names = &mut *data.cast::<Vec<String>>();
            let name = (*info).dlpi_name;
            if !name.is_null() {
                let name = CStr::from_ptr(name).to_string_lossy().into_owned();
                if !name.is_empty() {
                    names.push(name);
                }
            }
        }
        0
    }
    let mut names: Vec<String> = Vec::new();
    // SAFETY: the callback only touches `names` through the data pointer.
    unsafe { libc::dl_iterate_phdr(Some(visit), (&mut names as *mut Vec<String>).cast()) };
    names
}

fn string_array(items: &[String]) -> NativeResult {
    let array = v8::new_array(items.len());
    for (i, item) in items.iter().enumerate() {
        array
            .set_index(i as u32, string(item))
            .map_err(crate::natives::thrown)?;
    }
    Ok(array)
}

/// processReport(): `{glibcVersionRuntime, glibcVersionCompiler,
/// sharedObjects, userLimits}`; the rest of the report is assembled in JS.
pub fn report(_call: &NativeCall) -> NativeResult {
    let result = v8::new_object();
    let glibc = glibc_version();
    set(result, "glibcVersionRuntime", string(&glibc));
    // nari is linked against the system's glibc when built (it builds from
    // source), so the runtime version is also the one it was compiled with.
    set(result, "glibcVersionCompiler", string(&glibc));
    set(result, "sharedObjects", string_array(&shared_objects())?);
    let limits = v8::new_object();
    let resources: &[(&str, u32)] = &[
        ("core_file_size_blocks", libc::RLIMIT_CORE),
        ("data_seg_size_bytes", libc::RLIMIT_DATA),
        ("file_size_blocks", libc::RLIMIT_FSIZE),
        ("max_locked_memory_bytes", libc::RLIMIT_MEMLOCK),
        ("max_memory_size_bytes", libc::RLIMIT_RSS),
        ("open_files", libc::RLIMIT_NOFILE),
        ("stack_size_bytes", libc::RLIMIT_STACK),
        ("cpu_time_seconds", libc::RLIMIT_CPU),
        ("max_user_processes", libc::RLIMIT_NPROC),
        ("virtual_memory_bytes", libc::RLIMIT_AS),
    ];
    for (name, resource) in resources {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: `limit` is a valid rlimit to fill.
        if unsafe { libc::getrlimit(*resource, &mut limit) } != 0 {
            continue;
        }
        let value = |v: libc::rlim_t| {
            if v == libc::RLIM_INFINITY {
                string("unlimited")
            } else {
                v8::number(v as f64)
            }
        };
        let entry = v8::new_object();
        set(entry, "soft", value(limit.rlim_cur));
        set(entry, "hard", value(limit.rlim_max));
        set(limits, name, entry);
    }
    set(result, "userLimits", limits);
    Ok(result)
}

/// Resident set size in bytes, from /proc/self/statm.
fn rss() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages = statm
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse::<f64>().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf only reads its argument.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    pages * page.max(4096) as f64
}

/// processInfo(kind, arg): `memory` → memoryUsage fields; `rss`; `ids` →
/// `{uid, gid, euid, egid, groups}`; `tty` (arg: fd) → `{isTTY, columns, rows}`.
pub fn info(call: &NativeCall) -> NativeResult {
    let kind = call.arg(0);
    let kind = if kind.is_string() {
        kind.to_rust_string()
    } else {
        String::new()
    };
    match kind.as_str() {
        "memory" => {
            let (total, used, external) = v8::heap_statistics();
            let result = v8::new_object();
            set(result, "rss", v8::number(rss()));
            set(result, "heapTotal", v8::number(total as f64));
            set(result, "heapUsed", v8::number(used as f64));
            set(result, "external", v8::number(external as f64));
            set(result, "arrayBuffers", v8::number(0.0));
            Ok(result)
        }
        "rss" => Ok(v8::number(rss())),
        "ids" => {
            let result = v8::new_object();
            // SAFETY: these calls cannot fail.
            let (uid, gid, euid, egid) = unsafe {
                (
                    libc::getuid(),
                    libc::getgid(),
                    libc::geteuid(),
                    libc::getegid(),
                )
            };
            set(result, "uid", v8::number(f64::from(uid)));
            set(result, "gid", v8::number(f64::from(gid)));
            set(result, "euid", v8::number(f64::from(euid)));
            set(result, "egid", v8::number(f64::from(egid)));
            // SAFETY: a count query with a null list, then a list of that size.
            let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
            let mut groups = vec![0 as libc::gid_t; count.max(0) as usize];
            // SAFETY: `groups` has room for `count` ids.
            let count = unsafe { libc::getgroups(count, groups.as_mut_ptr()) };
            groups.truncate(count.max(0) as usize);
            let list = v8::new_array(groups.len());
            for (i, g) in groups.iter().enumerate() {
                list.set_index(i as u32, v8::number(f64::from(*g)))
                    .map_err(crate::natives::thrown)?;
            }
            set(result, "groups", list);
            Ok(result)
        }
        "tty" => {
            let fd = call.arg(1).int32_value();
            let result = v8::new_object();
            // SAFETY: isatty only inspects the descriptor.
            let is_tty = unsafe { libc::isatty(fd) } == 1;
            set(result, "isTTY", v8::boolean(is_tty));
            if is_tty {
                // SAFETY: winsize is plain data the ioctl fills.
                let mut size: libc::winsize = unsafe { std::mem::zeroed() };
                // SAFETY: TIOCGWINSZ writes one winsize to the pointer.
                if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } == 0 {
                    set(result, "columns", v8::number(f64::from(size.ws_col)));
                    set(result, "rows", v8::number(f64::from(size.ws_row)));
                }
            }
            Ok(result)
        }
        _ => Err(error(
            ErrorKind::TypeError,
            &format!("processInfo: unknown kind {kind:?}"),
            None,
        )),
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL)
}

/// processCall(kind, a, b): `umask` (a: new mask or undefined) → the old
/// mask; `kill` (pid, signal) → 0 or an errno; `chdir` (dir) → undefined or
/// throws node's chdir error.
pub fn call(call: &NativeCall) -> NativeResult {
    let kind = call.arg(0);
    let kind = if kind.is_string() {
        kind.to_rust_string()
    } else {
        String::new()
    };
    match kind.as_str() {
        "umask" => {
            let mask = call.arg(1);
            let old = if mask.is_number() {
                // SAFETY: umask cannot fail.
                unsafe { libc::umask(mask.uint32_value() as libc::mode_t & 0o777) }
            } else {
                // SAFETY: reading the mask means setting it and putting it back.
                unsafe {
                    let old = libc::umask(0);
                    libc::umask(old);
                    old
                }
            };
            Ok(v8::number(f64::from(old)))
        }
        "kill" => {
            let (pid, signal) = (call.arg(1).int32_value(), call.arg(2).int32_value());
            // SAFETY: kill only reads its arguments.
            let result = unsafe { libc::kill(pid, signal) };
            Ok(v8::int32(if result < 0 { last_errno() } else { 0 }))
        }
        "chdir" => {
            let dir = call.arg(1).to_rust_string();
            if let Err(e) = std::env::set_current_dir(&dir) {
                let cwd = std::env::current_dir()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return Err(uv_exception(
                    crate::builtins::fs::errno_of(&e),
                    "chdir",
                    Some(&cwd),
                    Some(&dir),
                ));
            }
            Ok(v8::undefined())
        }
        _ => Err(error(
            ErrorKind::TypeError,
            &format!("processCall: unknown kind {kind:?}"),
            None,
        )),
    }
}
