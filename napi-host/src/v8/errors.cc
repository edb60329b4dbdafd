// Error objects.
#include "binding.h"

using namespace nari;

// kind: 0 Error, 1 TypeError, 2 RangeError, 3 SyntaxError.
NARI_EXPORT H nari_v8__Exception__New(int kind, H message) {
  v8::Local<v8::String> msg = L<v8::String>(message);
  switch (kind) {
    case 1: return V(v8::Exception::TypeError(msg));
    case 2: return V(v8::Exception::RangeError(msg));
    case 3: return V(v8::Exception::SyntaxError(msg));
    default: return V(v8::Exception::Error(msg));
  }
}
