//! BigInts, Dates, Symbols, the ECMAScript coercions, property-key strings and
//! external strings (whose characters live in addon memory).
//!
//! Coercions can run JavaScript (`valueOf`, `toString`, `Symbol.toPrimitive`)
//! and return `Result<_, Exception>`; everything else runs none.

use std::ffi::c_void;
use std::os::raw::{c_char, c_int};

use super::{catching_local, Exception, Local, MAX_STRING_LENGTH};

/// Called by V8 — possibly inside GC — once it no longer needs an external
/// string's characters; gets the token given at creation. Must only queue.
pub type Release = unsafe extern "C" fn(token: *mut c_void);

mod ffi {
    use super::*;
    extern "C" {
        pub fn nari_v8__Value__IsBigInt(value: Local) -> bool;
        pub fn nari_v8__Value__IsDate(value: Local) -> bool;
        pub fn nari_v8__Value__IsSymbol(value: Local) -> bool;

        pub fn nari_v8__BigInt__New(value: i64) -> Local;
        pub fn nari_v8__BigInt__NewFromUnsigned(value: u64) -> Local;
        pub fn nari_v8__BigInt__NewFromWords(
            sign_bit: c_int,
            word_count: c_int,
            words: *const u64,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__BigInt__Int64Value(value: Local, lossless: *mut bool) -> i64;
        pub fn nari_v8__BigInt__Uint64Value(value: Local, lossless: *mut bool) -> u64;
        pub fn nari_v8__BigInt__WordCount(value: Local) -> c_int;
        pub fn nari_v8__BigInt__ToWordsArray(
            value: Local,
            sign_bit: *mut c_int,
            word_count: *mut c_int,
            words: *mut u64,
        );

        pub fn nari_v8__Date__New(
            time: f64,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Date__ValueOf(date: Local) -> f64;

        pub fn nari_v8__Symbol__New(description: Option<Local>) -> Local;
        pub fn nari_v8__Symbol__For(description: Local) -> Local;

        pub fn nari_v8__Value__ToBoolean(value: Local) -> Local;
        pub fn nari_v8__Value__ToNumber(
            value: Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Value__ToString(
            value: Local,
            result: *mut Option<Local>,
            exc: *mut Exception,
        ) -> bool;

        pub fn nari_v8__String__NewInternalizedOneByte(
            data: *const u8,
            length: c_int,
        ) -> Option<Local>;
        pub fn nari_v8__String__NewInternalizedTwoByte(
            data: *const u16,
            length: c_int,
        ) -> Option<Local>;
        pub fn nari_v8__String__NewExternalOneByte(
            data: *const c_char,
            length: usize,
            release: Release,
            token: *mut c_void,
        ) -> Option<Local>;
        pub fn nari_v8__String__NewExternalTwoByte(
            data: *const u16,
            length: usize,
            release: Release,
            token: *mut c_void,
        ) -> Option<Local>;
    }
}

// SAFETY (whole module, unless a block says more): every shim is called on the
// JS thread inside `run` with live handles; receivers have the type the shim
// casts to (callers check with the predicates); out-pointers are locals here.

impl Local {
    pub fn is_bigint(self) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__IsBigInt(self) }
    }
    pub fn is_date(self) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__IsDate(self) }
    }
    pub fn is_symbol(self) -> bool {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__IsSymbol(self) }
    }
}

// ---- BigInt ----

pub fn bigint_from_i64(value: i64) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__BigInt__New(value) }
}
pub fn bigint_from_u64(value: u64) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__BigInt__NewFromUnsigned(value) }
}
/// A BigInt from 64-bit words, least significant first; negative when
/// `sign_bit` is non-zero. Throws a RangeError beyond V8's maximum BigInt size.
pub fn bigint_from_words(sign_bit: c_int, words: &[u64]) -> Result<Local, Exception> {
    let count = c_int::try_from(words.len()).expect("callers limit word counts to INT_MAX");
    // SAFETY: see module comment; V8 reads exactly `count` words.
    catching_local(|result, exc| unsafe {
        ffi::nari_v8__BigInt__NewFromWords(sign_bit, count, words.as_ptr(), result, exc)
    })
}

impl Local {
    /// The value modulo 2^64 as i64, and whether that lost nothing. Only for BigInts.
    pub fn bigint_i64(self) -> (i64, bool) {
        let mut lossless = false;
        // SAFETY: see module comment.
        let value = unsafe { ffi::nari_v8__BigInt__Int64Value(self, &mut lossless) };
        (value, lossless)
    }
    /// The value modulo 2^64 as u64, and whether that lost nothing. Only for BigInts.
    pub fn bigint_u64(self) -> (u64, bool) {
        let mut lossless = false;
        // SAFETY: see module comment.
        let value = unsafe { ffi::nari_v8__BigInt__Uint64Value(self, &mut lossless) };
        (value, lossless)
    }
    /// How many 64-bit words the magnitude needs (0 for 0n). Only for BigInts.
    pub fn bigint_word_count(self) -> usize {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__BigInt__WordCount(self) as usize }
    }
    /// V8's `ToWordsArray`: writes the sign (0 or 1) and the first
    /// `min(capacity, needed)` words (none when `capacity <= 0`); returns the
    /// number of words the whole value needs. Only for BigInts.
    ///
    /// # Safety
    /// `words` must be valid for writing `capacity` words when `capacity > 0`.
    pub unsafe fn bigint_to_words(self, capacity: c_int, words: *mut u64) -> (c_int, c_int) {
        let (mut sign, mut count) = (0, capacity);
        // SAFETY: see module comment; per the caller's guarantee for `words`.
        unsafe { ffi::nari_v8__BigInt__ToWordsArray(self, &mut sign, &mut count, words) };
        (sign, count)
    }
}

