//! (in progress) V8 shims for this area.
