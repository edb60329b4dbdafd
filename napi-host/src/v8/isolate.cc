// Process-wide V8 set-up: flags, platform, the one isolate and its context.
#include <libplatform/libplatform.h>

#include <memory>

#include "binding.h"

namespace nari {

v8::Isolate* g_isolate = nullptr;
v8::Local<v8::Context> g_context;
static std::unique_ptr<v8::Platform> g_platform;

}  // namespace nari

using namespace nari;

// Applies V8 command-line flags, removing the ones V8 recognised from argv.
NARI_EXPORT void nari_v8__V8__SetFlagsFromCommandLine(int* argc, char** argv) {
  v8::V8::SetFlagsFromCommandLine(argc, argv, true);
}

NARI_EXPORT void nari_v8__V8__SetFlagsFromString(const char* flags, size_t length) {
  v8::V8::SetFlagsFromString(flags, length);
}

NARI_EXPORT const char* nari_v8__V8__GetVersion() { return v8::V8::GetVersion(); }

// Starts the platform and V8 once per process.
NARI_EXPORT void nari_v8__V8__Initialize() {
  g_platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(g_platform.get());
  v8::V8::Initialize();
}

extern "C" {
// From mimalloc (the libmimalloc-sys crate links it).
void* mi_malloc(size_t size);
void* mi_zalloc(size_t size);
void mi_free(void* p);
void mi_option_set(int option, long value);
}

namespace {

// ArrayBuffer memory comes from mimalloc: buffers are allocated on the JS
// thread and freed wherever V8's array-buffer sweeper runs (a worker
// thread), which glibc's malloc handles with a lock and consolidation per
// free; mimalloc hands the block back to its owning thread's heap instead.
class Allocator final : public v8::ArrayBuffer::Allocator {
 public:
  // Arenas commit memory as it is used rather than up front: eagerly, the
  // first ArrayBuffer cost 4 MB of resident memory. (mi_option_arena_eager_
  // commit is option 4 in both mimalloc 2 and 3.)
  Allocator() { mi_option_set(4, 0); }
  void* Allocate(size_t length) override { return mi_zalloc(length); }
  void* AllocateUninitialized(size_t length) override { return mi_malloc(length); }
  void Free(void* data, size_t) override { mi_free(data); }
};

}  // namespace

// Creates the isolate and its context, enters both inside a HandleScope, and
// runs `main(data)` there. Returns when `main` does; the isolate is disposed.
NARI_EXPORT void nari_v8__Isolate__Run(void (*main)(void*), void* data) {
  Allocator allocator;
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = &allocator;
  g_isolate = v8::Isolate::New(params);
  g_isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  {
    v8::Isolate::Scope isolate_scope(g_isolate);
    v8::HandleScope handle_scope(g_isolate);
    v8::Local<v8::Context> context = v8::Context::New(g_isolate);
    v8::Context::Scope context_scope(context);
    g_context = context;
    ProbeLayout();
    main(data);
    g_context = v8::Local<v8::Context>();
  }
  g_isolate->Dispose();
  g_isolate = nullptr;
}

NARI_EXPORT void nari_v8__Isolate__PerformMicrotaskCheckpoint() {
  isolate()->PerformMicrotaskCheckpoint();
}

NARI_EXPORT void nari_v8__Isolate__ThrowException(H exception) {
  isolate()->ThrowException(L(exception));
}

// Collects garbage as hard as V8 can (for tests that wait on finalizers).
NARI_EXPORT void nari_v8__Isolate__LowMemoryNotification() {
  isolate()->LowMemoryNotification();
}

NARI_EXPORT void nari_v8__Isolate__AdjustAmountOfExternalAllocatedMemory(int64_t change, int64_t* result) {
  *result = isolate()->AdjustAmountOfExternalAllocatedMemory(change);
}

NARI_EXPORT void nari_v8__Isolate__GetHeapStatistics(size_t* total, size_t* used, size_t* external) {
  v8::HeapStatistics stats;
  isolate()->GetHeapStatistics(&stats);
  *total = stats.total_heap_size();
  *used = stats.used_heap_size();
  *external = stats.external_memory();
}

// Queues `fn` (a Function) to run at the next microtask checkpoint.
NARI_EXPORT void nari_v8__Isolate__EnqueueMicrotask(H fn) {
  isolate()->EnqueueMicrotask(L<v8::Function>(fn));
}

namespace {
// Set by SetPromiseRejectCallback: receives V8's event number, the promise
// and the rejection value (NULL when V8 gives none).
void (*g_on_promise_reject)(int event, H promise, H value) = nullptr;

void OnPromiseReject(v8::PromiseRejectMessage message) {
  if (g_on_promise_reject == nullptr) return;
  v8::HandleScope scope(isolate());
  v8::Local<v8::Value> value = message.GetValue();
  g_on_promise_reject(static_cast<int>(message.GetEvent()), V(message.GetPromise()),
                      value.IsEmpty() ? nullptr : V(value));
}
}  // namespace

// Events: 0 rejected with no handler, 1 handler added after rejection,
// 2 reject after resolved, 3 resolve after resolved.
NARI_EXPORT void nari_v8__Isolate__SetPromiseRejectCallback(void (*callback)(int, H, H)) {
  g_on_promise_reject = callback;
  isolate()->SetPromiseRejectCallback(OnPromiseReject);
}
