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

// The isolate of the JS thread: nari runs one isolate per process.
v8::Isolate* isolate();

// The isolate's one context: a handle in the outermost HandleScope, which
// stays open while the isolate runs (no new handle per call).
v8::Local<v8::Context> context();

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

// "name:line\n<source line>\n    ^^^\n" for a message's location (errors.cc);
// NULL when V8 gives none.
H SourceArrow(v8::Local<v8::Message> message, v8::Local<v8::Value> name);

}  // namespace nari

#define NARI_EXPORT extern "C" __attribute__((visibility("hidden")))

#endif  // NARI_V8_BINDING_H_
