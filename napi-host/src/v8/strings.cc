// String creation and extraction in UTF-8, Latin-1 and UTF-16.
#include "binding.h"

using namespace nari;

// Each New* returns NULL when V8 refuses (length beyond String::kMaxLength).
NARI_EXPORT H nari_v8__String__NewFromUtf8(const char* data, int length) {
  return V(v8::String::NewFromUtf8(isolate(), data, v8::NewStringType::kNormal, length));
}
NARI_EXPORT H nari_v8__String__NewFromOneByte(const uint8_t* data, int length) {
  return V(v8::String::NewFromOneByte(isolate(), data, v8::NewStringType::kNormal, length));
}
NARI_EXPORT H nari_v8__String__NewFromTwoByte(const uint16_t* data, int length) {
  return V(v8::String::NewFromTwoByte(isolate(), data, v8::NewStringType::kNormal, length));
}
NARI_EXPORT H nari_v8__String__NewInternalized(const char* data, int length) {
  return V(v8::String::NewFromUtf8(isolate(), data, v8::NewStringType::kInternalized, length));
}

NARI_EXPORT int nari_v8__String__Length(H s) { return L<v8::String>(s)->Length(); }
NARI_EXPORT int nari_v8__String__Utf8Length(H s) { return L<v8::String>(s)->Utf8Length(isolate()); }

// Writes at most `capacity` bytes of whole UTF-8 characters, no terminator;
// returns the number of bytes written.
NARI_EXPORT int nari_v8__String__WriteUtf8(H s, char* buffer, int capacity) {
  return L<v8::String>(s)->WriteUtf8(
      isolate(), buffer, capacity, nullptr,
      v8::String::REPLACE_INVALID_UTF8 | v8::String::NO_NULL_TERMINATION);
}
// Writes at most `capacity` Latin-1 units (truncating wider ones), no terminator.
NARI_EXPORT int nari_v8__String__WriteOneByte(H s, uint8_t* buffer, int capacity) {
  return L<v8::String>(s)->WriteOneByte(isolate(), buffer, 0, capacity,
                                        v8::String::NO_NULL_TERMINATION);
}
// Writes at most `capacity` UTF-16 code units, no terminator.
NARI_EXPORT int nari_v8__String__Write(H s, uint16_t* buffer, int capacity) {
  return L<v8::String>(s)->Write(isolate(), buffer, 0, capacity, v8::String::NO_NULL_TERMINATION);
}
