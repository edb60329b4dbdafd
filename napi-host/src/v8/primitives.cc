// BigInts, Dates, Symbols, the ECMAScript coercions, internalized strings
// from Latin-1 / UTF-16, and external strings (backed by addon memory).
#include "binding.h"

using namespace nari;

// ---- predicates ----

NARI_EXPORT bool nari_v8__Value__IsBigInt(H value) { return L(value)->IsBigInt(); }
NARI_EXPORT bool nari_v8__Value__IsDate(H value) { return L(value)->IsDate(); }
NARI_EXPORT bool nari_v8__Value__IsSymbol(H value) { return L(value)->IsSymbol(); }

// ---- BigInt ----

NARI_EXPORT H nari_v8__BigInt__New(int64_t value) { return V(v8::BigInt::New(isolate(), value)); }
NARI_EXPORT H nari_v8__BigInt__NewFromUnsigned(uint64_t value) {
  return V(v8::BigInt::NewFromUnsigned(isolate(), value));
}
// Fails with a RangeError when the BigInt would exceed V8's maximum size.
NARI_EXPORT bool nari_v8__BigInt__NewFromWords(int sign_bit, int word_count, const uint64_t* words,
                                               H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(v8::BigInt::NewFromWords(context(), sign_bit, word_count, words));
  return settled(tc, *result != nullptr, exception);
}
NARI_EXPORT int64_t nari_v8__BigInt__Int64Value(H value, bool* lossless) {
  return L<v8::BigInt>(value)->Int64Value(lossless);
}
NARI_EXPORT uint64_t nari_v8__BigInt__Uint64Value(H value, bool* lossless) {
  return L<v8::BigInt>(value)->Uint64Value(lossless);
}
NARI_EXPORT int nari_v8__BigInt__WordCount(H value) { return L<v8::BigInt>(value)->WordCount(); }
// Writes the sign, then at most `*word_count` words (least significant first);
// `*word_count` becomes the number of words the whole value needs.
NARI_EXPORT void nari_v8__BigInt__ToWordsArray(H value, int* sign_bit, int* word_count,
                                               uint64_t* words) {
  L<v8::BigInt>(value)->ToWordsArray(sign_bit, word_count, words);
}

// ---- Date ----

NARI_EXPORT bool nari_v8__Date__New(double time, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(v8::Date::New(context(), time));
  return settled(tc, *result != nullptr, exception);
}
NARI_EXPORT double nari_v8__Date__ValueOf(H date) { return L<v8::Date>(date)->ValueOf(); }

// ---- Symbol ----

// `description` is a String handle or NULL (no description).
NARI_EXPORT H nari_v8__Symbol__New(H description) {
  if (description == nullptr) return V(v8::Symbol::New(isolate()));
  return V(v8::Symbol::New(isolate(), L<v8::String>(description)));
}
NARI_EXPORT H nari_v8__Symbol__For(H description) {
  return V(v8::Symbol::For(isolate(), L<v8::String>(description)));
}

// ---- coercions (valueOf / toString / Symbol.toPrimitive may run) ----

NARI_EXPORT H nari_v8__Value__ToBoolean(H value) { return V(L(value)->ToBoolean(isolate())); }
NARI_EXPORT bool nari_v8__Value__ToNumber(H value, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(L(value)->ToNumber(context()));
  return settled(tc, *result != nullptr, exception);
}
NARI_EXPORT bool nari_v8__Value__ToString(H value, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(L(value)->ToString(context()));
  return settled(tc, *result != nullptr, exception);
}

// ---- internalized strings (property keys); NULL when V8 refuses ----

NARI_EXPORT H nari_v8__String__NewInternalizedOneByte(const uint8_t* data, int length) {
  return V(v8::String::NewFromOneByte(isolate(), data, v8::NewStringType::kInternalized, length));
}
NARI_EXPORT H nari_v8__String__NewInternalizedTwoByte(const uint16_t* data, int length) {
  return V(v8::String::NewFromTwoByte(isolate(), data, v8::NewStringType::kInternalized, length));
}

// ---- external strings ----
//
// V8 reads the characters straight from the addon's buffer for as long as it
// needs them, then calls Dispose() — from inside GC, when the string is
// internalized by copy, or when the isolate is disposed. Dispose only calls
// `release(token)`, which must merely queue the addon's finalizer (no JS, no
// handles), and frees the resource object.

namespace {

using Release = void (*)(void* token);

template <typename Base, typename Char>
class ExternalResource final : public Base {
 public:
  ExternalResource(const Char* data, size_t length, Release release, void* token)
      : data_(data), length_(length), release_(release), token_(token) {}
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 protected:
  void Dispose() override {
    release_(token_);
    delete this;
  }

 private:
  const Char* data_;
  size_t length_;
  Release release_;
  void* token_;
};

using OneByte = ExternalResource<v8::String::ExternalOneByteStringResource, char>;
using TwoByte = ExternalResource<v8::String::ExternalStringResource, uint16_t>;

}  // namespace

// `data` non-NULL, 0 < length <= v8::String::kMaxLength (callers check), so V8
// accepts the resource and owns it from here on.
NARI_EXPORT H nari_v8__String__NewExternalOneByte(const char* data, size_t length,
                                                  Release release, void* token) {
  return V(v8::String::NewExternalOneByte(isolate(), new OneByte(data, length, release, token)));
}
NARI_EXPORT H nari_v8__String__NewExternalTwoByte(const uint16_t* data, size_t length,
                                                  Release release, void* token) {
  return V(v8::String::NewExternalTwoByte(isolate(), new TwoByte(data, length, release, token)));
}
