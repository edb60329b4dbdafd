// Functions: native callbacks, calls, construction, script compilation.
#include <cstddef>

#include "binding.h"

using namespace nari;

namespace {
// Set once by napi-host: the callback of every native function nari makes.
// It is a Rust function that reads the FunctionCallbackInfo in place (see
// src/v8/callback_info.rs), taking it by pointer: the same ABI as V8's
// `void(const FunctionCallbackInfo<Value>&)`.
v8::FunctionCallback g_callback = nullptr;

// The FunctionCallbackInfo layout the Rust side reads: three fields, then
// the implicit-argument slots it indexes. A V8 that differs fails here.
struct CallbackInfoLayout : v8::FunctionCallbackInfo<v8::Value> {
  static void Check() {
    static_assert(kHolderIndex == 0 && kReturnValueIndex == 3 && kDataIndex == 4 &&
                      kNewTargetIndex == 5,
                  "implicit argument slots as in callback_info.rs");
    static_assert(offsetof(CallbackInfoLayout, implicit_args_) == 0 &&
                      offsetof(CallbackInfoLayout, values_) == sizeof(void*) &&
                      offsetof(CallbackInfoLayout, length_) == 2 * sizeof(void*),
                  "FunctionCallbackInfo fields as in callback_info.rs");
  }
};
}  // namespace

NARI_EXPORT void nari_v8__Function__SetCallback(v8::FunctionCallback callback) {
  CallbackInfoLayout::Check();
  g_callback = callback;
}
NARI_EXPORT v8::FunctionCallback nari_v8__Function__Trampoline() { return g_callback; }

// A function whose calls run the registered callback with `data` (an
// External). `name` may be NULL.
NARI_EXPORT H nari_v8__Function__New(void* data, H name) {
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(context(), g_callback, v8::External::New(isolate(), data))
           .ToLocal(&fn)) {
    return nullptr;
  }
  if (name != nullptr) fn->SetName(L<v8::String>(name));
  return V(fn);
}

NARI_EXPORT bool nari_v8__Function__Call(H fn, H recv, int argc, H* argv, H* result,
                                         H* exception) {
  v8::TryCatch tc(isolate());
  static_assert(sizeof(v8::Local<v8::Value>) == sizeof(H), "argv reinterpretation");
  *result = V(L<v8::Function>(fn)->Call(context(), L(recv), argc,
                                         reinterpret_cast<v8::Local<v8::Value>*>(argv)));
  return settled(tc, *result != nullptr, exception);
}

NARI_EXPORT bool nari_v8__Function__NewInstance(H fn, int argc, H* argv, H* result,
                                                H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(L<v8::Function>(fn)->NewInstance(
      context(), argc, reinterpret_cast<v8::Local<v8::Value>*>(argv)));
  return settled(tc, *result != nullptr, exception);
}

// What src/v8/callback_info.rs and values.rs need to read handles in place
// (field order as `HeapFacts` there): header constants and probed layout.
struct HeapFacts {
  int32_t external_value_offset;  // 0 when probing failed
  int32_t heap_number_type;       // -1 when probing failed
  int32_t heap_number_value_offset;
  int32_t map_instance_type_offset;
  int32_t smi_shift;
  // The instance types of the primitives that are heap objects: every string
  // type is below the first; a value of none of these kinds is an object.
  int32_t first_nonstring_type;
  int32_t oddball_type;
  int32_t bigint_type;  // -1 when probing failed
  int32_t symbol_type;  // -1 when probing failed
};
static_assert(sizeof(HeapFacts) == 9 * sizeof(int32_t), "HeapFacts as in heap.rs");
NARI_EXPORT void nari_v8__Layout__HeapFacts(HeapFacts* facts) {
  using v8::internal::Internals;
  static_assert(v8::internal::kHeapObjectTag == 1 && Internals::kHeapObjectMapOffset == 0,
                "tagged pointers as in callback_info.rs");
  facts->external_value_offset = g_layout.external_value_offset;
  facts->heap_number_type = g_layout.heap_number_type;
  facts->heap_number_value_offset = g_layout.heap_number_value_offset;
  facts->map_instance_type_offset = Internals::kMapInstanceTypeOffset;
  facts->smi_shift = v8::internal::kSmiTagSize + v8::internal::kSmiShiftSize;
  facts->first_nonstring_type = Internals::kFirstNonstringType;
  facts->oddball_type = Internals::kOddballType;
  facts->bigint_type = g_layout.bigint_type;
  facts->symbol_type = g_layout.symbol_type;
}

// Compiles and runs `source` as a classic script named `filename`.
NARI_EXPORT bool nari_v8__Script__Run(H source, H filename, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::ScriptOrigin origin(isolate(), L(filename));
  v8::Local<v8::Script> script;
  *result = nullptr;
  if (v8::Script::Compile(context(), L<v8::String>(source), &origin).ToLocal(&script)) {
    *result = V(script->Run(context()));
  }
  return settled(tc, *result != nullptr, exception);
}

// Compiles `source` as the body of a function taking `params` (names), with
// `filename` as its script origin — how CommonJS modules are wrapped.
NARI_EXPORT bool nari_v8__ScriptCompiler__CompileFunction(H source, H filename, int param_count,
                                                          H* params, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  v8::ScriptOrigin origin(isolate(), L(filename));
  v8::ScriptCompiler::Source src(L<v8::String>(source), origin);
  *result = V(v8::ScriptCompiler::CompileFunction(
      context(), &src, param_count, reinterpret_cast<v8::Local<v8::String>*>(params)));
  return settled(tc, *result != nullptr, exception);
}
