// Primitive values, numbers, type checks and comparisons.
#include <cmath>
#include <cstdint>

#include "binding.h"

using namespace nari;

NARI_EXPORT H nari_v8__Undefined() { return V(v8::Undefined(isolate())); }
NARI_EXPORT H nari_v8__Null() { return V(v8::Null(isolate())); }
NARI_EXPORT H nari_v8__Boolean__New(bool value) { return V(v8::Boolean::New(isolate(), value)); }
NARI_EXPORT H nari_v8__Context__Global() { return V(context()->Global()); }

// Numbers that are Smis (integers in int32 range, not -0) become a handle to
// the Smi directly, as V8 would make them, without entering V8.
H nari::NewNumber(double value) {
  if (value >= INT32_MIN && value <= INT32_MAX) {
    int32_t integer = static_cast<int32_t>(value);
    if (static_cast<double>(integer) == value && (integer != 0 || !std::signbit(value))) {
      return HandleMaker::Smi(integer);
    }
  }
  return V(v8::Number::New(isolate(), value));
}
NARI_EXPORT H nari_v8__Number__New(double value) { return NewNumber(value); }
NARI_EXPORT H nari_v8__Integer__New(int32_t value) { return HandleMaker::Smi(value); }
NARI_EXPORT H nari_v8__Integer__NewFromUnsigned(uint32_t value) {
  if (value <= INT32_MAX) return HandleMaker::Smi(static_cast<int32_t>(value));
  return V(v8::Integer::NewFromUnsigned(isolate(), value));
}

NARI_EXPORT double nari_v8__Number__Value(H value) { return L<v8::Number>(value)->Value(); }
NARI_EXPORT bool nari_v8__Value__BooleanValue(H value) { return L(value)->BooleanValue(isolate()); }

// ECMAScript ToInt32 / ToUint32 / integer conversion of a Number (no JS runs).
NARI_EXPORT int32_t nari_v8__Value__Int32Value(H value) {
  return L(value)->Int32Value(context()).FromMaybe(0);
}
NARI_EXPORT uint32_t nari_v8__Value__Uint32Value(H value) {
  return L(value)->Uint32Value(context()).FromMaybe(0);
}
NARI_EXPORT int64_t nari_v8__Value__IntegerValue(H value) {
  return L(value)->IntegerValue(context()).FromMaybe(0);
}

// The napi_valuetype of `value` (same order of checks as Node). Smis,
// strings and oddballs (undefined, null, booleans) are told from the tagged
// word and the map's instance type, as V8's own inline accessors do, and so
// are HeapNumbers, BigInts, Symbols and Externals (their types probed by
// layout.cc); what is left is an object or a function.
NARI_EXPORT int nari_v8__Value__TypeOf(H h) {
  using v8::internal::Internals;
  v8::internal::Address word = Word(h);
  if (!Internals::HasHeapObjectTag(word)) return 3;  // a Smi: number
  int type = Internals::GetInstanceType(word);
  if (type < Internals::kFirstNonstringType) return 4;  // string
  if (type == Internals::kOddballType) {
    switch (Internals::GetOddballKind(word)) {
      case Internals::kUndefinedOddballKind: return 0;
      case Internals::kNullOddballKind: return 1;
      default: break;  // true, false (and V8-internal oddballs, never exposed)
    }
  }
  v8::Local<v8::Value> v = L(h);
  if (g_layout.heap_number_type >= 0 && g_layout.bigint_type >= 0 && g_layout.symbol_type >= 0 &&
      g_layout.external_type >= 0 && type != Internals::kOddballType) {
    if (type == g_layout.heap_number_type) return 3;
    if (type == g_layout.bigint_type) return 9;
    if (type == g_layout.symbol_type) return 5;
    if (type == g_layout.external_type) return 8;
    return v->IsFunction() ? 7 : 6;
  }
  if (v->IsNumber()) return 3;
  if (v->IsBigInt()) return 9;
  if (v->IsString()) return 4;
  if (v->IsFunction()) return 7;
  if (v->IsExternal()) return 8;
  if (v->IsObject()) return 6;
  if (v->IsBoolean()) return 2;
  if (v->IsUndefined()) return 0;
  if (v->IsSymbol()) return 5;
  if (v->IsNull()) return 1;
  return 0;  // Unreachable for values JS can produce.
}

NARI_EXPORT bool nari_v8__Value__StrictEquals(H a, H b) { return L(a)->StrictEquals(L(b)); }

#define PREDICATE(Name) \
  NARI_EXPORT bool nari_v8__Value__##Name(H value) { return L(value)->Name(); }
PREDICATE(IsNumber)
PREDICATE(IsBoolean)
PREDICATE(IsString)
PREDICATE(IsName)
PREDICATE(IsObject)
PREDICATE(IsFunction)
PREDICATE(IsArray)
PREDICATE(IsNativeError)
PREDICATE(IsInt32)
PREDICATE(IsUint32)
PREDICATE(IsPromise)
PREDICATE(IsExternal)
#undef PREDICATE

NARI_EXPORT H nari_v8__External__New(void* data) { return V(v8::External::New(isolate(), data)); }
NARI_EXPORT void* nari_v8__External__Value(H external) { return ExternalValue(external); }

// The value of a Number in one call: false (and nothing written) otherwise.
// (Smis and HeapNumbers are read in place on the Rust side, src/v8/heap.rs.)
NARI_EXPORT bool nari_v8__Value__NumberValue(H value, double* result) {
  v8::Local<v8::Value> v = L(value);
  if (!v->IsNumber()) return false;
  *result = v.As<v8::Number>()->Value();
  return true;
}

// A promise's state: 0 pending, 1 fulfilled, 2 rejected; `*result` <- its
// value or reason once settled.
NARI_EXPORT int nari_v8__Promise__State(H promise, H* result) {
  v8::Local<v8::Promise> p = L<v8::Promise>(promise);
  v8::Promise::PromiseState state = p->State();
  if (state == v8::Promise::kPending) return 0;
  *result = V(p->Result());
  return state == v8::Promise::kFulfilled ? 1 : 2;
}
