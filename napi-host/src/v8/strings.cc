// String creation and extraction in UTF-8, Latin-1 and UTF-16.
#include <cstring>

#include "binding.h"

using namespace nari;

namespace {

bool IsAscii(const uint8_t* chars, size_t length) {
  uint8_t any = 0;
  for (size_t i = 0; i < length; i++) any |= chars[i];
  return any < 0x80;
}

// UTF-8 of Latin-1 `chars`: at most `capacity` bytes of whole characters
// (each is one byte below 0x80, two from there); returns the bytes written.
int Latin1ToUtf8(const uint8_t* chars, int length, char* buffer, int capacity) {
  int n = length < capacity ? length : capacity;
  if (IsAscii(chars, n)) {
    std::memcpy(buffer, chars, n);
    return n;
  }
  int written = 0;
  for (int i = 0; i < length; i++) {
    uint8_t c = chars[i];
    if (c < 0x80) {
      if (written + 1 > capacity) break;
      buffer[written++] = static_cast<char>(c);
    } else {
      if (written + 2 > capacity) break;
      buffer[written++] = static_cast<char>(0xC0 | (c >> 6));
      buffer[written++] = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return written;
}

// Internalized property keys made from UTF-8 names, cached by content:
// addons name the same few properties over and over (napi_get/
// set_named_property), and V8 would otherwise decode each name and look it
// up in its string table every time. A name goes in the first free bucket of
// the few its hash picks, for the life of the isolate (an Eternal handle,
// returned as is); names finding none free, and long ones, go to V8.
constexpr int kMaxCachedKeyLength = 32;
constexpr uint32_t kKeyCacheBuckets = 1024;
constexpr uint32_t kKeyCacheProbes = 4;
struct CachedKey {
  int length = -1;  // -1: empty bucket
  char bytes[kMaxCachedKeyLength];
  v8::Eternal<v8::String> key;
};
CachedKey g_key_cache[kKeyCacheBuckets];

// FNV-1a, a byte at a time.
constexpr uint32_t kHashStart = 2166136261u;
inline uint32_t HashStep(uint32_t hash, char byte) {
  return (hash ^ static_cast<uint8_t>(byte)) * 16777619u;
}
uint32_t HashName(const char* data, int length) {
  uint32_t hash = kHashStart;
  for (int i = 0; i < length; i++) hash = HashStep(hash, data[i]);
  return hash;
}

}  // namespace

// Each New* returns NULL when V8 refuses (length beyond String::kMaxLength).
// ASCII text is handed to V8 as Latin-1, which it copies without decoding.
NARI_EXPORT H nari_v8__String__NewFromUtf8(const char* data, int length) {
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(data);
  if (length >= 0 && IsAscii(bytes, length)) {
    return V(v8::String::NewFromOneByte(isolate(), bytes, v8::NewStringType::kNormal, length));
  }
  return V(v8::String::NewFromUtf8(isolate(), data, v8::NewStringType::kNormal, length));
}
NARI_EXPORT H nari_v8__String__NewFromOneByte(const uint8_t* data, int length) {
  return V(v8::String::NewFromOneByte(isolate(), data, v8::NewStringType::kNormal, length));
}
NARI_EXPORT H nari_v8__String__NewFromTwoByte(const uint16_t* data, int length) {
  return V(v8::String::NewFromTwoByte(isolate(), data, v8::NewStringType::kNormal, length));
}
namespace {

// The internalized string of `length` bytes at `data` whose HashName is
// `hash`, from the cache or (then cached if a bucket is free) from V8.
H InternalizedName(const char* data, int length, uint32_t hash) {
  CachedKey* free_bucket = nullptr;
  if (length >= 0 && length <= kMaxCachedKeyLength) {
    for (uint32_t probe = 0; probe < kKeyCacheProbes; probe++) {
      CachedKey& bucket = g_key_cache[(hash + probe) % kKeyCacheBuckets];
      if (bucket.length < 0) {
        free_bucket = &bucket;
        break;
      }
      if (bucket.length == length && std::memcmp(bucket.bytes, data, length) == 0) {
        return V(bucket.key.Get(isolate()));
      }
    }
  }
  v8::Local<v8::String> key;
  if (!v8::String::NewFromUtf8(isolate(), data, v8::NewStringType::kInternalized, length)
           .ToLocal(&key)) {
    return nullptr;
  }
  if (free_bucket != nullptr) {
    free_bucket->key.Set(isolate(), key);
    std::memcpy(free_bucket->bytes, data, length);
    free_bucket->length = length;
  }
  return V(key);
}

}  // namespace

NARI_EXPORT H nari_v8__String__NewInternalized(const char* data, int length) {
  bool short_name = length >= 0 && length <= kMaxCachedKeyLength;
  return InternalizedName(data, length, short_name ? HashName(data, length) : 0);
}

// As NewInternalized, for a NUL-terminated name: its length and hash in one
// pass over it (names are short).
NARI_EXPORT H nari_v8__String__NewInternalizedFromCString(const char* name) {
  uint32_t hash = kHashStart;  // HashName, fused with finding the end
  int length = 0;
  for (; length <= kMaxCachedKeyLength && name[length] != 0; length++) {
    hash = HashStep(hash, name[length]);
  }
  if (length > kMaxCachedKeyLength) {
    size_t full = std::strlen(name);
    if (full > static_cast<size_t>(v8::String::kMaxLength)) return nullptr;
    return InternalizedName(name, static_cast<int>(full), 0);
  }
  return InternalizedName(name, length, hash);
}

// Sequential one-byte strings (most strings JS makes) are read in place
// (ReadOneByteString); others through V8.
NARI_EXPORT int nari_v8__String__Length(H s) { return L<v8::String>(s)->Length(); }
NARI_EXPORT int nari_v8__String__Utf8Length(H s) {
  const uint8_t* chars;
  int length;
  if (ReadOneByteString(s, &chars, &length)) {
    int utf8 = length;
    for (int i = 0; i < length; i++) utf8 += chars[i] >> 7;
    return utf8;
  }
  return L<v8::String>(s)->Utf8Length(isolate());
}

// Writes at most `capacity` bytes of whole UTF-8 characters, no terminator;
// returns the number of bytes written.
//
// Other one-byte strings (slices, concatenations) are copied out by V8 as
// Latin-1, a plain copy, and are done if that copy is ASCII; V8's UTF-8
// writer encodes character by character.
NARI_EXPORT int nari_v8__String__WriteUtf8(H s, char* buffer, int capacity) {
  const uint8_t* chars;
  int length;
  if (ReadOneByteString(s, &chars, &length)) return Latin1ToUtf8(chars, length, buffer, capacity);
  if (IsOneByteString(s)) {
    v8::Local<v8::String> string = L<v8::String>(s);
    int n = string->Length() < capacity ? string->Length() : capacity;
    uint8_t* bytes = reinterpret_cast<uint8_t*>(buffer);
    n = string->WriteOneByte(isolate(), bytes, 0, n, v8::String::NO_NULL_TERMINATION);
    if (IsAscii(bytes, n)) return n;
  }
  return L<v8::String>(s)->WriteUtf8(
      isolate(), buffer, capacity, nullptr,
      v8::String::REPLACE_INVALID_UTF8 | v8::String::NO_NULL_TERMINATION);
}
// Writes at most `capacity` Latin-1 units (truncating wider ones), no terminator.
NARI_EXPORT int nari_v8__String__WriteOneByte(H s, uint8_t* buffer, int capacity) {
  const uint8_t* chars;
  int length;
  if (ReadOneByteString(s, &chars, &length)) {
    int n = length < capacity ? length : capacity;
    std::memcpy(buffer, chars, n);
    return n;
  }
  return L<v8::String>(s)->WriteOneByte(isolate(), buffer, 0, capacity,
                                        v8::String::NO_NULL_TERMINATION);
}
// Writes at most `capacity` UTF-16 code units, no terminator.
NARI_EXPORT int nari_v8__String__Write(H s, uint16_t* buffer, int capacity) {
  return L<v8::String>(s)->Write(isolate(), buffer, 0, capacity, v8::String::NO_NULL_TERMINATION);
}
