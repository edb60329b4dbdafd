//! Checks a `.node` file before `dlopen`: it must be a complete 64-bit x86-64
//! ELF shared object (a truncated file would make the dynamic loader fault),
//! and it must not import V8 or Node C++ symbols (a V8-ABI addon).

use std::fs;
use std::path::Path;

const ET_DYN: u16 = 3;
const EM_X86_64: u16 = 62;
const PT_LOAD: u32 = 1;
const SHT_DYNSYM: u32 = 11;

/// Mangled-name prefixes of the V8 (`v8::`) and Node (`node::`) C++ APIs.
const CXX_ABI_PREFIXES: &[&str] = &["_ZN2v8", "_ZNK2v8", "_ZN4node", "_ZNK4node"];

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
fn u64_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?) as usize)
}

/// Why a file cannot be loaded as an addon.
#[derive(Debug)]
pub enum Refusal {
    NotElf(String),
    CxxAbi(Vec<String>),
}

/// Validates `path`; `Ok` means it is safe to hand to `dlopen`.
pub fn check(path: &Path) -> Result<(), Refusal> {
    let bytes = fs::read(path).map_err(|e| Refusal::NotElf(e.to_string()))?;
    let bad = |what: &str| Refusal::NotElf(what.to_string());
    if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" {
        return Err(bad("invalid ELF header"));
    }
    if bytes[4] != 2 || bytes[5] != 1 {
        return Err(bad("not a 64-bit little-endian ELF file"));
    }
    if u16_at(&bytes, 16) != Some(ET_DYN) {
        return Err(bad("not a shared object"));
    }
    if u16_at(&bytes, 18) != Some(EM_X86_64) {
        return Err(bad("built for another machine (not x86-64)"));
    }
    let truncated = || bad("file is truncated");
    let (phoff, phentsize, phnum) = (
        u64_at(&bytes, 32).unwrap(),
        u16_at(&bytes, 54).unwrap() as usize,
        u16_at(&bytes, 56).unwrap() as usize,
    );
    for i in 0..phnum {
        let ph = phoff + i * phentsize;
        let kind = u32_at(&bytes, ph).ok_or_else(truncated)?;
        let (offset, filesz) = (
            u64_at(&bytes, ph + 8).ok_or_else(truncated)?,
            u64_at(&bytes, ph + 32).ok_or_else(truncated)?,
        );
        if kind == PT_LOAD
            && offset
                .checked_add(filesz)
                .is_none_or(|end| end > bytes.len())
        {
            return Err(truncated());
        }
    }
    let imports = cxx_imports(&bytes).ok_or_else(truncated)?;
    if imports.is_empty() {
        Ok(())
    } else {
        Err(Refusal::CxxAbi(imports))
    }
}

/// Undefined dynamic symbols with a V8/Node C++ name (at most a few).
fn cxx_imports(b: &[u8]) -> Option<Vec<String>> {
    let (shoff, shentsize, shnum) = (
        u64_at(b, 40)?,
        u16_at(b, 58)? as usize,
        u16_at(b, 60)? as usize,
    );
    let section = |i: usize| shoff + i * shentsize;
    let mut found = Vec::new();
    for i in 0..shnum {
        let sh = section(i);
        if u32_at(b, sh + 4)? != SHT_DYNSYM {
            continue;
        }
        let (offset, size, entsize) = (
            u64_at(b, sh + 24)?,
            u64_at(b, sh + 32)?,
            u64_at(b, sh + 56)?.max(24),
        );
        let strtab = section(u32_at(b, sh + 40)? as usize);
        let (str_offset, str_size) = (u64_at(b, strtab + 24)?, u64_at(b, strtab + 32)?);
        let strings = b.get(str_offset..str_offset.checked_add(str_size)?)?;
        for s in 0..size / entsize {
            let sym = offset + s * entsize;
            let (name, shndx) = (u32_at(b, sym)? as usize, u16_at(b, sym + 6)?);
            if shndx != 0 {
                continue;
            }
            let name = strings.get(name..)?;
            let name = String::from_utf8_lossy(
                &name[..name.iter().position(|&c| c == 0).unwrap_or(name.len())],
            );
            if CXX_ABI_PREFIXES.iter().any(|p| name.starts_with(p)) && found.len() < 3 {
                found.push(name.into_owned());
            }
        }
    }
    Some(found)
}
