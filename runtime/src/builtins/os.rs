//! Natives of the `os` builtin: `osInfo(kind, arg)` answers one question
//! about the machine per call, from the system calls and `/proc` files
//! libuv reads for node.

use std::ffi::CStr;

use napi_host::v8::{self, ErrorKind, Local};
use napi_host::NativeCall;

use crate::builtins::fs::uv_exception;
use crate::natives::{error, set, string};

type NativeResult = Result<Local, Local>;

/// osInfo(kind, arg): kind is one of `uname`, `user`, `memory`, `uptime`,
/// `loadavg`, `cpus`, `interfaces`, `parallelism`, `getPriority`,
/// `setPriority` (arg: [pid, priority]).
pub fn os_info(call: &NativeCall) -> NativeResult {
    let kind = call.arg(0);
    let kind = if kind.is_string() {
        kind.to_rust_string()
    } else {
        String::new()
    };
    match kind.as_str() {
        "uname" => uname(),
        "user" => user(call.arg(1)),
        "memory" => {
            let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
            let field = |name: &str| {
                meminfo
                    .lines()
                    .find_map(|l| l.strip_prefix(name))
                    .and_then(|rest| rest.split_whitespace().next())
                    .and_then(|n| n.parse::<f64>().ok())
                    .map_or(0.0, |kb| kb * 1024.0)
            };
            let result = v8::new_object();
            set(result, "total", v8::number(field("MemTotal:")));
            set(result, "free", v8::number(field("MemAvailable:")));
            Ok(result)
        }
        "uptime" => {
            let text = std::fs::read_to_string("/proc/uptime").unwrap_or_default();
            let seconds = text
                .split_whitespace()
                .next()
                .and_then(|n| n.parse::<f64>().ok())
                .unwrap_or(0.0);
            Ok(v8::number(seconds))
        }
        "loadavg" => {
            let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
            let array = v8::new_array(3);
            let mut values = text
                .split_whitespace()
                .map(|n| n.parse::<f64>().unwrap_or(0.0));
            for i in 0..3 {
                let value = v8::number(values.next().unwrap_or(0.0));
                array.set_index(i, value).map_err(crate::natives::thrown)?;
            }
            Ok(array)
        }
        "cpus" => cpus(),
        "interfaces" => interfaces(),
        "parallelism" => Ok(v8::number(
            std::thread::available_parallelism().map_or(1, |n| n.get()) as f64,
        )),
        "getPriority" => {
            let pid = call.arg(1).int32_value();
            // SAFETY: getpriority only reads its arguments; errno is reset
            // first because -1 is a valid priority.
            let priority = unsafe {
                *libc::__errno_location() = 0;
                libc::getpriority(libc::PRIO_PROCESS, pid as libc::id_t)
            };
            let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if priority == -1 && errno != 0 {
                return Err(system_error(errno, "uv_os_getpriority"));
            }
            Ok(v8::int32(priority))
        }
        "setPriority" => {
            let (pid, priority) = (call.arg(1).int32_value(), call.arg(2).int32_value());
            // SAFETY: setpriority only reads its arguments.
            let result =
                unsafe { libc::setpriority(libc::PRIO_PROCESS, pid as libc::id_t, priority) };
            if result < 0 {
                let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                return Err(system_error(errno, "uv_os_setpriority"));
            }
            Ok(v8::undefined())
        }
        _ => Err(error(
            ErrorKind::TypeError,
            &format!("osInfo: unknown kind {kind:?}"),
            None,
        )),
    }
}

/// A uv error for a call that has no path (JS turns it into node's
/// `SystemError` where node does).
fn system_error(errno: i32, syscall: &str) -> Local {
    uv_exception(errno, syscall, None, None)
}

