//! (in progress) See js_native_api.h.
