// ArrayBuffers, SharedArrayBuffers, TypedArrays and DataViews. Nothing here
// runs JavaScript. "Buffer" below means an ArrayBuffer or a SharedArrayBuffer
// (callers check which); "view" a TypedArray or a DataView.
#include "binding.h"

using namespace nari;

namespace {

// JSArrayBuffer::kMaxByteLength on 64-bit V8 10.2 (2^53 - 1): V8 aborts the
// process when asked for a larger buffer, so callers check first.
constexpr size_t kMaxByteLength = (size_t{1} << 53) - 1;

// Memory from the isolate's ArrayBuffer allocator (zeroed or not), retrying
// once after a full GC; NULL when even that fails (V8's own New would abort).
void* Allocate(size_t length, bool zeroed) {
  v8::ArrayBuffer::Allocator* allocator = isolate()->GetArrayBufferAllocator();
  auto allocate = [&] {
    return zeroed ? allocator->Allocate(length) : allocator->AllocateUninitialized(length);
  };
  void* data = allocate();
  if (data == nullptr) {
    isolate()->LowMemoryNotification();
    data = allocate();
  }
  return data;
}

// Backing-store deleter for memory from Allocate (any thread may run it).
void FreeAllocated(void* data, size_t length, void* allocator) {
  static_cast<v8::ArrayBuffer::Allocator*>(allocator)->Free(data, length);
}

template <typename Buffer>
H NewBuffer(size_t length, bool zeroed, void** data) {
  if (length > kMaxByteLength) return nullptr;
  if (length == 0) {
    v8::Local<Buffer> buffer = Buffer::New(isolate(), 0);
    *data = buffer->Data();
    return V(buffer);
  }
  void* memory = Allocate(length, zeroed);
  if (memory == nullptr) return nullptr;
  std::shared_ptr<v8::BackingStore> store = Buffer::NewBackingStore(
      memory, length, FreeAllocated, isolate()->GetArrayBufferAllocator());
  *data = memory;
  return V(Buffer::New(isolate(), store));
}

// Data and length of an ArrayBuffer or SharedArrayBuffer.
void* BufferData(v8::Local<v8::Value> buffer) {
  if (buffer->IsSharedArrayBuffer()) return buffer.As<v8::SharedArrayBuffer>()->Data();
  return buffer.As<v8::ArrayBuffer>()->Data();
}
size_t BufferByteLength(v8::Local<v8::Value> buffer) {
  if (buffer->IsSharedArrayBuffer()) return buffer.As<v8::SharedArrayBuffer>()->ByteLength();
  return buffer.As<v8::ArrayBuffer>()->ByteLength();
}

// A view's buffer as a Value: V8 types it ArrayBuffer even when shared.
v8::Local<v8::Value> ViewBuffer(H view) {
  v8::Local<v8::ArrayBuffer> buffer = L<v8::ArrayBufferView>(view)->Buffer();
  return buffer;
}

template <typename Array, typename Buffer>
H NewTypedArray(v8::Local<Buffer> buffer, size_t offset, size_t length) {
  return V(Array::New(buffer, offset, length));
}

// `type` is a napi_typedarray_type. NULL for types V8 10.2 lacks.
template <typename Buffer>
H NewTypedArrayOf(int type, v8::Local<Buffer> b, size_t offset, size_t length) {
  switch (type) {
    case 0: return NewTypedArray<v8::Int8Array>(b, offset, length);
    case 1: return NewTypedArray<v8::Uint8Array>(b, offset, length);
    case 2: return NewTypedArray<v8::Uint8ClampedArray>(b, offset, length);
    case 3: return NewTypedArray<v8::Int16Array>(b, offset, length);
    case 4: return NewTypedArray<v8::Uint16Array>(b, offset, length);
    case 5: return NewTypedArray<v8::Int32Array>(b, offset, length);
    case 6: return NewTypedArray<v8::Uint32Array>(b, offset, length);
    case 7: return NewTypedArray<v8::Float32Array>(b, offset, length);
    case 8: return NewTypedArray<v8::Float64Array>(b, offset, length);
    case 9: return NewTypedArray<v8::BigInt64Array>(b, offset, length);
    case 10: return NewTypedArray<v8::BigUint64Array>(b, offset, length);
    default: return nullptr;
  }
}

}  // namespace

#define PREDICATE(Name) \
  NARI_EXPORT bool nari_v8__Value__##Name(H value) { return L(value)->Name(); }
PREDICATE(IsArrayBuffer)
PREDICATE(IsSharedArrayBuffer)
PREDICATE(IsTypedArray)
PREDICATE(IsDataView)
#undef PREDICATE

NARI_EXPORT size_t nari_v8__ArrayBuffer__MaxByteLength() { return kMaxByteLength; }
NARI_EXPORT size_t nari_v8__TypedArray__MaxLength() { return v8::TypedArray::kMaxLength; }

// An ArrayBuffer of `length` bytes, zeroed or uninitialized (for callers
// that fill all of it before JS can see it) / a zeroed SharedArrayBuffer;
// `*data` gets its memory. NULL when `length` is too large or the memory
// cannot be had.
NARI_EXPORT H nari_v8__ArrayBuffer__New(size_t length, bool zeroed, void** data) {
  return NewBuffer<v8::ArrayBuffer>(length, zeroed, data);
}
NARI_EXPORT H nari_v8__SharedArrayBuffer__New(size_t length, void** data) {
  return NewBuffer<v8::SharedArrayBuffer>(length, true, data);
}

