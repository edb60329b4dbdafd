//! Strings.

use super::{ffi, Local};
use std::os::raw::c_int;

/// Largest length V8 accepts for a new string (`v8::String::kMaxLength` on 64-bit).
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

// SAFETY (whole module): the shims read exactly `length` units from the given
// pointers, run no JavaScript, and are called on the JS thread inside `run`.

/// A string from UTF-8 bytes (invalid sequences become U+FFFD). None if too long.
pub fn string_from_utf8(bytes: &[u8]) -> Option<Local> {
    if bytes.len() > c_int::MAX as usize {
        return None;
    }
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__String__NewFromUtf8(bytes.as_ptr().cast(), bytes.len() as c_int) }
}
pub fn string_from_latin1(bytes: &[u8]) -> Option<Local> {
    if bytes.len() > c_int::MAX as usize {
        return None;
    }
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__String__NewFromOneByte(bytes.as_ptr(), bytes.len() as c_int) }
}
pub fn string_from_utf16(units: &[u16]) -> Option<Local> {
    if units.len() > c_int::MAX as usize {
        return None;
    }
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__String__NewFromTwoByte(units.as_ptr(), units.len() as c_int) }
}
/// An internalized (deduplicated) string: for property names.
pub fn internalized_string(text: &str) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__String__NewInternalized(text.as_ptr().cast(), text.len() as c_int) }
        .expect("internal names are short")
}

impl Local {
    /// Length in UTF-16 units. Only for strings.
    pub fn string_length(self) -> usize {
        // SAFETY: see module comment; callers check is_string.
        unsafe { ffi::nari_v8__String__Length(self) as usize }
    }
    pub fn utf8_length(self) -> usize {
        // SAFETY: see module comment; callers check is_string.
        unsafe { ffi::nari_v8__String__Utf8Length(self) as usize }
    }
    /// Writes whole UTF-8 characters into `buffer`; returns bytes written.
    pub fn write_utf8(self, buffer: &mut [u8]) -> usize {
        let capacity = buffer.len().min(c_int::MAX as usize) as c_int;
        // SAFETY: see module comment; at most `capacity` bytes are written.
        unsafe {
            ffi::nari_v8__String__WriteUtf8(self, buffer.as_mut_ptr().cast(), capacity) as usize
        }
    }
    pub fn write_latin1(self, buffer: &mut [u8]) -> usize {
        let capacity = buffer.len().min(c_int::MAX as usize) as c_int;
        // SAFETY: see module comment; at most `capacity` bytes are written.
        unsafe { ffi::nari_v8__String__WriteOneByte(self, buffer.as_mut_ptr(), capacity) as usize }
    }
    pub fn write_utf16(self, buffer: &mut [u16]) -> usize {
        let capacity = buffer.len().min(c_int::MAX as usize) as c_int;
        // SAFETY: see module comment; at most `capacity` units are written.
        unsafe { ffi::nari_v8__String__Write(self, buffer.as_mut_ptr(), capacity) as usize }
    }
    /// The string as Rust text (lossy); empty for values that are not strings.
    pub fn to_rust_string(self) -> String {
        if !self.is_string() {
            return String::new();
        }
        let mut buffer = vec![0u8; self.utf8_length()];
        let written = self.write_utf8(&mut buffer);
        buffer.truncate(written);
        String::from_utf8(buffer)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}
