// ES modules: source text and synthetic modules, linking, evaluation, and the
// host hooks V8 calls for `import.meta` and dynamic `import()`.
//
// Modules are not values, so they never cross into JavaScript: the shim keeps
// every module it creates in a table and hands out its index (a module id,
// >= 0). Modules live as long as the isolate (as in a browser or Node, a
// module map never forgets a module).
//
// The embedder registers four hooks once (Module__SetHooks):
// - resolve(specifier, referrer id) -> id, or -1 with an exception thrown:
//   called during InstantiateModule for every import of a source text module;
// - evaluate_synthetic(id) -> false with an exception thrown: a synthetic
//   module's evaluation steps (it sets the exports with SetSyntheticExport);
// - import_meta(id, meta): fills `import.meta` on its first use;
// - import_dynamically(specifier, referrer name, type) -> a promise, or NULL
//   with an exception thrown: `import()` from any script, function or module;
//   the referrer name is the resource name of its script origin, `type` the
//   value of a `type` import assertion (or undefined).
#include <unordered_map>
#include <vector>

#include "binding.h"

using namespace nari;

namespace {
using ResolveHook = int (*)(H specifier, int referrer);
using EvaluateSyntheticHook = bool (*)(int id);
using ImportMetaHook = void (*)(int id, H meta);
using ImportDynamicallyHook = H (*)(H specifier, H referrer_name, H type);

ResolveHook g_resolve = nullptr;
EvaluateSyntheticHook g_evaluate_synthetic = nullptr;
ImportMetaHook g_import_meta = nullptr;
ImportDynamicallyHook g_import_dynamically = nullptr;

// Never destroyed: Globals must not outlive the isolate's heap teardown in a
// static destructor.
std::vector<v8::Global<v8::Module>>& modules() {
  static auto* table = new std::vector<v8::Global<v8::Module>>();
  return *table;
}
// Identity hash -> ids with that hash.
std::unordered_multimap<int, int>& by_hash() {
  static auto* index = new std::unordered_multimap<int, int>();
  return *index;
}

int Register(v8::Local<v8::Module> module) {
  int id = static_cast<int>(modules().size());
  modules().emplace_back(isolate(), module);
  by_hash().emplace(module->GetIdentityHash(), id);
  return id;
}

v8::Local<v8::Module> Get(int id) { return modules().at(id).Get(isolate()); }

int Find(v8::Local<v8::Module> module) {
  auto range = by_hash().equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (Get(it->second) == module) return it->second;
  }
  return -1;
}

v8::MaybeLocal<v8::Module> Resolve(v8::Local<v8::Context>, v8::Local<v8::String> specifier,
                                   v8::Local<v8::FixedArray>, v8::Local<v8::Module> referrer) {
  int id = g_resolve == nullptr ? -1 : g_resolve(V(specifier), Find(referrer));
  if (id < 0) return {};
  return Get(id);
}

v8::MaybeLocal<v8::Value> EvaluateSynthetic(v8::Local<v8::Context> context,
                                            v8::Local<v8::Module> module) {
  if (g_evaluate_synthetic != nullptr && !g_evaluate_synthetic(Find(module))) return {};
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  if (resolver->Resolve(context, v8::Undefined(isolate())).IsNothing()) return {};
  return resolver->GetPromise();
}

void InitializeImportMeta(v8::Local<v8::Context>, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  if (g_import_meta != nullptr) g_import_meta(Find(module), V(meta));
}

// The value of the `type` assertion in `assertions` ([key, value, …] with
// `stride` entries per assertion), or undefined.
v8::Local<v8::Value> AssertedType(v8::Local<v8::FixedArray> assertions, int stride) {
  v8::Local<v8::Value> type = v8::Undefined(isolate());
  if (assertions.IsEmpty()) return type;
  for (int i = 0; i + 1 < assertions->Length(); i += stride) {
    v8::Local<v8::Value> key = assertions->Get(context(), i).As<v8::Value>();
    if (key->IsString() && key.As<v8::String>()->StringEquals(
                               v8::String::NewFromUtf8Literal(isolate(), "type"))) {
      type = assertions->Get(context(), i + 1).As<v8::Value>();
    }
  }
  return type;
}

v8::MaybeLocal<v8::Promise> ImportDynamically(v8::Local<v8::Context>, v8::Local<v8::Data>,
                                              v8::Local<v8::Value> resource_name,
                                              v8::Local<v8::String> specifier,
                                              v8::Local<v8::FixedArray> assertions) {
  v8::Local<v8::Value> name =
      resource_name.IsEmpty() ? v8::Undefined(isolate()).As<v8::Value>() : resource_name;
  H promise = g_import_dynamically == nullptr
                  ? nullptr
                  : g_import_dynamically(V(specifier), V(name), V(AssertedType(assertions, 2)));
  if (promise == nullptr || !L(promise)->IsPromise()) return {};
  return L<v8::Promise>(promise);
}

}  // namespace