// An ArrayBuffer over caller-owned memory; V8 calls `deleter(data, length,
// deleter_data)` once the backing store is gone (from any thread, maybe
// during GC). A NULL deleter means nothing to call. `length` must be at most
// MaxByteLength().
NARI_EXPORT H nari_v8__ArrayBuffer__NewExternal(void* data, size_t length,
                                                v8::BackingStore::DeleterCallback deleter,
                                                void* deleter_data) {
  if (deleter == nullptr) deleter = v8::BackingStore::EmptyDeleter;
  std::shared_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(data, length, deleter, deleter_data);
  return V(v8::ArrayBuffer::New(isolate(), store));
}

// For an ArrayBuffer or SharedArrayBuffer.
NARI_EXPORT void* nari_v8__ArrayBuffer__Data(H buffer) { return BufferData(L(buffer)); }
NARI_EXPORT size_t nari_v8__ArrayBuffer__ByteLength(H buffer) {
  return BufferByteLength(L(buffer));
}

// For an ArrayBuffer.
NARI_EXPORT bool nari_v8__ArrayBuffer__IsDetachable(H buffer) {
  return L<v8::ArrayBuffer>(buffer)->IsDetachable();
}
NARI_EXPORT bool nari_v8__ArrayBuffer__WasDetached(H buffer) {
  return L<v8::ArrayBuffer>(buffer)->WasDetached();
}
NARI_EXPORT void nari_v8__ArrayBuffer__Detach(H buffer) { L<v8::ArrayBuffer>(buffer)->Detach(); }

// A TypedArray of napi_typedarray_type `type` over an ArrayBuffer or
// SharedArrayBuffer; NULL for an unknown type. The caller checks alignment
// and that the range fits in the buffer.
NARI_EXPORT H nari_v8__TypedArray__New(int type, H buffer, size_t offset, size_t length) {
  if (L(buffer)->IsSharedArrayBuffer())
    return NewTypedArrayOf(type, L<v8::SharedArrayBuffer>(buffer), offset, length);
  return NewTypedArrayOf(type, L<v8::ArrayBuffer>(buffer), offset, length);
}

// The napi_typedarray_type of a TypedArray (-1 for a type Node-API lacks).
// Uint8Array (every Buffer) is asked first.
NARI_EXPORT int nari_v8__TypedArray__Type(H array) {
  v8::Local<v8::Value> v = L(array);
  if (v->IsUint8Array()) return 1;
  if (v->IsInt8Array()) return 0;
  if (v->IsUint8ClampedArray()) return 2;
  if (v->IsInt16Array()) return 3;
  if (v->IsUint16Array()) return 4;
  if (v->IsInt32Array()) return 5;
  if (v->IsUint32Array()) return 6;
  if (v->IsFloat32Array()) return 7;
  if (v->IsFloat64Array()) return 8;
  if (v->IsBigInt64Array()) return 9;
  if (v->IsBigUint64Array()) return 10;
  return -1;
}
NARI_EXPORT size_t nari_v8__TypedArray__Length(H array) {
  size_t length;
  if (ReadTypedArrayLength(array, &length)) return length;
  return L<v8::TypedArray>(array)->Length();
}

// A DataView over an ArrayBuffer or SharedArrayBuffer; the caller checks
// that the range fits.
NARI_EXPORT H nari_v8__DataView__New(H buffer, size_t offset, size_t length) {
  if (L(buffer)->IsSharedArrayBuffer())
    return V(v8::DataView::New(L<v8::SharedArrayBuffer>(buffer), offset, length));
  return V(v8::DataView::New(L<v8::ArrayBuffer>(buffer), offset, length));
}

// For a TypedArray or DataView. Buffer() may move an on-heap buffer off the
// heap, so callers ask for it only when they need it.
NARI_EXPORT H nari_v8__ArrayBufferView__Buffer(H view) {
  H buffer;
  if (ReadTypedArrayBuffer(view, &buffer)) return buffer;
  return V(ViewBuffer(view));
}
// The first byte a view covers: its buffer's memory plus its offset (NULL
// when the buffer is detached).
NARI_EXPORT void* nari_v8__ArrayBufferView__Data(H view) {
  void* data;
  if (ReadTypedArrayData(view, &data)) return data;
  v8::Local<v8::ArrayBufferView> v = L<v8::ArrayBufferView>(view);
  auto* base = static_cast<uint8_t*>(v->Buffer()->Data());
  return base == nullptr ? nullptr : base + v->ByteOffset();
}
NARI_EXPORT size_t nari_v8__ArrayBufferView__ByteOffset(H view) {
  size_t offset;
  if (ReadTypedArrayByteOffset(view, &offset)) return offset;
  return L<v8::ArrayBufferView>(view)->ByteOffset();
}
NARI_EXPORT size_t nari_v8__ArrayBufferView__ByteLength(H view) {
  return L<v8::ArrayBufferView>(view)->ByteLength();
}
