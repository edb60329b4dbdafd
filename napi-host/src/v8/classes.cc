// Classes (function templates), prototypes, integrity levels, key listing,
// instanceof and promise resolvers.
//
// Templates cross the boundary as `v8::Data*` (`TH`): like a value handle, the
// address of a slot in the current HandleScope.
#include "binding.h"

using namespace nari;

// Defined in functions.cc: the callback every native function runs.
NARI_EXPORT v8::FunctionCallback nari_v8__Function__Trampoline();

namespace {
using TH = v8::Data*;

v8::Local<v8::FunctionTemplate> T(TH h) {
  v8::Local<v8::Data> local;
  std::memcpy(static_cast<void*>(&local), &h, sizeof h);
  return local.As<v8::FunctionTemplate>();
}

TH TV(v8::Local<v8::FunctionTemplate> local) { return reinterpret_cast<TH>(*local); }

v8::PropertyAttribute Attributes(bool writable, bool enumerable, bool configurable) {
  int attributes = v8::None;
  if (!writable) attributes |= v8::ReadOnly;
  if (!enumerable) attributes |= v8::DontEnum;
  if (!configurable) attributes |= v8::DontDelete;
  return static_cast<v8::PropertyAttribute>(attributes);
}
}  // namespace

// A function template whose functions call the invoke hook with `data`. With a
// `receiver` template, calls whose `this` is not one of its instances throw.
// Instances it constructs have the embedder field napi_wrap uses (lifetime.cc).
NARI_EXPORT TH nari_v8__FunctionTemplate__New(void* data, TH receiver) {
  v8::Local<v8::Signature> signature;
  if (receiver != nullptr) signature = v8::Signature::New(isolate(), T(receiver));
  v8::Local<v8::FunctionTemplate> tpl = v8::FunctionTemplate::New(
      isolate(), nari_v8__Function__Trampoline(), v8::External::New(isolate(), data), signature);
  tpl->InstanceTemplate()->SetInternalFieldCount(kWrapFieldCount);
  return TV(tpl);
}

NARI_EXPORT void nari_v8__FunctionTemplate__SetClassName(TH tpl, H name) {
  T(tpl)->SetClassName(L<v8::String>(name));
}

// Adds `key` to the prototype: a method made from `method` when not NULL,
// else `value` (a primitive: V8 aborts on objects).
NARI_EXPORT void nari_v8__FunctionTemplate__PrototypeSet(TH tpl, H key, TH method, H value,
                                                         bool writable, bool enumerable,
                                                         bool configurable) {
  v8::Local<v8::Data> data;
  if (method != nullptr) {
    data = T(method);
  } else {
    data = L(value);
  }
  T(tpl)->PrototypeTemplate()->Set(L<v8::Name>(key), data,
                                   Attributes(writable, enumerable, configurable));
}

// Adds an accessor `key` to the prototype; `getter` and `setter` may be NULL.
NARI_EXPORT void nari_v8__FunctionTemplate__PrototypeSetAccessor(TH tpl, H key, TH getter,
                                                                 TH setter, bool enumerable,
                                                                 bool configurable) {
  v8::Local<v8::FunctionTemplate> get, set;
  if (getter != nullptr) get = T(getter);
  if (setter != nullptr) set = T(setter);
  T(tpl)->PrototypeTemplate()->SetAccessorProperty(
      L<v8::Name>(key), get, set, Attributes(true, enumerable, configurable));
}

NARI_EXPORT bool nari_v8__FunctionTemplate__GetFunction(TH tpl, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(T(tpl)->GetFunction(context()));
  return settled(tc, *result != nullptr, exception);
}

// The prototype, without running a proxy's getPrototypeOf trap.
NARI_EXPORT H nari_v8__Object__GetPrototype(H obj) { return V(L<v8::Object>(obj)->GetPrototype()); }

