// Error objects.
#include <string>

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

namespace nari {

// "name:line\n<source line>\n    ^^^\n" for the message's location, as Node
// shows above a syntax error; NULL when V8 gives no location.
H SourceArrow(v8::Local<v8::Message> message, v8::Local<v8::Value> name) {
  if (message.IsEmpty()) return nullptr;
  int line = message->GetLineNumber(context()).FromMaybe(0);
  v8::Local<v8::String> source_line;
  if (line <= 0 || !message->GetSourceLine(context()).ToLocal(&source_line)) return nullptr;
  int start = message->GetStartColumn(context()).FromMaybe(0);
  int end = message->GetEndColumn(context()).FromMaybe(start + 1);
  std::string marks(static_cast<size_t>(start < 0 ? 0 : start), ' ');
  marks.append(static_cast<size_t>(end > start ? end - start : 1), '^');
  v8::String::Utf8Value file(isolate(), name);
  std::string head = std::string(*file ? *file : "") + ":" + std::to_string(line) + "\n";
  v8::Local<v8::String> text = v8::String::Concat(
      isolate(),
      v8::String::Concat(isolate(),
                         v8::String::NewFromUtf8(isolate(), head.c_str()).ToLocalChecked(),
                         source_line),
      v8::String::NewFromUtf8(isolate(), ("\n" + marks + "\n").c_str()).ToLocalChecked());
  return V(text);
}

}  // namespace nari

// Where `exception` comes from, as Node prints above an uncaught error:
// "file:line\n<source line>\n   ^\n"; NULL when V8 knows no location
// (a primitive thrown, or an error made without a stack).
NARI_EXPORT H nari_v8__Exception__SourceArrow(H exception) {
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate(), L(exception));
  return SourceArrow(message, message->GetScriptResourceName());
}
