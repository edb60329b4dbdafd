/* (f) An addon that links against the V8 C++ ABI: it references a data
   symbol with a mangled v8:: name (v8::nari::NotARealSymbol) that no
   runtime provides. Loading must fail with an Error naming the file. */
#include <node_api.h>
#include <stddef.h>

extern char _ZN2v84nari14NotARealSymbolE;
void* v8_abi_symbol_ref = &_ZN2v84nari14NotARealSymbolE;

NAPI_MODULE_INIT() {
  (void)env;
  return exports;
}
