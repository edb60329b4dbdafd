// Probes, once, how this V8 build lays out the objects nari reads in place
// (see `Layout` in binding.h): a HeapNumber's double, an External's pointer,
// the instance types of the primitives, fast JSArray elements (and their
// holes), sequential one-byte strings. Each fact is accepted only when it
// reads back the values of freshly made objects exactly; anything else
// leaves the field unset and the fast paths use V8's API instead. A test
// (tests/runtime.rs) fails if any probe does, so a V8 update cannot quietly
// turn the fast paths off.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <tuple>
#include <utility>

#include "binding.h"

namespace nari {

Layout g_layout;

namespace {

// The offset (a multiple of the pointer size, past the map word, below 64)
// at which both objects hold their expected bytes, or 0.
template <typename T>
int FindField(v8::internal::Address a, T expected_a, v8::internal::Address b, T expected_b) {
  using v8::internal::Internals;
  for (int offset = sizeof(void*); offset < 64; offset += sizeof(void*)) {
    if (Internals::ReadRawField<T>(a, offset) == expected_a &&
        Internals::ReadRawField<T>(b, offset) == expected_b) {
      return offset;
    }
  }
  return 0;
}

void ProbeHeapNumber() {
  using v8::internal::Internals;
  // Neither value is a Smi, so both are HeapNumbers.
  const double first = 0.5, second = -1234.75;
  v8::internal::Address a = Word(V(v8::Number::New(isolate(), first)));
  v8::internal::Address b = Word(V(v8::Number::New(isolate(), second)));
  if (!Internals::HasHeapObjectTag(a) || !Internals::HasHeapObjectTag(b)) return;
  int type = Internals::GetInstanceType(a);
  if (type != Internals::GetInstanceType(b)) return;
  // No other kind of value may share the type: check the common ones.
  v8::Local<v8::Value> others[] = {v8::Object::New(isolate()), v8::String::Empty(isolate()),
                                   v8::Undefined(isolate()), v8::Array::New(isolate()),
                                   v8::BigInt::New(isolate(), 1), v8::Symbol::New(isolate())};
  for (v8::Local<v8::Value> other : others) {
    v8::internal::Address word = Word(V(other));
    if (Internals::HasHeapObjectTag(word) && Internals::GetInstanceType(word) == type) return;
  }
  int offset = FindField<double>(a, first, b, second);
  if (offset == 0) return;
  g_layout.heap_number_type = type;
  g_layout.heap_number_value_offset = offset;
}

// The instance type shared by two values of one kind (that V8 confirms is
// that kind), or -1.
template <typename Is>
int SharedType(v8::Local<v8::Value> a, v8::Local<v8::Value> b, Is is) {
  using v8::internal::Internals;
  v8::internal::Address x = Word(V(a)), y = Word(V(b));
  if (!Internals::HasHeapObjectTag(x) || !Internals::HasHeapObjectTag(y) || !is(a) || !is(b))
    return -1;
  int type = Internals::GetInstanceType(x);
  return type == Internals::GetInstanceType(y) ? type : -1;
}

void ProbeExternal() {
  static int first, second;
  v8::Local<v8::Value> a = v8::External::New(isolate(), &first);
  v8::Local<v8::Value> b = v8::External::New(isolate(), &second);
  g_layout.external_value_offset = FindField<void*>(Word(V(a)), &first, Word(V(b)), &second);
  g_layout.external_type =
      SharedType(a, b, [](v8::Local<v8::Value> v) { return v->IsExternal(); });
}

void ProbeValueTypes() {
  g_layout.bigint_type =
      SharedType(v8::BigInt::New(isolate(), 1), v8::BigInt::NewFromUnsigned(isolate(), 1ull << 63),
                 [](v8::Local<v8::Value> v) { return v->IsBigInt(); });
  g_layout.symbol_type =
      SharedType(v8::Symbol::New(isolate()), v8::Symbol::GetIterator(isolate()),
                 [](v8::Local<v8::Value> v) { return v->IsSymbol(); });
}

// Runs `source` (an expression) and returns its value if it is an array of
// `count` elements, writing them to `out`.
bool ProbeValues(const char* source, v8::Local<v8::Value>* out, uint32_t count) {
  v8::Local<v8::String> code;
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> value;
  if (!v8::String::NewFromUtf8(isolate(), source).ToLocal(&code) ||
      !v8::Script::Compile(context(), code).ToLocal(&script) ||
      !script->Run(context()).ToLocal(&value) || !value->IsArray() ||
      value.As<v8::Array>()->Length() != count) {
    return false;
  }
  for (uint32_t i = 0; i < count; i++) {
    if (!value.As<v8::Array>()->Get(context(), i).ToLocal(&out[i])) return false;
  }
  return true;
}

void ProbeArrays() {
  using v8::internal::Address;
  using v8::internal::Internals;
  // Array literals get the element kinds JS code gets: [7, 8] tagged
  // elements, [0.5, 1.5] unboxed doubles, new Array(2) holes, [, 1.5] a
  // double hole.
  v8::Local<v8::Value> arrays[4];
  if (!ProbeValues("[[7, 8], [0.5, 1.5], new Array(2), [, 1.5]]", arrays, 4)) return;
  for (v8::Local<v8::Value> array : arrays) {
    if (!array->IsArray()) return;
  }
  v8::Local<v8::Value> tagged = arrays[0], unboxed = arrays[1], holey = arrays[2],
                       holey_doubles = arrays[3];
  Address a = Word(V(tagged)), b = Word(V(unboxed));
  Address c = Word(V(holey)), d = Word(V(holey_doubles));
  int type = Internals::GetInstanceType(a);
  if (type != Internals::GetInstanceType(b) || type != Internals::GetInstanceType(c)) return;
  // Elements and length: the first two fields past the JSObject header's map
  // and properties; verified below by reading every probe back.
  const int elements_offset = 2 * sizeof(void*), length_offset = 3 * sizeof(void*);
  const int store_length_offset = sizeof(void*), store_data_offset = 2 * sizeof(void*);
  auto field = [](Address object, int offset) {
    return Internals::ReadRawField<Address>(object, offset);
  };
  for (Address array : {a, b, c, d}) {
    if (field(array, length_offset) != Internals::IntToSmi(2)) return;
    Address store = field(array, elements_offset);
    if (!Internals::HasHeapObjectTag(store)) return;
    if (field(store, store_length_offset) != Internals::IntToSmi(2)) return;
  }
  Address tagged_store = field(a, elements_offset), double_store = field(b, elements_offset);
  if (field(tagged_store, store_data_offset) != Internals::IntToSmi(7) ||
      field(tagged_store, store_data_offset + sizeof(void*)) != Internals::IntToSmi(8) ||
      Internals::ReadRawField<double>(double_store, store_data_offset) != 0.5 ||
      Internals::ReadRawField<double>(double_store, store_data_offset + sizeof(double)) != 1.5) {
    return;
  }
  Address holes = field(c, elements_offset), double_holes = field(d, elements_offset);
  int fixed_type = Internals::GetInstanceType(tagged_store);
  int double_type = Internals::GetInstanceType(double_store);
  if (fixed_type == double_type || Internals::GetInstanceType(holes) != fixed_type ||
      Internals::GetInstanceType(double_holes) != double_type) {
    return;
  }
  Address hole = field(holes, store_data_offset);
  uint64_t double_hole = Internals::ReadRawField<uint64_t>(double_holes, store_data_offset);
  // The hole is an object that is none of the probes' values, and the same in
  // every slot; the double hole is a NaN no arithmetic makes.
  if (!Internals::HasHeapObjectTag(hole) || field(holes, store_data_offset + sizeof(void*)) != hole) {
    return;
  }
  double hole_as_double;
  std::memcpy(&hole_as_double, &double_hole, sizeof double_hole);
  uint64_t canonical_nan_bits;
  double canonical_nan = std::numeric_limits<double>::quiet_NaN();
  std::memcpy(&canonical_nan_bits, &canonical_nan, sizeof canonical_nan);
  if (hole_as_double == hole_as_double || double_hole == canonical_nan_bits) return;
  g_layout.js_array_type = type;
  g_layout.fixed_array_type = fixed_type;
  g_layout.fixed_double_array_type = double_type;
  g_layout.array_elements_offset = elements_offset;
  g_layout.array_length_offset = length_offset;
  g_layout.store_length_offset = store_length_offset;
  g_layout.store_data_offset = store_data_offset;
  g_layout.the_hole = hole;
  g_layout.double_hole_bits = double_hole;
}

void ProbeStrings() {
  using v8::internal::Address;
  using v8::internal::Internals;
  static const uint8_t first[] = "nari probe";  // two lengths, two contents
  static const uint8_t second[] = "another, longer probe";
  const int first_length = sizeof first - 1, second_length = sizeof second - 1;
  auto make = [](const uint8_t* chars, int length, v8::NewStringType type) {
    v8::Local<v8::String> string;
    return v8::String::NewFromOneByte(isolate(), chars, type, length).ToLocal(&string)
               ? Word(V(string))
               : Address{0};
  };
  Address a = make(first, first_length, v8::NewStringType::kNormal);
  Address b = make(second, second_length, v8::NewStringType::kNormal);
  Address c = make(first, first_length, v8::NewStringType::kInternalized);
  Address d = make(second, second_length, v8::NewStringType::kInternalized);
  if (a == 0 || b == 0 || c == 0 || d == 0) return;
  int plain = Internals::GetInstanceType(a), internalized = Internals::GetInstanceType(c);
  if (plain != Internals::GetInstanceType(b) || internalized != Internals::GetInstanceType(d) ||
      plain >= Internals::kFirstNonstringType || internalized >= Internals::kFirstNonstringType) {
    return;
  }
  // A two-byte string must have another type.
  static const uint16_t wide[] = {0x41, 0x3b1};
  v8::Local<v8::String> two_byte;
  if (!v8::String::NewFromTwoByte(isolate(), wide, v8::NewStringType::kNormal, 2).ToLocal(&two_byte))
    return;
  int wide_type = Internals::GetInstanceType(Word(V(two_byte)));
  if (wide_type == plain || wide_type == internalized) return;
  int encoding = plain & Internals::kStringEncodingMask;
  if ((internalized & Internals::kStringEncodingMask) == encoding &&
      (wide_type & Internals::kStringEncodingMask) != encoding) {
    g_layout.one_byte_encoding = encoding;
  }
  int length_offset = 0;
  for (int offset = 4; offset < 32 && length_offset == 0; offset += 4) {
    bool all = true;
    for (auto [word, length] : {std::pair{a, first_length}, {b, second_length},
                                {c, first_length}, {d, second_length}}) {
      all = all && Internals::ReadRawField<int32_t>(word, offset) == length;
    }
    if (all) length_offset = offset;
  }
  int data_offset = 0;
  for (int offset = 8; offset <= 32 && data_offset == 0; offset += 4) {
    bool all = true;
    for (auto [word, chars, length] : {std::tuple{a, first, first_length},
                                       {b, second, second_length},
                                       {c, first, first_length},
                                       {d, second, second_length}}) {
      const void* at = reinterpret_cast<const void*>(word - v8::internal::kHeapObjectTag + offset);
      all = all && std::memcmp(at, chars, length) == 0;
    }
    if (all) data_offset = offset;
  }
  if (length_offset == 0 || data_offset == 0) return;
  g_layout.seq_one_byte_string_type = plain;
  g_layout.seq_one_byte_internalized_type = internalized;
  g_layout.string_length_offset = length_offset;
  g_layout.seq_one_byte_data_offset = data_offset;
}

void ProbeTypedArrays() {
  using v8::internal::Address;
  using v8::internal::Internals;
  // Two off-heap views at known offsets into their buffers, two small arrays
  // V8 keeps on its heap, and a buffer to detach. The buffers are over
  // static memory, so probing allocates none (nor starts the allocator).
  static uint8_t memory[3][64];
  v8::Local<v8::Value> v[7];
  v8::Local<v8::Value> maker;
  if (!ProbeValues("[(a, b, c) => [a, b, new Uint8Array(a, 8, 16), new Float64Array(b, 16, 2),"
                   "               new Uint8Array(4), new Int16Array(3), c]]",
                   &maker, 1) ||
      !maker->IsFunction()) {
    return;
  }
  v8::Local<v8::Value> buffers[3];
  for (int i = 0; i < 3; i++) {
    buffers[i] = v8::ArrayBuffer::New(
        isolate(), v8::ArrayBuffer::NewBackingStore(memory[i], sizeof memory[i],
                                                     v8::BackingStore::EmptyDeleter, nullptr));
  }
  v8::Local<v8::Value> made;
  if (!maker.As<v8::Function>()->Call(context(), v8::Undefined(isolate()), 3, buffers)
           .ToLocal(&made) ||
      !made->IsArray() || made.As<v8::Array>()->Length() != 7) {
    return;
  }
  for (uint32_t i = 0; i < 7; i++) {
    if (!made.As<v8::Array>()->Get(context(), i).ToLocal(&v[i])) return;
  }
  auto raw = [](Address object, int offset) { return Internals::ReadRawField<Address>(object, offset); };
  Address a = Word(V(v[0])), b = Word(V(v[1])), va = Word(V(v[2])), vb = Word(V(v[3]));
  Address heap_a = Word(V(v[4])), heap_b = Word(V(v[5]));
  auto data_a = reinterpret_cast<Address>(v[0].As<v8::ArrayBuffer>()->Data());
  auto data_b = reinterpret_cast<Address>(v[1].As<v8::ArrayBuffer>()->Data());
  int type = Internals::GetInstanceType(va);
  for (Address view : {vb, heap_a, heap_b}) {
    if (Internals::GetInstanceType(view) != type) return;
  }
  // Each field must be found at exactly one offset.
  auto unique = [](auto matches) {
    int found = 0;
    for (int offset = sizeof(void*); offset < 128; offset += sizeof(void*)) {
      if (matches(offset)) {
        if (found != 0) return 0;
        found = offset;
      }
    }
    return found;
  };
  int buffer = unique([&](int at) { return raw(va, at) == a && raw(vb, at) == b; });
  int store = unique([&](int at) { return raw(a, at) == data_a && raw(b, at) == data_b; });
  int external = unique([&](int at) { return raw(va, at) == data_a + 8 && raw(vb, at) == data_b + 16; });
  int byte_offset = unique([&](int at) { return raw(va, at) == 8 && raw(vb, at) == 16; });
  int length = unique([&](int at) { return raw(va, at) == 16 && raw(vb, at) == 2; });
  int base = unique([&](int at) {
    return raw(va, at) == 0 && raw(vb, at) == 0 && Internals::HasHeapObjectTag(raw(heap_a, at)) &&
           Internals::HasHeapObjectTag(raw(heap_b, at));
  });
  if (buffer == 0 || store == 0 || external == 0 || base == 0 || byte_offset == 0 ||
      length == 0 || data_a == 0 || data_b == 0) {
    return;
  }
  // A detached buffer's backing store must read as NULL.
  v8::Local<v8::ArrayBuffer> detached = v[6].As<v8::ArrayBuffer>();
  if (!detached->IsDetachable()) return;
  detached->Detach();
  if (raw(Word(V(v[6])), store) != 0) return;
  g_layout.typed_array_type = type;
  g_layout.view_buffer_offset = buffer;
  g_layout.typed_array_external_pointer_offset = external;
  g_layout.typed_array_base_pointer_offset = base;
  g_layout.array_buffer_backing_store_offset = store;
  g_layout.view_byte_offset_offset = byte_offset;
  g_layout.typed_array_length_offset = length;
}

}  // namespace

void ProbeLayout() {
  v8::HandleScope scope(isolate());
  ProbeHeapNumber();
  ProbeExternal();
  ProbeValueTypes();
  ProbeArrays();
  ProbeStrings();
  ProbeTypedArrays();
  // For tests and for anyone wondering whether the fast paths are on.
  if (std::getenv("NARI_DEBUG_LAYOUT") != nullptr) {
    std::fprintf(stderr,
                 "nari layout: heap_number_type=%d heap_number_value_offset=%d "
                 "external_value_offset=%d external_type=%d bigint_type=%d symbol_type=%d "
                 "js_array_type=%d fixed_array_type=%d "
                 "fixed_double_array_type=%d seq_one_byte_string_type=%d "
                 "seq_one_byte_internalized_type=%d string_length_offset=%d "
                 "seq_one_byte_data_offset=%d one_byte_encoding=%d typed_array_type=%d "
                 "view_buffer_offset=%d typed_array_external_pointer_offset=%d "
                 "typed_array_base_pointer_offset=%d array_buffer_backing_store_offset=%d "
                 "view_byte_offset_offset=%d typed_array_length_offset=%d\n",
                 g_layout.heap_number_type, g_layout.heap_number_value_offset,
                 g_layout.external_value_offset, g_layout.external_type, g_layout.bigint_type,
                 g_layout.symbol_type, g_layout.js_array_type,
                 g_layout.fixed_array_type, g_layout.fixed_double_array_type,
                 g_layout.seq_one_byte_string_type, g_layout.seq_one_byte_internalized_type,
                 g_layout.string_length_offset, g_layout.seq_one_byte_data_offset,
                 g_layout.one_byte_encoding, g_layout.typed_array_type,
                 g_layout.view_buffer_offset, g_layout.typed_array_external_pointer_offset,
                 g_layout.typed_array_base_pointer_offset,
                 g_layout.array_buffer_backing_store_offset, g_layout.view_byte_offset_offset,
                 g_layout.typed_array_length_offset);
  }
}

bool ReadArrayElement(H array, uint32_t index, H* result) {
  using v8::internal::Address;
  using v8::internal::Internals;
  Address word = Word(array);
  if (!Internals::HasHeapObjectTag(word) ||
      Internals::GetInstanceType(word) != g_layout.js_array_type) {
    return false;
  }
  Address length = Internals::ReadRawField<Address>(word, g_layout.array_length_offset);
  if (Internals::HasHeapObjectTag(length) || index >= static_cast<uint32_t>(Internals::SmiValue(length))) {
    return false;
  }
  Address store = Internals::ReadRawField<Address>(word, g_layout.array_elements_offset);
  Address capacity = Internals::ReadRawField<Address>(store, g_layout.store_length_offset);
  if (Internals::HasHeapObjectTag(capacity) || index >= static_cast<uint32_t>(Internals::SmiValue(capacity))) {
    return false;
  }
  int store_type = Internals::GetInstanceType(store);
  if (store_type == g_layout.fixed_array_type) {
    Address value = Internals::ReadRawField<Address>(store, g_layout.store_data_offset + index * sizeof(Address));
    if (value == g_layout.the_hole) return false;
    *result = HandleMaker::Tagged(value);
    return true;
  }
  if (store_type == g_layout.fixed_double_array_type) {
    size_t offset = g_layout.store_data_offset + index * sizeof(double);
    if (Internals::ReadRawField<uint64_t>(store, offset) == g_layout.double_hole_bits) return false;
    *result = NewNumber(Internals::ReadRawField<double>(store, offset));
    return true;
  }
  return false;
}



bool ReadOneByteString(H string, const uint8_t** chars, int* length) {
  using v8::internal::Internals;
  v8::internal::Address word = Word(string);
  if (!Internals::HasHeapObjectTag(word)) return false;
  int type = Internals::GetInstanceType(word);
  if (type != g_layout.seq_one_byte_string_type &&
      type != g_layout.seq_one_byte_internalized_type) {
    return false;
  }
  *length = Internals::ReadRawField<int32_t>(word, g_layout.string_length_offset);
  *chars = reinterpret_cast<const uint8_t*>(word - v8::internal::kHeapObjectTag +
                                            g_layout.seq_one_byte_data_offset);
  return true;
}

namespace {
// The tagged word of `view` if it is a typed array whose memory is off V8's
// heap (and, when `attached`, whose buffer is not detached), else 0.
v8::internal::Address OffHeapTypedArray(H view, bool attached) {
  using v8::internal::Address;
  using v8::internal::Internals;
  Address word = Word(view);
  if (!Internals::HasHeapObjectTag(word) ||
      Internals::GetInstanceType(word) != g_layout.typed_array_type ||
      Internals::ReadRawField<Address>(word, g_layout.typed_array_base_pointer_offset) != 0) {
    return 0;
  }
  if (attached) {
    Address buffer = Internals::ReadRawField<Address>(word, g_layout.view_buffer_offset);
    // A NULL backing store: detached (or no memory at all); V8 says what
    // that means.
    if (Internals::ReadRawField<Address>(buffer, g_layout.array_buffer_backing_store_offset) == 0) {
      return 0;
    }
  }
  return word;
}
}  // namespace

bool ReadTypedArrayData(H view, void** data) {
  v8::internal::Address word = OffHeapTypedArray(view, true);
  if (word == 0) return false;
  *data = v8::internal::Internals::ReadRawField<void*>(
      word, g_layout.typed_array_external_pointer_offset);
  return true;
}

bool ReadTypedArrayBuffer(H view, H* buffer) {
  v8::internal::Address word = OffHeapTypedArray(view, false);
  if (word == 0) return false;
  *buffer = HandleMaker::Tagged(v8::internal::Internals::ReadRawField<v8::internal::Address>(
      word, g_layout.view_buffer_offset));
  return true;
}

bool ReadTypedArrayByteOffset(H view, size_t* offset) {
  v8::internal::Address word = OffHeapTypedArray(view, true);
  if (word == 0) return false;
  *offset = v8::internal::Internals::ReadRawField<size_t>(word, g_layout.view_byte_offset_offset);
  return true;
}

bool ReadTypedArrayLength(H view, size_t* length) {
  v8::internal::Address word = OffHeapTypedArray(view, true);
  if (word == 0) return false;
  *length = v8::internal::Internals::ReadRawField<size_t>(word, g_layout.typed_array_length_offset);
  return true;
}

}  // namespace nari
