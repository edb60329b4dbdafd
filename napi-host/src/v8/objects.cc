// Objects, arrays and properties. Everything that may run a getter, setter or
// proxy trap opens a TryCatch (see binding.h).
#include "binding.h"

using namespace nari;

NARI_EXPORT H nari_v8__Object__New() { return V(v8::Object::New(isolate())); }
NARI_EXPORT H nari_v8__Array__New(int length) { return V(v8::Array::New(isolate(), length)); }
NARI_EXPORT uint32_t nari_v8__Array__Length(H array) { return L<v8::Array>(array)->Length(); }

NARI_EXPORT bool nari_v8__Object__Set(H obj, H key, H value, H* exception) {
  v8::TryCatch tc(isolate());
  bool ok = L<v8::Object>(obj)->Set(context(), L(key), L(value)).FromMaybe(false);
  return settled(tc, ok, exception);
}
NARI_EXPORT bool nari_v8__Object__Get(H obj, H key, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(L<v8::Object>(obj)->Get(context(), L(key)));
  return settled(tc, *result != nullptr, exception);
}
NARI_EXPORT bool nari_v8__Object__Has(H obj, H key, bool* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::Maybe<bool> has = L<v8::Object>(obj)->Has(context(), L(key));
  *result = has.FromMaybe(false);
  return settled(tc, has.IsJust(), exception);
}
NARI_EXPORT bool nari_v8__Object__HasOwnProperty(H obj, H key, bool* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::Maybe<bool> has = L<v8::Object>(obj)->HasOwnProperty(context(), L<v8::Name>(key));
  *result = has.FromMaybe(false);
  return settled(tc, has.IsJust(), exception);
}
NARI_EXPORT bool nari_v8__Object__Delete(H obj, H key, bool* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::Maybe<bool> deleted = L<v8::Object>(obj)->Delete(context(), L(key));
  *result = deleted.FromMaybe(false);
  return settled(tc, deleted.IsJust(), exception);
}

NARI_EXPORT bool nari_v8__Object__SetIndex(H obj, uint32_t index, H value, H* exception) {
  v8::TryCatch tc(isolate());
  bool ok = L<v8::Object>(obj)->Set(context(), index, L(value)).FromMaybe(false);
  return settled(tc, ok, exception);
}
NARI_EXPORT bool nari_v8__Object__GetIndex(H obj, uint32_t index, H* result, H* exception) {
  if (ReadArrayElement(obj, index, result)) return true;
  v8::TryCatch tc(isolate());
  *result = V(L<v8::Object>(obj)->Get(context(), index));
  return settled(tc, *result != nullptr, exception);
}
NARI_EXPORT bool nari_v8__Object__HasIndex(H obj, uint32_t index, bool* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::Maybe<bool> has = L<v8::Object>(obj)->Has(context(), index);
  *result = has.FromMaybe(false);
  return settled(tc, has.IsJust(), exception);
}
NARI_EXPORT bool nari_v8__Object__DeleteIndex(H obj, uint32_t index, bool* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::Maybe<bool> deleted = L<v8::Object>(obj)->Delete(context(), index);
  *result = deleted.FromMaybe(false);
  return settled(tc, deleted.IsJust(), exception);
}

// Object.defineProperty with a data descriptor (value, writable) when `getter`
// and `setter` are both NULL, else an accessor descriptor.
// Writes V8's boolean answer to `*defined`.
NARI_EXPORT bool nari_v8__Object__DefineProperty(H obj, H key, H value, H getter, H setter,
                                                 bool writable, bool enumerable,
                                                 bool configurable, bool* defined,
                                                 H* exception) {
  v8::TryCatch tc(isolate());
  v8::Local<v8::Value> undefined = v8::Undefined(isolate());
  v8::Maybe<bool> result = v8::Nothing<bool>();
  if (getter != nullptr || setter != nullptr) {
    v8::PropertyDescriptor desc(getter ? L(getter) : undefined, setter ? L(setter) : undefined);
    desc.set_enumerable(enumerable);
    desc.set_configurable(configurable);
    result = L<v8::Object>(obj)->DefineProperty(context(), L<v8::Name>(key), desc);
  } else {
    v8::PropertyDescriptor desc(L(value), writable);
    desc.set_enumerable(enumerable);
    desc.set_configurable(configurable);
    result = L<v8::Object>(obj)->DefineProperty(context(), L<v8::Name>(key), desc);
  }
  *defined = result.FromMaybe(false);
  return settled(tc, result.IsJust(), exception);
}

// ToObject (boxes primitives; throws for null/undefined).
NARI_EXPORT bool nari_v8__Value__ToObject(H value, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(L(value)->ToObject(context()));
  return settled(tc, *result != nullptr, exception);
}
