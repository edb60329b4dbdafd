//! Natives of the `crypto` builtin: message digests (md5, sha1, sha2) and
//! HMACs over them, kept as incremental states in a table keyed by a number
//! the JS side holds, and random bytes from the OS.

use std::cell::RefCell;
use std::collections::HashMap;

use hmac::{Hmac, Mac};
use napi_host::v8::{self, ErrorKind, Local};
use napi_host::NativeCall;
use sha2::digest::{FixedOutput, Update};

use crate::natives::error;

type NativeResult = Result<Local, Local>;

/// A hash or HMAC in progress.
trait Hasher {
    fn feed(&mut self, data: &[u8]);
    fn finish(self: Box<Self>) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn Hasher>;
}

impl<T: Update + FixedOutput + Clone + 'static> Hasher for T {
    fn feed(&mut self, data: &[u8]) {
        Update::update(self, data);
    }
    fn finish(self: Box<Self>) -> Vec<u8> {
        self.finalize_fixed().to_vec()
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
}

/// The states in progress by id, and the last id given out.
#[derive(Default)]
struct States {
    last_id: u32,
    map: HashMap<u32, Box<dyn Hasher>>,
}

thread_local! {
    static STATES: RefCell<States> = RefCell::new(States::default());
}

fn store(hasher: Box<dyn Hasher>) -> Local {
    STATES.with(|states| {
        let mut states = states.borrow_mut();
        states.last_id = states.last_id.wrapping_add(1);
        let id = states.last_id;
        states.map.insert(id, hasher);
        v8::number(f64::from(id))
    })
}

/// The canonical name of a digest node accepts (case-insensitive, with
/// OpenSSL's aliases), or None.
fn canonical(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_prefix("rsa-").unwrap_or(&lower);
    Some(match lower {
        "md5" => "md5",
        "sha1" | "sha-1" => "sha1",
        "sha224" | "sha-224" | "sha2-224" => "sha224",
        "sha256" | "sha-256" | "sha2-256" => "sha256",
        "sha384" | "sha-384" | "sha2-384" => "sha384",
        "sha512" | "sha-512" | "sha2-512" => "sha512",
        _ => return None,
    })
}

fn new_hash(name: &str) -> Option<Box<dyn Hasher>> {
    Some(match canonical(name)? {
        "md5" => Box::new(md5::Md5::default()),
        "sha1" => Box::new(sha1::Sha1::default()),
        "sha224" => Box::new(sha2::Sha224::default()),
        "sha256" => Box::new(sha2::Sha256::default()),
        "sha384" => Box::new(sha2::Sha384::default()),
        _ => Box::new(sha2::Sha512::default()),
    })
}

fn new_hmac(name: &str, key: &[u8]) -> Option<Box<dyn Hasher>> {
    fn make<M: Mac + hmac::digest::KeyInit + Update + FixedOutput + Clone + 'static>(
        key: &[u8],
    ) -> Box<dyn Hasher> {
        Box::new(
            <M as hmac::digest::KeyInit>::new_from_slice(key)
                .expect("HMAC takes keys of any length"),
        )
    }
    Some(match canonical(name)? {
        "md5" => make::<Hmac<md5::Md5>>(key),
        "sha1" => make::<Hmac<sha1::Sha1>>(key),
        "sha224" => make::<Hmac<sha2::Sha224>>(key),
        "sha256" => make::<Hmac<sha2::Sha256>>(key),
        "sha384" => make::<Hmac<sha2::Sha384>>(key),
        _ => make::<Hmac<sha2::Sha512>>(key),
    })
}

/// The bytes of an ArrayBufferView argument, copied (or an error).
fn bytes_arg(call: &NativeCall, i: usize, native: &str) -> Result<Vec<u8>, Local> {
    let value = call.arg(i);
    if !value.is_typed_array() && !value.is_data_view() {
        return Err(error(
            ErrorKind::TypeError,
            &format!("{native}: argument {i} must be an ArrayBufferView"),
            Some("ERR_INVALID_ARG_TYPE"),
        ));
    }
    Ok(with_view(value, |bytes| bytes.to_vec()))
}