// Writes whether the prototype was set. A throwing proxy trap counts as a
// refusal, and its exception is dropped (what current Node reports).
NARI_EXPORT bool nari_v8__Object__SetPrototype(H obj, H prototype, bool* result) {
  v8::TryCatch tc(isolate());
  *result = L<v8::Object>(obj)->SetPrototype(context(), L(prototype)).FromMaybe(false);
  return !tc.HasTerminated();
}

// Freezes (`frozen`) or seals the object; writes whether it succeeded.
NARI_EXPORT bool nari_v8__Object__SetIntegrityLevel(H obj, bool frozen, bool* result,
                                                    H* exception) {
  v8::TryCatch tc(isolate());
  v8::IntegrityLevel level = frozen ? v8::IntegrityLevel::kFrozen : v8::IntegrityLevel::kSealed;
  *result = L<v8::Object>(obj)->SetIntegrityLevel(context(), level).FromMaybe(false);
  return !caught(tc, exception);
}

// Which keys `nari_v8__Object__GetPropertyNames` lists. Mirrors `KeyQuery` in classes.rs.
struct KeyQuery {
  bool own_only;
  bool only_writable;
  bool only_enumerable;
  bool only_configurable;
  bool skip_strings;
  bool skip_symbols;
  bool numbers_to_strings;
};
static_assert(sizeof(KeyQuery) == 7, "KeyQuery layout is shared with Rust");

NARI_EXPORT bool nari_v8__Object__GetPropertyNames(H obj, const KeyQuery* query, H* result,
                                                   H* exception) {
  v8::TryCatch tc(isolate());
  int filter = v8::ALL_PROPERTIES;
  if (query->only_writable) filter |= v8::ONLY_WRITABLE;
  if (query->only_enumerable) filter |= v8::ONLY_ENUMERABLE;
  if (query->only_configurable) filter |= v8::ONLY_CONFIGURABLE;
  if (query->skip_strings) filter |= v8::SKIP_STRINGS;
  if (query->skip_symbols) filter |= v8::SKIP_SYMBOLS;
  *result = V(L<v8::Object>(obj)->GetPropertyNames(
      context(),
      query->own_only ? v8::KeyCollectionMode::kOwnOnly
                      : v8::KeyCollectionMode::kIncludePrototypes,
      static_cast<v8::PropertyFilter>(filter), v8::IndexFilter::kIncludeIndices,
      query->numbers_to_strings ? v8::KeyConversionMode::kConvertToString
                                : v8::KeyConversionMode::kKeepNumbers));
  return settled(tc, *result != nullptr, exception);
}

// `value instanceof constructor` (runs Symbol.hasInstance).
NARI_EXPORT bool nari_v8__Value__InstanceOf(H value, H constructor, bool* result,
                                            H* exception) {
  v8::TryCatch tc(isolate());
  v8::Maybe<bool> is = L(value)->InstanceOf(context(), L<v8::Object>(constructor));
  *result = is.FromMaybe(false);
  return settled(tc, is.IsJust(), exception);
}

NARI_EXPORT bool nari_v8__Promise__Resolver__New(H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(v8::Promise::Resolver::New(context()));
  return settled(tc, *result != nullptr, exception);
}

NARI_EXPORT H nari_v8__Promise__Resolver__GetPromise(H resolver) {
  return V(L<v8::Promise::Resolver>(resolver)->GetPromise());
}

// Resolves (`resolve`) or rejects the resolver's promise with `value`.
// Settling never throws in JS terms, but V8 10.2 leaks the exception of a
// throwing `then` getter (the promise is rejected with it all the same); newer
// V8s, as in Node.js 22 and later, do not: it is dropped here. Only
// termination fails.
NARI_EXPORT bool nari_v8__Promise__Resolver__Settle(H resolver, H value, bool resolve,
                                                    bool* result, H* exception) {
  v8::TryCatch tc(isolate());
  auto r = L<v8::Promise::Resolver>(resolver);
  v8::Maybe<bool> done = resolve ? r->Resolve(context(), L(value)) : r->Reject(context(), L(value));
  if (tc.HasTerminated()) {
    *exception = nullptr;
    return false;
  }
  *result = tc.HasCaught() || done.FromMaybe(false);
  return true;
}
