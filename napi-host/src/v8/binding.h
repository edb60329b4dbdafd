// Shared helpers for the V8 shim. Every file in this folder exposes plain C
// functions named `nari_v8__<Area>__<Operation>`; napi-host's Rust side
// (src/v8/mod.rs) is their only caller.
//
// Handles cross the boundary as `v8::Value*`, which is exactly what a
// `v8::Local<T>` holds: the address of a slot in the current HandleScope. This
// is the representation `napi_value` uses too, so no conversion happens.
//
// Functions that can run JavaScript open a `v8::TryCatch`. They return false
// when JS threw, writing the exception (a handle in the caller's scope, or NULL
// when execution was terminated) to `*exception`; the exception does not
// propagate further. The caller decides where it goes (Node-API keeps it
// pending on the env).
#ifndef NARI_V8_BINDING_H_
#define NARI_V8_BINDING_H_

#include <cstring>
#include <v8.h>

namespace nari {

static_assert(sizeof(v8::Local<v8::Value>) == sizeof(v8::Value*),
              "a Local is one pointer: napi_value relies on it");

using H = v8::Value*;

extern v8::Isolate* g_isolate;
extern v8::Local<v8::Context> g_context;

// The isolate of the JS thread: nari runs one isolate per process.
inline v8::Isolate* isolate() { return g_isolate; }

// The isolate's one context: a handle in the outermost HandleScope, which
// stays open while the isolate runs (no new handle per call).
inline v8::Local<v8::Context> context() { return g_context; }

template <typename T = v8::Value>
inline v8::Local<T> L(H h) {
  v8::Local<v8::Value> local;
  std::memcpy(static_cast<void*>(&local), &h, sizeof h);
  return local.As<T>();
}

template <typename T>
inline H V(v8::Local<T> local) {
  return reinterpret_cast<H>(*local);
}

template <typename T>
inline H V(v8::MaybeLocal<T> maybe) {
  v8::Local<T> local;
  return maybe.ToLocal(&local) ? V(local) : nullptr;
}

// Writes the caught exception (if any) and returns false when `tc` caught one.
inline bool caught(v8::TryCatch& tc, H* exception) {
  if (!tc.HasCaught()) return false;
  *exception = tc.HasTerminated() ? nullptr : V(tc.Exception());
  return true;
}

// The end of a JS-running shim: `succeeded` when V8 gave a result (then
// nothing was thrown: V8 gives none when JS throws, so `tc` need not be
// asked); otherwise writes what `tc` caught, if anything. Returns `succeeded`.
inline bool settled(v8::TryCatch& tc, bool succeeded, H* exception) {
  if (succeeded) return true;
  caught(tc, exception);
  return false;
}

// Facts about how this V8 build lays out the heap objects nari reads in
// place, probed once the isolate exists (layout.cc) so that the hottest
// reads need no call into libnode. A field is 0 / -1 when probing did not confirm it; the fast
// paths below then fall back to V8's API.
struct Layout {
  int heap_number_type = -1;         // instance type of every HeapNumber
  int heap_number_value_offset = 0;  // byte offset of its double
  int external_value_offset = 0;     // byte offset of a v8::External's pointer
  // The one instance type of each of these kinds of value.
  int external_type = -1;
  int bigint_type = -1;
  int symbol_type = -1;
  // Arrays with fast elements: a JSArray's elements (a FixedArray of tagged
  // values or a FixedDoubleArray) and length (a Smi) fields; the element
  // stores' length field and first element; what marks a hole in each.
  int js_array_type = -1;
  int fixed_array_type = -1;
  int fixed_double_array_type = -1;
  int array_elements_offset = 0;
  int array_length_offset = 0;
  int store_length_offset = 0;
  int store_data_offset = 0;
  v8::internal::Address the_hole = 0;
  uint64_t double_hole_bits = 0;
  // Sequential one-byte strings (plain and internalized): their int32
  // length field and where their Latin-1 characters start.
  int seq_one_byte_string_type = -1;
  int seq_one_byte_internalized_type = -1;
  int string_length_offset = 0;
  int seq_one_byte_data_offset = 0;
  // The instance-type bit (under Internals::kStringEncodingMask) that every
  // one-byte string has, whatever its representation; -1 when unknown.
  int one_byte_encoding = -1;
  // Typed arrays: their one instance type; the fields holding the buffer
  // (tagged), the address of the first byte (raw) and the on-heap base (0
  // when the memory is off the heap); an ArrayBuffer's backing store (raw,
  // NULL once detached).
  int typed_array_type = -1;
  int view_buffer_offset = 0;
  int typed_array_external_pointer_offset = 0;
  int typed_array_base_pointer_offset = 0;
  int array_buffer_backing_store_offset = 0;
  int view_byte_offset_offset = 0;  // size_t
  int typed_array_length_offset = 0;  // size_t
};
extern Layout g_layout;

// Probes the layout (layout.cc); called once, inside the first HandleScope.
void ProbeLayout();

// The tagged word a handle points at.
inline v8::internal::Address Word(H h) {
  return *reinterpret_cast<const v8::internal::Address*>(h);
}

// The pointer a v8::External holds (`h` must be an External).
inline void* ExternalValue(H h) {
  if (g_layout.external_value_offset != 0) {
    return v8::internal::Internals::ReadRawField<void*>(Word(h), g_layout.external_value_offset);
  }
  return L<v8::External>(h)->Value();
}

// Element `index` of a JSArray with fast elements, read from the heap:
// false (nothing written) for anything that needs V8's full lookup (not such
// an array, a hole, out of range). V8's Get gives the same value in every
// case this answers: only holes and out-of-range indices reach the
// prototype chain, and accessors turn an array's elements into a dictionary.
bool ReadArrayElement(H array, uint32_t index, H* result);

// The Latin-1 characters of a sequential one-byte string, read in place
// (valid until the next allocation); false for any other string.
bool ReadOneByteString(H string, const uint8_t** chars, int* length);

// A typed array's facts read in place, for arrays whose memory is off V8's
// heap and (but for the buffer) whose buffer is not detached; each returns
// false (ask V8) otherwise.
bool ReadTypedArrayData(H view, void** data);
bool ReadTypedArrayBuffer(H view, H* buffer);
bool ReadTypedArrayByteOffset(H view, size_t* offset);
bool ReadTypedArrayLength(H view, size_t* length);

// Whether `string` (a string) holds only Latin-1 characters by V8's own
// account (its encoding), in any representation: sliced, cons, thin …
inline bool IsOneByteString(H string) {
  using v8::internal::Internals;
  return g_layout.one_byte_encoding >= 0 &&
         (Internals::GetInstanceType(Word(string)) & Internals::kStringEncodingMask) ==
             g_layout.one_byte_encoding;
}

// A new handle in the current HandleScope holding a Smi (no allocation, no
// V8 state change: only the scope's next slot is taken).
struct HandleMaker : v8::HandleScope {
  // `word` must be a Smi or a live heap object, and no GC may run between
  // reading it from the heap and this call.
  static H Tagged(v8::internal::Address word) {
    return reinterpret_cast<H>(
        CreateHandle(reinterpret_cast<v8::internal::Isolate*>(isolate()), word));
  }
  static H Smi(int32_t value) { return Tagged(v8::internal::Internals::IntToSmi(value)); }
};

// Objects constructed by nari's function templates (napi_define_class) carry
// this many embedder fields; field 0 holds their napi_wrap record (lifetime.cc).
constexpr int kWrapFieldCount = 1;

// A Number: a Smi handle when `value` is one, else a HeapNumber (values.cc).
H NewNumber(double value);

// "name:line\n<source line>\n    ^^^\n" for a message's location (errors.cc);
// NULL when V8 gives none.
H SourceArrow(v8::Local<v8::Message> message, v8::Local<v8::Value> name);

}  // namespace nari

#define NARI_EXPORT extern "C" __attribute__((visibility("hidden")))

#endif  // NARI_V8_BINDING_H_