// ---- Date ----

/// A Date with time value `time` (ms since the epoch; clipped to NaN out of range).
pub fn new_date(time: f64) -> Result<Local, Exception> {
    // SAFETY: see module comment.
    catching_local(|result, exc| unsafe { ffi::nari_v8__Date__New(time, result, exc) })
}

impl Local {
    /// The time value of a Date. Only for Dates.
    pub fn date_value(self) -> f64 {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Date__ValueOf(self) }
    }
}

// ---- Symbol ----

/// A new unique symbol; `description` must be a string if given.
pub fn new_symbol(description: Option<Local>) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Symbol__New(description) }
}
/// `Symbol.for(description)`; `description` must be a string.
pub fn symbol_for(description: Local) -> Local {
    // SAFETY: see module comment.
    unsafe { ffi::nari_v8__Symbol__For(description) }
}

// ---- coercions ----

impl Local {
    /// ECMAScript ToBoolean (never runs JS).
    pub fn to_boolean(self) -> Local {
        // SAFETY: see module comment.
        unsafe { ffi::nari_v8__Value__ToBoolean(self) }
    }
    /// ECMAScript ToNumber: may run `valueOf`/`toString`; throws for symbols and BigInts.
    pub fn to_number(self) -> Result<Local, Exception> {
        // SAFETY: see module comment.
        catching_local(|result, exc| unsafe { ffi::nari_v8__Value__ToNumber(self, result, exc) })
    }
    /// ECMAScript ToString: may run `toString`/`valueOf`; throws for symbols.
    pub fn to_js_string(self) -> Result<Local, Exception> {
        // SAFETY: see module comment.
        catching_local(|result, exc| unsafe { ffi::nari_v8__Value__ToString(self, result, exc) })
    }
}

// ---- property keys (internalized strings); None when V8 refuses ----

pub fn property_key_latin1(bytes: &[u8]) -> Option<Local> {
    let length = c_int::try_from(bytes.len()).ok()?;
    // SAFETY: see module comment; V8 copies exactly `length` bytes.
    unsafe { ffi::nari_v8__String__NewInternalizedOneByte(bytes.as_ptr(), length) }
}
pub fn property_key_utf8(bytes: &[u8]) -> Option<Local> {
    let length = c_int::try_from(bytes.len()).ok()?;
    // SAFETY: see module comment; V8 copies exactly `length` bytes.
    unsafe { super::ffi::nari_v8__String__NewInternalized(bytes.as_ptr().cast(), length) }
}
/// As [`property_key_utf8`], for a NUL-terminated name.
///
/// # Safety
/// `name` must be a valid NUL-terminated string.
pub unsafe fn property_key_cstr(name: *const std::os::raw::c_char) -> Option<Local> {
    // SAFETY: see module comment; V8 reads up to the NUL (per the caller).
    unsafe { super::ffi::nari_v8__String__NewInternalizedFromCString(name) }
}
pub fn property_key_utf16(units: &[u16]) -> Option<Local> {
    let length = c_int::try_from(units.len()).ok()?;
    // SAFETY: see module comment; V8 copies exactly `length` units.
    unsafe { ffi::nari_v8__String__NewInternalizedTwoByte(units.as_ptr(), length) }
}

// ---- external strings ----

/// A string whose Latin-1 characters V8 reads in place from `data`. When V8
/// no longer needs them it calls `release(token)` exactly once (possibly
/// inside GC, or when the isolate is disposed). `None`, with `release` never
/// called, when the text is empty or longer than V8 accepts.
///
/// # Safety
/// `data` must stay valid and unchanged for `len` bytes until `release` runs.
pub unsafe fn external_string_latin1(
    data: *const u8,
    len: usize,
    release: Release,
    token: *mut c_void,
) -> Option<Local> {
    if data.is_null() || len == 0 || len > MAX_STRING_LENGTH {
        return None;
    }
    // SAFETY: see module comment; non-empty, in range, and valid per the
    // caller's guarantee, so V8 takes the resource.
    unsafe { ffi::nari_v8__String__NewExternalOneByte(data.cast(), len, release, token) }
}

/// The UTF-16 counterpart of [`external_string_latin1`] (`len` in code units).
///
/// # Safety
/// As [`external_string_latin1`], for `len` units.
pub unsafe fn external_string_utf16(
    data: *const u16,
    len: usize,
    release: Release,
    token: *mut c_void,
) -> Option<Local> {
    if data.is_null() || len == 0 || len > MAX_STRING_LENGTH {
        return None;
    }
    // SAFETY: as in `external_string_latin1`.
    unsafe { ffi::nari_v8__String__NewExternalTwoByte(data, len, release, token) }
}
