// Handle scopes and persistent (Global) handles.
#include "binding.h"

using namespace nari;

namespace {
// HandleScope forbids `new`; a wrapper object holding one may live on the heap.
struct HeapHandleScope {
  v8::HandleScope scope{isolate()};
};
struct HeapEscapableScope {
  v8::EscapableHandleScope scope{isolate()};
};
}  // namespace

NARI_EXPORT void* nari_v8__HandleScope__New() { return new HeapHandleScope(); }
NARI_EXPORT void nari_v8__HandleScope__Delete(void* scope) {
  delete static_cast<HeapHandleScope*>(scope);
}
NARI_EXPORT void* nari_v8__EscapableHandleScope__New() { return new HeapEscapableScope(); }
NARI_EXPORT void nari_v8__EscapableHandleScope__Delete(void* scope) {
  delete static_cast<HeapEscapableScope*>(scope);
}
NARI_EXPORT H nari_v8__EscapableHandleScope__Escape(void* scope, H value) {
  return V(static_cast<HeapEscapableScope*>(scope)->scope.Escape(L(value)));
}

// A strong persistent handle to `value`, owned by the caller (free with Delete).
NARI_EXPORT void* nari_v8__Global__New(H value) {
  return new v8::Global<v8::Value>(isolate(), L(value));
}
// A new handle in the current scope to the Global's value.
NARI_EXPORT H nari_v8__Global__Get(void* global) {
  return V(static_cast<v8::Global<v8::Value>*>(global)->Get(isolate()));
}
// After the isolate is gone (thread-local destructors at exit), the handle
// is left alone: its memory went with the isolate.
NARI_EXPORT void nari_v8__Global__Delete(void* global) {
  if (isolate() == nullptr) return;
  delete static_cast<v8::Global<v8::Value>*>(global);
}

namespace {
// A weak persistent handle: when V8 collects the value, the first-pass weak
// callback resets the handle and calls `on_collected(param)`, which must not
// touch JavaScript (it only queues work for later).
struct WeakHandle {
  v8::Global<v8::Value> handle;
  void (*on_collected)(void*);
  void* param;
};

void WeakCallback(const v8::WeakCallbackInfo<WeakHandle>& info) {
  WeakHandle* weak = info.GetParameter();
  weak->handle.Reset();
  weak->on_collected(weak->param);
}
}  // namespace

// Owned by the caller; free with WeakHandle__Delete (also after collection).
NARI_EXPORT void* nari_v8__WeakHandle__New(H value, void (*on_collected)(void*), void* param) {
  auto* weak = new WeakHandle{v8::Global<v8::Value>(isolate(), L(value)), on_collected, param};
  weak->handle.SetWeak(weak, WeakCallback, v8::WeakCallbackType::kParameter);
  return weak;
}
// The value, or NULL once collected.
NARI_EXPORT H nari_v8__WeakHandle__Get(void* weak) {
  auto* w = static_cast<WeakHandle*>(weak);
  return w->handle.IsEmpty() ? nullptr : V(w->handle.Get(isolate()));
}
NARI_EXPORT void nari_v8__WeakHandle__Delete(void* weak) {
  if (isolate() == nullptr) return;  // as Global__Delete
  delete static_cast<WeakHandle*>(weak);
}