/// Runs `f` over the bytes a view covers.
fn with_view<R>(view: Local, f: impl FnOnce(&mut [u8]) -> R) -> R {
    let buffer = view.view_buffer();
    let data = buffer.buffer_data();
    let length = view.view_byte_length();
    if data.is_null() || length == 0 {
        return f(&mut []);
    }
    // SAFETY: `data` is the live backing store of the view's buffer (V8 keeps
    // it while the handle is alive and no JS runs inside `f`); the view's
    // offset and length lie inside that store, as V8 guarantees for views.
    let bytes = unsafe {
        std::slice::from_raw_parts_mut(data.cast::<u8>().add(view.view_byte_offset()), length)
    };
    f(bytes)
}

/// An ArrayBuffer holding `bytes`.
fn array_buffer(bytes: &[u8]) -> NativeResult {
    v8::array_buffer_from(bytes).ok_or_else(|| {
        error(
            ErrorKind::RangeError,
            "Array buffer allocation failed",
            None,
        )
    })
}

fn id_arg(call: &NativeCall) -> u32 {
    call.arg(0).uint32_value()
}

/// hashCreate(algorithm, key?): a hash state's id, or undefined when the
/// algorithm is unknown. With `key` (an ArrayBufferView), an HMAC.
pub fn hash_create(call: &NativeCall) -> NativeResult {
    let name = call.arg(0);
    if !name.is_string() {
        return Ok(v8::undefined());
    }
    let name = name.to_rust_string();
    let key = call.arg(1);
    let hasher = if key.is_typed_array() || key.is_data_view() {
        new_hmac(&name, &bytes_arg(call, 1, "hashCreate")?)
    } else {
        new_hash(&name)
    };
    Ok(hasher.map_or_else(v8::undefined, store))
}

/// hashUpdate(id, view): feeds bytes to a state.
pub fn hash_update(call: &NativeCall) -> NativeResult {
    let id = id_arg(call);
    let view = call.arg(1);
    if !view.is_typed_array() && !view.is_data_view() {
        return Err(error(ErrorKind::TypeError, "hashUpdate(id, view)", None));
    }
    STATES.with(|states| {
        if let Some(hasher) = states.borrow_mut().map.get_mut(&id) {
            with_view(view, |bytes| hasher.feed(bytes));
        }
    });
    Ok(v8::undefined())
}

/// hashDigest(id): the digest as an ArrayBuffer; the state is gone after.
pub fn hash_digest(call: &NativeCall) -> NativeResult {
    let id = id_arg(call);
    let hasher = STATES.with(|states| states.borrow_mut().map.remove(&id));
    match hasher {
        Some(hasher) => array_buffer(&hasher.finish()),
        None => Err(error(
            ErrorKind::Error,
            "Digest already called",
            Some("ERR_CRYPTO_HASH_FINALIZED"),
        )),
    }
}

/// hashCopy(id): a new state with the same input so far.
pub fn hash_copy(call: &NativeCall) -> NativeResult {
    let id = id_arg(call);
    let copy = STATES.with(|states| states.borrow().map.get(&id).map(|h| h.boxed_clone()));
    Ok(copy.map_or_else(v8::undefined, store))
}

/// hashFree(id): drops a state never digested.
pub fn hash_free(call: &NativeCall) -> NativeResult {
    let id = id_arg(call);
    STATES.with(|states| states.borrow_mut().map.remove(&id));
    Ok(v8::undefined())
}

/// randomFill(view): fills a view with random bytes from the OS.
pub fn random_fill(call: &NativeCall) -> NativeResult {
    let view = call.arg(0);
    if !view.is_typed_array() && !view.is_data_view() {
        return Err(error(ErrorKind::TypeError, "randomFill(view)", None));
    }
    with_view(view, getrandom::getrandom).map_err(|e| {
        error(
            ErrorKind::Error,
            &format!("random bytes unavailable: {e}"),
            None,
        )
    })?;
    Ok(view)
}

/// isExternal(value): whether a value is a V8 External (util.types.isExternal).
pub fn is_external(call: &NativeCall) -> NativeResult {
    Ok(v8::boolean(call.arg(0).is_external()))
}
