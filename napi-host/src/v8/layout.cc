// Probes, once, where this V8 build keeps a HeapNumber's double and an
// External's pointer (see `Layout` in binding.h). Each fact is accepted only
// when it reads back the values of two freshly made objects exactly; anything
// else leaves the field unset and the fast paths use V8's API instead.
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

void ProbeExternal() {
  static int first, second;
  v8::internal::Address a = Word(V(v8::External::New(isolate(), &first)));
  v8::internal::Address b = Word(V(v8::External::New(isolate(), &second)));
  g_layout.external_value_offset = FindField<void*>(a, &first, b, &second);
}

}  // namespace

void ProbeLayout() {
  v8::HandleScope scope(isolate());
  ProbeHeapNumber();
  ProbeExternal();
}

}  // namespace nari
