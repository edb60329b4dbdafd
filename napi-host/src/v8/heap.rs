//! Values read straight from V8's heap, for the hottest paths: the number in
//! a Smi or HeapNumber, the pointer in an External, the slot of `undefined`.
//!
//! A handle points at a tagged word: a Smi (low bit 0) or the address of a
//! heap object plus one, whose first word is its map. The constants of that
//! encoding come from V8's header and the object layouts from layout.cc's
//! probes, both via functions.cc (`nari_v8__Layout__HeapFacts`);
//! [`record_isolate_facts`] stores them before any JS runs. A layout that
//! could not be probed reads as 0 / -1, and the readers here then ask V8.

use std::ffi::c_void;
use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicUsize, Ordering::Relaxed};

use super::{ffi, Local};

/// What `nari_v8__Layout__HeapFacts` fills (field order as in functions.cc).
#[repr(C)]
#[derive(Default)]
pub(super) struct HeapFacts {
    external_value_offset: i32,
    heap_number_type: i32,
    heap_number_value_offset: i32,
    map_instance_type_offset: i32,
    smi_shift: i32,
    first_nonstring_type: i32,
    oddball_type: i32,
    bigint_type: i32,
    symbol_type: i32,
}
// functions.cc asserts the same size for its side.
const _: () = assert!(std::mem::size_of::<HeapFacts>() == 9 * 4);

static UNDEFINED: AtomicPtr<c_void> = AtomicPtr::new(std::ptr::null_mut());
static EXTERNAL_VALUE_OFFSET: AtomicUsize = AtomicUsize::new(0);
static HEAP_NUMBER_TYPE: AtomicI32 = AtomicI32::new(-1);
static HEAP_NUMBER_VALUE_OFFSET: AtomicUsize = AtomicUsize::new(0);
static MAP_INSTANCE_TYPE_OFFSET: AtomicUsize = AtomicUsize::new(0);
static SMI_SHIFT: AtomicI32 = AtomicI32::new(0);
/// Instance types of the primitives that are heap objects (strings are all
/// below the first); 0 until recorded, and left 0 if any was not probed.
static PRIMITIVE_TYPES: [AtomicI32; 5] = [const { AtomicI32::new(0) }; 5];

/// Records the facts; on the JS thread, once the isolate exists and before
/// any JS runs.
pub(super) fn record_isolate_facts() {
    let mut facts = HeapFacts::default();
    // SAFETY: on the JS thread inside the isolate; the shims only read, and
    // `facts` is a local of the layout the shim fills.
    let undefined = unsafe {
        ffi::nari_v8__Layout__HeapFacts(&mut facts);
        ffi::nari_v8__Undefined()
    };
    let offset = |value: i32| usize::try_from(value).unwrap_or(0);
    UNDEFINED.store(undefined.0.as_ptr(), Relaxed);
    EXTERNAL_VALUE_OFFSET.store(offset(facts.external_value_offset), Relaxed);
    HEAP_NUMBER_TYPE.store(facts.heap_number_type, Relaxed);
    HEAP_NUMBER_VALUE_OFFSET.store(offset(facts.heap_number_value_offset), Relaxed);
    MAP_INSTANCE_TYPE_OFFSET.store(offset(facts.map_instance_type_offset), Relaxed);
    SMI_SHIFT.store(facts.smi_shift, Relaxed);
    let primitives = [
        facts.first_nonstring_type,
        facts.oddball_type,
        facts.heap_number_type,
        facts.bigint_type,
        facts.symbol_type,
    ];
    if primitives.iter().all(|&t| t > 0) {
        for (slot, value) in PRIMITIVE_TYPES.iter().zip(primitives) {
            slot.store(value, Relaxed);
        }
    }
}

/// `undefined`, as a handle to its root slot.
pub(super) fn undefined() -> Local {
    Local(std::ptr::NonNull::new(UNDEFINED.load(Relaxed)).expect("recorded before JS runs"))
}

/// The tagged word `value` points at.
fn word(value: Local) -> usize {
    // SAFETY: a live handle points at a slot holding a tagged word.
    unsafe { *value.0.as_ptr().cast::<usize>() }
}

/// Whether two handles hold the same tagged word (the same object or Smi).
pub(super) fn same_word(a: Local, b: Local) -> bool {
    word(a) == word(b)
}

/// Writes `value`'s tagged word into `slot` (a handle to a writable slot,
/// such as a call's return-value slot).
///
/// # Safety
/// `slot` must be a slot V8 lets the embedder write (ReturnValue's).
pub(super) unsafe fn store_word(slot: Local, value: Local) {
    // SAFETY: per the caller's guarantee.
    unsafe { *slot.0.as_ptr().cast::<usize>() = word(value) };
}

/// Reads a field of the heap object whose tagged pointer is `tagged`.
///
/// # Safety
/// `tagged` must be a live heap object with a `T` at `offset`.
unsafe fn field<T: Copy>(tagged: usize, offset: usize) -> T {
    // SAFETY: per the caller's guarantee (the tag is 1).
    unsafe { *((tagged - 1 + offset) as *const T) }
}

/// The pointer held by `external`, which must be a v8::External.
pub(super) fn external_value(external: Local) -> *mut c_void {
    let offset = EXTERNAL_VALUE_OFFSET.load(Relaxed);
    if offset == 0 {
        // SAFETY: per this function's contract.
        return unsafe { ffi::nari_v8__External__Value(external) };
    }
    // SAFETY: an External is a heap object holding its pointer at the
    // probed offset.
    unsafe { field(word(external), offset) }
}

/// The number in a Smi or HeapNumber; None for anything else (including
/// every value when the layout could not be probed: callers then ask V8).
#[inline]
pub(super) fn number_value(value: Local) -> Option<f64> {
    let word = word(value);
    if word & 1 == 0 {
        return Some(((word as i64) >> SMI_SHIFT.load(Relaxed)) as f64);
    }
    if instance_type(word) != HEAP_NUMBER_TYPE.load(Relaxed) {
        return None;
    }
    // SAFETY: a HeapNumber holds its double at the probed offset.
    Some(unsafe { field(word, HEAP_NUMBER_VALUE_OFFSET.load(Relaxed)) })
}

/// The instance type of a heap object's map.
fn instance_type(tagged: usize) -> i32 {
    // SAFETY: a heap object's first field is its map (a heap object too),
    // whose instance type is a u16 at the header's offset.
    let map: usize = unsafe { field(tagged, 0) };
    i32::from(unsafe { field::<u16>(map, MAP_INSTANCE_TYPE_OFFSET.load(Relaxed)) })
}

/// Whether `value` is an object (functions included): a JS value that is
/// not a Smi, a string, an oddball, a HeapNumber, a BigInt or a Symbol.
/// None when those types are not known (then ask V8).
#[inline]
pub(super) fn is_object(value: Local) -> Option<bool> {
    let first_nonstring = PRIMITIVE_TYPES[0].load(Relaxed);
    if first_nonstring == 0 {
        return None;
    }
    let word = word(value);
    if word & 1 == 0 {
        return Some(false);
    }
    let kind = instance_type(word);
    Some(kind >= first_nonstring && PRIMITIVE_TYPES[1..].iter().all(|t| t.load(Relaxed) != kind))
}