NARI_EXPORT void nari_v8__Module__SetHooks(ResolveHook resolve,
                                           EvaluateSyntheticHook evaluate_synthetic,
                                           ImportMetaHook import_meta,
                                           ImportDynamicallyHook import_dynamically) {
  g_resolve = resolve;
  g_evaluate_synthetic = evaluate_synthetic;
  g_import_meta = import_meta;
  g_import_dynamically = import_dynamically;
  isolate()->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
  isolate()->SetHostImportModuleDynamicallyCallback(ImportDynamically);
}

// Compiles `source` as a module named `name` (its URL). On a syntax error,
// `*arrow` gets the location text (see Arrow) or NULL.
NARI_EXPORT bool nari_v8__Module__Compile(H source, H name, int* id, H* arrow, H* exception) {
  v8::TryCatch tc(isolate());
  v8::ScriptOrigin origin(isolate(), L(name), 0, 0, false, -1, v8::Local<v8::Value>(), false,
                          false, /*is_module=*/true);
  v8::ScriptCompiler::Source src(L<v8::String>(source), origin);
  v8::Local<v8::Module> module;
  *arrow = nullptr;
  if (!v8::ScriptCompiler::CompileModule(isolate(), &src).ToLocal(&module)) {
    if (tc.HasCaught() && !tc.HasTerminated()) *arrow = SourceArrow(tc.Message(), L(name));
    if (!caught(tc, exception)) *exception = nullptr;
    return false;
  }
  *id = Register(module);
  return true;
}

// A synthetic module named `name` exporting `names` (strings).
NARI_EXPORT int nari_v8__Module__CreateSynthetic(H name, int count, H* names) {
  std::vector<v8::Local<v8::String>> exports;
  exports.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; i++) exports.push_back(L<v8::String>(names[i]));
  return Register(v8::Module::CreateSyntheticModule(isolate(), L<v8::String>(name), exports,
                                                    EvaluateSynthetic));
}

NARI_EXPORT bool nari_v8__Module__SetSyntheticExport(int id, H name, H value, H* exception) {
  v8::TryCatch tc(isolate());
  bool ok = Get(id)->SetSyntheticModuleExport(isolate(), L<v8::String>(name), L(value))
                .FromMaybe(false);
  if (caught(tc, exception)) return false;
  if (!ok) *exception = nullptr;
  return ok;
}

// The specifiers a source text module imports, in source order (an Array).
NARI_EXPORT H nari_v8__Module__Requests(int id) {
  v8::Local<v8::Module> module = Get(id);
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  v8::Local<v8::Array> result = v8::Array::New(isolate(), requests->Length());
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request =
        requests->Get(context(), i).As<v8::ModuleRequest>();
    result->Set(context(), static_cast<uint32_t>(i), request->GetSpecifier()).Check();
  }
  return V(result);
}

// The `type` import assertion of each request (a string, or undefined), in
// the order of Module__Requests.
NARI_EXPORT H nari_v8__Module__RequestTypes(int id) {
  v8::Local<v8::FixedArray> requests = Get(id)->GetModuleRequests();
  v8::Local<v8::Array> result = v8::Array::New(isolate(), requests->Length());
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request =
        requests->Get(context(), i).As<v8::ModuleRequest>();
    // Static assertions come as [key, value, source offset] triples.
    result->Set(context(), static_cast<uint32_t>(i), AssertedType(request->GetImportAssertions(), 3))
        .Check();
  }
  return V(result);
}

NARI_EXPORT bool nari_v8__Module__Instantiate(int id, H* exception) {
  v8::TryCatch tc(isolate());
  bool ok = Get(id)->InstantiateModule(context(), Resolve).FromMaybe(false);
  if (caught(tc, exception)) return false;
  if (!ok) *exception = nullptr;
  return ok;
}

// Evaluates an instantiated module; the result is a promise (top-level await).
NARI_EXPORT bool nari_v8__Module__Evaluate(int id, H* result, H* exception) {
  v8::TryCatch tc(isolate());
  *result = V(Get(id)->Evaluate(context()));
  return settled(tc, *result != nullptr, exception);
}

// The namespace object; the module must be instantiated.
NARI_EXPORT H nari_v8__Module__Namespace(int id) { return V(Get(id)->GetModuleNamespace()); }

// v8::Module::Status: 0 uninstantiated … 4 evaluated, 5 errored.
NARI_EXPORT int nari_v8__Module__Status(int id) { return static_cast<int>(Get(id)->GetStatus()); }

// The error of an errored module.
NARI_EXPORT H nari_v8__Module__Exception(int id) { return V(Get(id)->GetException()); }

NARI_EXPORT int nari_v8__Module__Count() { return static_cast<int>(modules().size()); }