fn c_text(chars: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = chars
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn uname() -> NativeResult {
    // SAFETY: utsname is plain data; uname fills it.
    let mut names: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `names` is a valid utsname to fill.
    if unsafe { libc::uname(&mut names) } < 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(system_error(errno, "uv_os_uname"));
    }
    let result = v8::new_object();
    set(result, "sysname", string(&c_text(&names.sysname)));
    set(result, "hostname", string(&c_text(&names.nodename)));
    set(result, "release", string(&c_text(&names.release)));
    set(result, "version", string(&c_text(&names.version)));
    set(result, "machine", string(&c_text(&names.machine)));
    Ok(result)
}

/// The password-database entry of `uid` (the effective uid when not a number).
fn user(uid: Local) -> NativeResult {
    let uid = if uid.is_number() {
        uid.uint32_value()
    } else {
        // SAFETY: geteuid cannot fail.
        unsafe { libc::geteuid() }
    };
    // SAFETY: passwd is plain data that getpwuid_r fills.
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    let mut buffer = vec![0 as libc::c_char; 4096];
    loop {
        // SAFETY: entry, buffer (of the given length) and found are valid
        // for writes; getpwuid_r points entry's strings into buffer.
        let result = unsafe {
            libc::getpwuid_r(
                uid,
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut found,
            )
        };
        if result == libc::ERANGE && buffer.len() < 1 << 20 {
            buffer.resize(buffer.len() * 2, 0);
            continue;
        }
        if result != 0 || found.is_null() {
            let errno = if result != 0 { result } else { libc::ENOENT };
            return Err(system_error(errno, "uv_os_get_passwd"));
        }
        break;
    }
    let text = |p: *const libc::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: getpwuid_r succeeded: non-null fields are NUL-terminated
            // strings inside `buffer`, which is still alive.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        }
    };
    let result = v8::new_object();
    set(result, "uid", v8::number(f64::from(entry.pw_uid)));
    set(result, "gid", v8::number(f64::from(entry.pw_gid)));
    set(result, "username", string(&text(entry.pw_name)));
    set(result, "homedir", string(&text(entry.pw_dir)));
    set(result, "shell", string(&text(entry.pw_shell)));
    Ok(result)
}

/// One entry per CPU: model (from /proc/cpuinfo), speed in MHz (from
/// cpufreq, 0 without it, as libuv) and times in ms (from /proc/stat).
fn cpus() -> NativeResult {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<String> = cpuinfo
        .lines()
        .filter(|l| l.starts_with("model name"))
        .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim().to_string()))
        .collect();
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    // SAFETY: sysconf only reads its argument.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ms_per_tick = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let array = v8::new_array(0);
    let mut index = 0;
    for line in stat.lines() {
        let Some(rest) = line
            .strip_prefix("cpu")
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        else {
            continue; // not a cpuN line (the first line is the total)
        };
        let mut fields = rest.split_whitespace();
        let Some(Ok(n)) = fields.next().map(str::parse::<usize>) else {
            continue;
        };
        let numbers: Vec<f64> = fields
            .map(|f| f.parse::<f64>().unwrap_or(0.0) * ms_per_tick)
            .collect();
        let time = |i: usize| v8::number(numbers.get(i).copied().unwrap_or(0.0));
        let times = v8::new_object();
        set(times, "user", time(0));
        set(times, "nice", time(1));
        set(times, "sys", time(2));
        set(times, "idle", time(3));
        set(times, "irq", time(5));
        let speed = std::fs::read_to_string(format!(
            "/sys/devices/system/cpu/cpu{n}/cpufreq/scaling_cur_freq"
        ))
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map_or(0.0, |khz| (khz / 1000.0).floor());
        let cpu = v8::new_object();
        let model = models
            .get(n)
            .or(models.first())
            .map_or("unknown", String::as_str);
        set(cpu, "model", string(model));
        set(cpu, "speed", v8::number(speed));
        set(cpu, "times", times);
        array
            .set_index(index, cpu)
            .map_err(crate::natives::thrown)?;
        index += 1;
    }
    Ok(array)
}

