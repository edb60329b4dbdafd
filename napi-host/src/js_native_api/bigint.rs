//! BigInts: creation from 64-bit integers and from words, and reading back.
//!
//! Words are 64-bit, least significant first; the sign is separate (any
//! non-zero `sign_bit` means negative). Reading follows V8's `ToWordsArray`,
//! as Node does: `*word_count` is the buffer's capacity on input and the
//! number of words the whole value needs on output, so a short buffer
//! receives only the low words.

use std::os::raw::c_int;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, NapiResult};
use crate::v8::{self, Local};

/// Requires a BigInt: other values give `napi_bigint_expected`.
fn bigint(value: Local) -> NapiResult<Local> {
    if value.is_bigint() {
        Ok(value)
    } else {
        Err(napi_bigint_expected)
    }
}

napi_fn! {
    fn napi_create_bigint_int64(_env, value: i64, result: *mut napi_value) {
        out(result)?.set(v8::bigint_from_i64(value).to_napi());
        Ok(())
    }
}

napi_fn! {
    fn napi_create_bigint_uint64(_env, value: u64, result: *mut napi_value) {
        out(result)?.set(v8::bigint_from_u64(value).to_napi());
        Ok(())
    }
}

napi_fn! {
    /// A BigInt from `word_count` words (copied). `words` must not be NULL,
    /// even for zero words; more than INT_MAX words is `napi_invalid_arg`; a
    /// value too large for V8 leaves a RangeError pending.
    js fn napi_create_bigint_words(
        env,
        sign_bit: c_int,
        word_count: usize,
        words: *const u64,
        result: *mut napi_value,
    ) {
        if words.is_null() {
            return Err(napi_invalid_arg);
        }
        let result = out(result)?;
        if word_count > c_int::MAX as usize {
            return Err(napi_invalid_arg);
        }
        // SAFETY: the caller provides `word_count` readable words.
        let words = std::slice::from_raw_parts(words, word_count);
        result.set(env.js(v8::bigint_from_words(sign_bit, words))?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// The value as i64 (wrapping modulo 2^64); `*lossless` says whether it fit.
    fn napi_get_value_bigint_int64(_env, value: napi_value, result: *mut i64, lossless: *mut bool) {
        let (value, result, lossless) = (arg(value)?, out(result)?, out(lossless)?);
        let (value, fit) = bigint(value)?.bigint_i64();
        result.set(value);
        lossless.set(fit);
        Ok(())
    }
}

napi_fn! {
    /// The value as u64 (wrapping modulo 2^64); `*lossless` says whether it fit.
    fn napi_get_value_bigint_uint64(_env, value: napi_value, result: *mut u64, lossless: *mut bool) {
        let (value, result, lossless) = (arg(value)?, out(result)?, out(lossless)?);
        let (value, fit) = bigint(value)?.bigint_u64();
        result.set(value);
        lossless.set(fit);
        Ok(())
    }
}

napi_fn! {
    /// With `sign_bit` and `words` both NULL: `*word_count` <- words needed.
    /// Otherwise both are required: `*sign_bit` <- 0 or 1, the first
    /// `*word_count` words are written, and `*word_count` <- words needed.
    fn napi_get_value_bigint_words(
        _env,
        value: napi_value,
        sign_bit: *mut c_int,
        word_count: *mut usize,
        words: *mut u64,
    ) {
        let value = arg(value)?;
        if word_count.is_null() {
            return Err(napi_invalid_arg);
        }
        let value = bigint(value)?;
        if sign_bit.is_null() && words.is_null() {
            out(word_count)?.set(value.bigint_word_count());
            return Ok(());
        }
        let sign_out = out(sign_bit)?;
        if words.is_null() {
            return Err(napi_invalid_arg);
        }
        // Node hands the capacity to V8 as an `int` (truncating), so do we.
        // SAFETY: word_count checked non-NULL above.
        let capacity = word_count.read() as c_int;
        // SAFETY: the caller provides `*word_count` writable words.
        let (sign, needed) = value.bigint_to_words(capacity, words);
        sign_out.set(sign);
        out(word_count)?.set(needed as usize);
        Ok(())
    }
}
