// Functions: native callbacks, calls, construction, script compilation.
#include "binding.h"

using namespace nari;

namespace {
// Set once by napi-host: runs a native callback. `data` is the pointer given to
// Function__New, `info` the FunctionCallbackInfo; returns the result or NULL.
using Invoke = H (*)(void* data, const void* info);
Invoke g_invoke = nullptr;

void Trampoline(const v8::FunctionCallbackInfo<v8::Value>& info) {
  void* data = ExternalValue(V(info.Data()));
  H result = g_invoke(data, &info);
  if (result != nullptr) info.GetReturnValue().Set(L(result));
}

const v8::FunctionCallbackInfo<v8::Value>& Info(const void* info) {
  return *static_cast<const v8::FunctionCallbackInfo<v8::Value>*>(info);
}
}  // namespace

NARI_EXPORT void nari_v8__Function__SetInvoke(Invoke invoke) { g_invoke = invoke; }
NARI_EXPORT v8::FunctionCallback nari_v8__Function__Trampoline() { return Trampoline; }

// A function that calls the registered invoke hook with `data`. `name` may be NULL.
NARI_EXPORT H nari_v8__Function__New(void* data, H name) {
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(context(), Trampoline, v8::External::New(isolate(), data))
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
  return !caught(tc, exception) && *result != nullptr;
}

NARI_EXPORT bool nari_v8__Function__NewInstance(H fn, int argc, H* argv, H* result,
                                                H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(L<v8::Function>(fn)->NewInstance(
      context(), argc, reinterpret_cast<v8::Local<v8::Value>*>(argv)));
  return !caught(tc, exception) && *result != nullptr;
}

// Copies up to `capacity` arguments into argv (undefined past the actual
// count) and returns the actual count.
NARI_EXPORT int nari_v8__CallbackInfo__Args(const void* info, H* argv, int capacity) {
  const auto& args = Info(info);
  int length = args.Length();
  for (int i = 0; i < capacity; i++) argv[i] = V(args[i]);
  return length;
}
NARI_EXPORT H nari_v8__CallbackInfo__This(const void* info) { return V(Info(info).This()); }
// new.target, or NULL when the function was called without `new`.
NARI_EXPORT H nari_v8__CallbackInfo__NewTarget(const void* info) {
  v8::Local<v8::Value> target = Info(info).NewTarget();
  return target->IsUndefined() ? nullptr : V(target);
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
  return !caught(tc, exception) && *result != nullptr;
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
  return !caught(tc, exception) && *result != nullptr;
}