fn format_mac(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// `[{name, address, netmask, family, mac, internal, scopeid}]` from
/// getifaddrs (JS groups them by name and adds `cidr`).
fn interfaces() -> NativeResult {
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: `list` is a valid out-pointer; freed below with freeifaddrs.
    if unsafe { libc::getifaddrs(&mut list) } < 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(system_error(errno, "uv_interface_addresses"));
    }
    // First pass: MAC addresses (AF_PACKET entries) by interface name.
    let mut macs = std::collections::HashMap::new();
    let mut entries = Vec::new();
    let mut cursor = list;
    while !cursor.is_null() {
        // SAFETY: cursor walks the list getifaddrs returned, not yet freed.
        let entry = unsafe { &*cursor };
        cursor = entry.ifa_next;
        if entry.ifa_addr.is_null() || entry.ifa_name.is_null() {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated string in the list.
        let name = unsafe { CStr::from_ptr(entry.ifa_name) }
            .to_string_lossy()
            .into_owned();
        // SAFETY: ifa_addr is non-null and points to at least a sockaddr.
        let family = i32::from(unsafe { (*entry.ifa_addr).sa_family });
        let up = entry.ifa_flags & (libc::IFF_UP as u32) != 0
            && entry.ifa_flags & (libc::IFF_RUNNING as u32) != 0;
        if family == libc::AF_PACKET {
            // SAFETY: an AF_PACKET address is a sockaddr_ll.
            let ll = unsafe { &*entry.ifa_addr.cast::<libc::sockaddr_ll>() };
            let len = usize::from(ll.sll_halen).min(6);
            macs.insert(name, format_mac(&ll.sll_addr[..len]));
        } else if up && (family == libc::AF_INET || family == libc::AF_INET6) {
            let internal = entry.ifa_flags & (libc::IFF_LOOPBACK as u32) != 0;
            // SAFETY: for AF_INET/AF_INET6 the address and netmask (when
            // non-null) are sockaddr_in / sockaddr_in6 of that family.
            let (address, netmask, scope) = unsafe {
                if family == libc::AF_INET {
                    let v4 = |p: *const libc::sockaddr| {
                        let a = &*p.cast::<libc::sockaddr_in>();
                        std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)).to_string()
                    };
                    let mask = if entry.ifa_netmask.is_null() {
                        "0.0.0.0".to_string()
                    } else {
                        v4(entry.ifa_netmask)
                    };
                    (v4(entry.ifa_addr), mask, None)
                } else {
                    let v6 = |p: *const libc::sockaddr| {
                        let a = &*p.cast::<libc::sockaddr_in6>();
                        (
                            std::net::Ipv6Addr::from(a.sin6_addr.s6_addr).to_string(),
                            a.sin6_scope_id,
                        )
                    };
                    let mask = if entry.ifa_netmask.is_null() {
                        "::".to_string()
                    } else {
                        v6(entry.ifa_netmask).0
                    };
                    let (address, scope) = v6(entry.ifa_addr);
                    (address, mask, Some(scope))
                }
            };
            entries.push((name, address, netmask, family, internal, scope));
        }
    }
    // SAFETY: `list` came from getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(list) };
    let array = v8::new_array(entries.len());
    for (i, (name, address, netmask, family, internal, scope)) in entries.into_iter().enumerate() {
        let item = v8::new_object();
        set(item, "name", string(&name));
        set(item, "address", string(&address));
        set(item, "netmask", string(&netmask));
        let family = if family == libc::AF_INET {
            "IPv4"
        } else {
            "IPv6"
        };
        set(item, "family", string(family));
        let mac = macs
            .get(&name)
            .cloned()
            .unwrap_or_else(|| "00:00:00:00:00:00".into());
        set(item, "mac", string(&mac));
        set(item, "internal", v8::boolean(internal));
        if let Some(scope) = scope {
            set(item, "scopeid", v8::number(f64::from(scope)));
        }
        array
            .set_index(i as u32, item)
            .map_err(crate::natives::thrown)?;
    }
    Ok(array)
}
