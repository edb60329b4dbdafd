// Object lifetime: reference handles that switch between strong and weak,
// private properties (where napi_wrap and type tags live), and the BigInt
// encoding of a type tag. None of these run JavaScript.
#include "binding.h"

using namespace nari;

namespace {
// A persistent handle that is strong or weak. When V8 collects a weak value,
// the first-pass callback empties the handle and calls `on_collected(param)`,
// which must not touch JavaScript.
struct RefHandle {
  v8::Global<v8::Value> handle;
  void (*on_collected)(void*) = nullptr;
  void* param = nullptr;
};

void RefHandleCollected(const v8::WeakCallbackInfo<RefHandle>& info) {
  RefHandle* ref = info.GetParameter();
  ref->handle.Reset();
  ref->on_collected(ref->param);
}

// Private keys, created once for the process's one isolate. Eternal handles
// are never freed, so they outlive everything that uses them.
v8::Local<v8::Private> PrivateKey(int which) {
  static v8::Eternal<v8::Private> keys[2];
  static const char* const names[2] = {"napi:wrapper", "napi:type_tag"};
  if (keys[which].IsEmpty()) {
    v8::Local<v8::String> name =
        v8::String::NewFromUtf8(isolate(), names[which]).ToLocalChecked();
    keys[which].Set(isolate(), v8::Private::New(isolate(), name));
  }
  return keys[which].Get(isolate());
}
}  // namespace

// A strong handle to `value`, owned by the caller (free with RefHandle__Delete).
NARI_EXPORT void* nari_v8__RefHandle__New(H value) {
  auto* ref = new RefHandle();
  ref->handle.Reset(isolate(), L(value));
  return ref;
}
NARI_EXPORT void nari_v8__RefHandle__Delete(void* ref) { delete static_cast<RefHandle*>(ref); }
// Makes the handle weak: `on_collected(param)` runs inside GC once the value is collected.
NARI_EXPORT void nari_v8__RefHandle__SetWeak(void* ref, void (*on_collected)(void*), void* param) {
  auto* r = static_cast<RefHandle*>(ref);
  if (r->handle.IsEmpty()) return;
  r->on_collected = on_collected;
  r->param = param;
  r->handle.SetWeak(r, RefHandleCollected, v8::WeakCallbackType::kParameter);
}
// Makes the handle strong again (no callback will run).
NARI_EXPORT void nari_v8__RefHandle__ClearWeak(void* ref) {
  auto* r = static_cast<RefHandle*>(ref);
  if (!r->handle.IsEmpty()) r->handle.ClearWeak();
}
// Empties the handle (no callback will run).
NARI_EXPORT void nari_v8__RefHandle__Reset(void* ref) { static_cast<RefHandle*>(ref)->handle.Reset(); }
NARI_EXPORT bool nari_v8__RefHandle__IsEmpty(void* ref) {
  return static_cast<RefHandle*>(ref)->handle.IsEmpty();
}
// The value in the current scope, or NULL when the handle is empty.
NARI_EXPORT H nari_v8__RefHandle__Get(void* ref) {
  auto* r = static_cast<RefHandle*>(ref);
  return r->handle.IsEmpty() ? nullptr : V(r->handle.Get(isolate()));
}

// Private properties (`which`: 0 the napi_wrap record, 1 the type tag).
// Each returns false when V8 failed (no JS runs on private keys).
NARI_EXPORT bool nari_v8__Object__HasPrivate(H obj, int which, bool* result) {
  v8::Maybe<bool> has = L<v8::Object>(obj)->HasPrivate(context(), PrivateKey(which));
  *result = has.FromMaybe(false);
  return has.IsJust();
}
// The private value (undefined when absent), or NULL on failure.
NARI_EXPORT H nari_v8__Object__GetPrivate(H obj, int which) {
  return V(L<v8::Object>(obj)->GetPrivate(context(), PrivateKey(which)));
}
NARI_EXPORT bool nari_v8__Object__SetPrivate(H obj, int which, H value) {
  return L<v8::Object>(obj)->SetPrivate(context(), PrivateKey(which), L(value)).FromMaybe(false);
}
NARI_EXPORT bool nari_v8__Object__DeletePrivate(H obj, int which) {
  return L<v8::Object>(obj)->DeletePrivate(context(), PrivateKey(which)).FromMaybe(false);
}

// The napi_wrap record of an object. Instances of nari's class templates keep
// it in their embedder field (a raw aligned pointer; the field starts out
// undefined, and NULL means "removed"), read without entering V8; any other
// object keeps it in a private property, as an External.
namespace {
bool HasWrapField(H obj) {
  using v8::internal::Internals;
  int type = Internals::GetInstanceType(Word(obj));
  return type >= Internals::kFirstJSApiObjectType && type <= Internals::kLastJSApiObjectType &&
         L<v8::Object>(obj)->InternalFieldCount() == kWrapFieldCount;
}
}  // namespace

// `*record` <- the record (NULL when none); false when V8 failed.
NARI_EXPORT bool nari_v8__Object__GetWrap(H obj, void** record) {
  using v8::internal::Internals;
  if (HasWrapField(obj)) {
    v8::internal::Address word =
        Internals::ReadRawField<v8::internal::Address>(Word(obj), Internals::kJSObjectHeaderSize);
    *record = Internals::HasHeapObjectTag(word) ? nullptr : reinterpret_cast<void*>(word);
    return true;
  }
  v8::Local<v8::Value> stored;
  if (!L<v8::Object>(obj)->GetPrivate(context(), PrivateKey(0)).ToLocal(&stored)) return false;
  *record = stored->IsExternal() ? ExternalValue(V(stored)) : nullptr;
  return true;
}
// Stores `record` (NULL: removes it); false when V8 failed.
NARI_EXPORT bool nari_v8__Object__SetWrap(H obj, void* record) {
  if (HasWrapField(obj)) {
    L<v8::Object>(obj)->SetAlignedPointerInInternalField(0, record);
    return true;
  }
  v8::Local<v8::Object> object = L<v8::Object>(obj);
  if (record == nullptr) return object->DeletePrivate(context(), PrivateKey(0)).FromMaybe(false);
  return object->SetPrivate(context(), PrivateKey(0), v8::External::New(isolate(), record))
      .FromMaybe(false);
}

// A type tag as a non-negative two-word BigInt (lower word first); NULL on failure.
NARI_EXPORT H nari_v8__TypeTag__New(uint64_t lower, uint64_t upper) {
  const uint64_t words[2] = {lower, upper};
  return V(v8::BigInt::NewFromWords(context(), 0, 2, words));
}
// Reads a type tag back: false when `value` is not a non-negative BigInt of at
// most two words. Missing high words read as zero.
NARI_EXPORT bool nari_v8__TypeTag__Read(H value, uint64_t* lower, uint64_t* upper) {
  if (!L(value)->IsBigInt()) return false;
  int sign = 0;
  int count = 2;
  uint64_t words[2] = {0, 0};
  v8::Local<v8::BigInt> big = L<v8::BigInt>(value);
  if (big->WordCount() > 2) return false;
  big->ToWordsArray(&sign, &count, words);
  if (sign != 0) return false;
  *lower = count > 0 ? words[0] : 0;
  *upper = count > 1 ? words[1] : 0;
  return true;
}
