//! Gives back the memory of libnode's dynamic-linking tables once the
//! dynamic linker is done with them.
//!
//! libnode.so.108 exports every V8 and Node.js symbol and is linked with
//! BIND_NOW, so while loading it the dynamic linker reads all of its first,
//! read-only segment (`.gnu.hash`, `.dynsym`, `.dynstr` and the relocation
//! tables: 8.6 MB) to bind some 38 000 slots — more than a quarter of a bare
//! nari's resident memory. After that the segment is needed only by later
//! symbol lookups (an addon's `dlopen`), which fault back in the few pages
//! they touch. The segment is a private, read-only file mapping that nothing
//! ever wrote, so `MADV_DONTNEED` merely unmaps its pages: reading them again
//! gives the file's bytes, as before.

use std::ffi::{c_int, c_void, CStr};

/// Releases the pages of libnode's read-only segment that starts at file
/// offset 0 (the one holding its symbol and relocation tables). Does nothing
/// if libnode is not loaded, or has text relocations (then the loader wrote
/// to its read-only segments). Call once, on any thread, after start-up.
pub fn release_libnode() {
    // SAFETY: dl_iterate_phdr calls `visit` synchronously with valid infos.
    unsafe { libc::dl_iterate_phdr(Some(visit), std::ptr::null_mut()) };
}

/// `dl_iterate_phdr` callback: releases the segment of the object that is
/// libnode; returns 1 (stop) once done.
unsafe extern "C" fn visit(
    info: *mut libc::dl_phdr_info,
    _size: usize,
    _data: *mut c_void,
) -> c_int {
    // SAFETY: the loader passes a valid info for the duration of the call.
    let info = unsafe { &*info };
    if info.dlpi_name.is_null() {
        return 0;
    }
    // SAFETY: dlpi_name is a NUL-terminated string owned by the loader.
    let name = unsafe { CStr::from_ptr(info.dlpi_name) }.to_bytes();
    if !name.windows(11).any(|part| part == b"libnode.so.") {
        return 0;
    }
    // SAFETY: dlpi_phdr points at dlpi_phnum program headers of the object.
    let headers = unsafe { std::slice::from_raw_parts(info.dlpi_phdr, info.dlpi_phnum.into()) };
    if has_text_relocations(info.dlpi_addr, headers) {
        return 1;
    }
    let page = page_size();
    for header in headers {
        let read_only = header.p_flags & (libc::PF_R | libc::PF_W | libc::PF_X) == libc::PF_R;
        if header.p_type != libc::PT_LOAD || header.p_offset != 0 || !read_only {
            continue;
        }
        let start = (info.dlpi_addr as usize + header.p_vaddr as usize).next_multiple_of(page);
        let end =
            (info.dlpi_addr as usize + (header.p_vaddr + header.p_filesz) as usize) / page * page;
        if end > start {
            // SAFETY: [start, end) lies inside a clean, read-only, private
            // file mapping of libnode (see the module docs): dropping its
            // pages loses nothing, and nothing holds Rust references into it.
            unsafe { libc::madvise(start as *mut c_void, end - start, libc::MADV_DONTNEED) };
        }
    }
    1
}

/// Whether the object's dynamic section asks for text relocations.
fn has_text_relocations(base: libc::Elf64_Addr, headers: &[libc::Elf64_Phdr]) -> bool {
    const DT_TEXTREL: i64 = 22;
    const DT_FLAGS: i64 = 30;
    const DF_TEXTREL: u64 = 0x4;
    let Some(dynamic) = headers.iter().find(|h| h.p_type == libc::PT_DYNAMIC) else {
        return true;
    };
    let mut entry = (base + dynamic.p_vaddr) as *const [u64; 2];
    loop {
        // SAFETY: PT_DYNAMIC of a loaded object is mapped and ends with DT_NULL.
        let [tag, value] = unsafe { entry.read() };
        match tag as i64 {
            0 => return false,
            DT_TEXTREL => return true,
            DT_FLAGS if value & DF_TEXTREL != 0 => return true,
            _ => {}
        }
        // SAFETY: not yet at DT_NULL, so the next entry exists.
        entry = unsafe { entry.add(1) };
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if size > 0 {
        size as usize
    } else {
        4096
    }
}
