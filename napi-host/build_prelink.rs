//! Binds libnode's references to its own V8 and Node.js functions ahead of
//! time, in nari's private copy of the library.
//!
//! Debian's libnode.so.108 exports every V8 and Node.js symbol and is linked
//! with BIND_NOW, so each process start made the dynamic linker look up some
//! 50 000 of them by name (hash, chain walk, string compare) only to find
//! them in libnode itself: 9 ms, three quarters of starting an empty program
//! linked with libnode. For a function in the `v8::` or `node::` namespace
//! defined in libnode the lookup has no other answer worth having: only
//! libnode defines such functions, except the inline ones of V8's headers,
//! of which the executable may hold (weak, identical) copies of its own —
//! binding libnode to its own copy of a function changes nothing it does.
//! Objects are left alone unless strong, since two copies of a weak object
//! (a static local of an inline function) would split its state. Each such
//! relocation is rewritten to `R_X86_64_RELATIVE` with the symbol's offset
//! as its addend — what the lookup would have produced — so the loader adds
//! the load address instead of searching. The library's code and symbol
//! tables are not changed.
//!
//! Only the copy under `target/nari-deps` is patched (never a system file);
//! patching is idempotent (a patched relocation no longer names a symbol).

use std::fs;
use std::path::Path;

const PT_LOAD: u32 = 1;
const PT_DYNAMIC: u32 = 2;
const DT_NULL: i64 = 0;
const DT_PLTRELSZ: i64 = 2;
const DT_STRTAB: i64 = 5;
const DT_SYMTAB: i64 = 6;
const DT_RELA: i64 = 7;
const DT_RELASZ: i64 = 8;
const DT_TEXTREL: i64 = 22;
const DT_JMPREL: i64 = 23;
const R_X86_64_64: u32 = 1;
const R_X86_64_GLOB_DAT: u32 = 6;
const R_X86_64_JUMP_SLOT: u32 = 7;
const R_X86_64_RELATIVE: u32 = 8;
const STB_GLOBAL: u8 = 1;
const STB_WEAK: u8 = 2;
const STT_OBJECT: u8 = 1;
const STT_FUNC: u8 = 2;
const SYMBOL_SIZE: usize = 24;
const RELA_SIZE: usize = 24;

/// Mangled-name prefixes of the namespaces only libnode defines.
const OWN_NAMESPACES: &[&str] = &["_ZN2v8", "_ZNK2v8", "_ZN4node", "_ZNK4node"];

/// Patches `library` in place; returns how many relocations were rewritten.
/// A file that is not the 64-bit little-endian x86-64 shared object this
/// expects is left untouched (0).
pub fn prelink(library: &Path) -> std::io::Result<usize> {
    let mut elf = fs::read(library)?;
    let Some(patched) = rewrite(&mut elf) else {
        return Ok(0);
    };
    if patched > 0 {
        let temporary = library.with_extension("prelinking");
        fs::write(&temporary, &elf)?;
        fs::rename(&temporary, library)?;
    }
    Ok(patched)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// The relocation tables' symbol-bound entries, rewritten where the symbol
/// is one of libnode's own (see the module docs). None: not an ELF this
/// understands, or one with text relocations.
fn rewrite(elf: &mut [u8]) -> Option<usize> {
    // ELF64, little-endian, x86-64 (EM_X86_64 = 62).
    if elf.get(..6)? != b"\x7fELF\x02\x01" || u16_at(elf, 18)? != 62 {
        return None;
    }
    let phoff = usize::try_from(u64_at(elf, 32)?).ok()?;
    let phentsize = usize::from(u16_at(elf, 54)?);
    let phnum = usize::from(u16_at(elf, 56)?);
    // (vaddr, offset, filesz) of each PT_LOAD, and the dynamic section.
    let mut loads = Vec::new();
    let mut dynamic = None;
    for i in 0..phnum {
        let h = phoff + i * phentsize;
        let kind = u32_at(elf, h)?;
        let (offset, vaddr, filesz) = (
            u64_at(elf, h + 8)?,
            u64_at(elf, h + 16)?,
            u64_at(elf, h + 32)?,
        );
        if kind == PT_LOAD {
            loads.push((vaddr, offset, filesz));
        } else if kind == PT_DYNAMIC {
            dynamic = Some((offset, filesz));
        }
    }
    let to_offset = |vaddr: u64| -> Option<usize> {
        let (base, offset, _) = loads
            .iter()
            .find(|(v, _, size)| (*v..*v + *size).contains(&vaddr))?;
        usize::try_from(vaddr - base + offset).ok()
    };
    let (dyn_offset, dyn_size) = dynamic?;
    let tag = |wanted: i64| -> Option<u64> {
        let mut at = usize::try_from(dyn_offset).ok()?;
        let end = at + usize::try_from(dyn_size).ok()?;
        while at + 16 <= end {
            let t = u64_at(elf, at)? as i64;
            if t == DT_NULL {
                return None;
            }
            if t == wanted {
                return u64_at(elf, at + 8);
            }
            at += 16;
        }
        None
    };
    if tag(DT_TEXTREL).is_some() {
        return None;
    }
    let symtab = to_offset(tag(DT_SYMTAB)?)?;
    let strtab = to_offset(tag(DT_STRTAB)?)?;
    let tables = [
        (tag(DT_RELA), tag(DT_RELASZ)),
        (tag(DT_JMPREL), tag(DT_PLTRELSZ)),
    ];
    let mut patched = 0;
    for (start, size) in tables {
        let (Some(start), Some(size)) = (start, size) else {
            continue;
        };
        let start = to_offset(start)?;
        let count = usize::try_from(size).ok()? / RELA_SIZE;
        for i in 0..count {
            let entry = start + i * RELA_SIZE;
            let info = u64_at(elf, entry + 8)?;
            let (symbol, kind) = ((info >> 32) as usize, info as u32);
            if symbol == 0 || !matches!(kind, R_X86_64_64 | R_X86_64_GLOB_DAT | R_X86_64_JUMP_SLOT)
            {
                continue;
            }
            let sym = symtab + symbol * SYMBOL_SIZE;
            let name_offset = u32_at(elf, sym)? as usize;
            let st_info = *elf.get(sym + 4)?;
            let section = u16_at(elf, sym + 6)?;
            let value = u64_at(elf, sym + 8)?;
            let bindable = section != 0
                && matches!(
                    (st_info >> 4, st_info & 0xf),
                    (STB_GLOBAL, STT_FUNC | STT_OBJECT) | (STB_WEAK, STT_FUNC)
                );
            if !bindable {
                continue;
            }
            let name = elf.get(strtab + name_offset..)?;
            if !OWN_NAMESPACES
                .iter()
                .any(|p| name.starts_with(p.as_bytes()))
            {
                continue;
            }
            // S + A for R_X86_64_64; S for GLOB_DAT and JUMP_SLOT.
            let addend = if kind == R_X86_64_64 {
                u64_at(elf, entry + 16)?
            } else {
                0
            };
            let relative = u64::from(R_X86_64_RELATIVE);
            elf.get_mut(entry + 8..entry + 16)?
                .copy_from_slice(&relative.to_le_bytes());
            elf.get_mut(entry + 16..entry + 24)?
                .copy_from_slice(&value.wrapping_add(addend).to_le_bytes());
            patched += 1;
        }
    }
    Some(patched)
}
