//! Unhandled promise rejections, tracked as V8 reports them: a rejection
//! without a handler is remembered; a handler added later forgets it. After
//! each microtask checkpoint the JS side takes the list (`natives.
//! takeUnhandledRejections`) and applies node's policy (`unhandledRejection`
//! listeners, else an uncaught exception).

use std::cell::RefCell;
use std::os::raw::c_int;

use napi_host::v8::{self, Global, Local};

thread_local! {
    static PENDING: RefCell<Vec<(Global, Global)>> = const { RefCell::new(Vec::new()) };
}

const REJECTED_WITHOUT_HANDLER: c_int = 0;
const HANDLER_ADDED_AFTER_REJECT: c_int = 1;

extern "C" fn on_reject(event: c_int, promise: Local, value: Option<Local>) {
    match event {
        REJECTED_WITHOUT_HANDLER => {
            let reason = value.unwrap_or_else(v8::undefined);
            PENDING.with_borrow_mut(|pending| {
                pending.push((Global::new(promise), Global::new(reason)))
            });
        }
        HANDLER_ADDED_AFTER_REJECT => {
            PENDING.with_borrow_mut(|pending| {
                pending.retain(|(p, _)| !p.get().strict_equals(promise))
            });
        }
        _ => {}
    }
}

/// Starts tracking (once, on the JS thread).
pub fn install() {
    v8::set_promise_reject_callback(on_reject);
}

/// `[promise, reason, promise, reason, …]` of rejections still unhandled; clears the list.
pub fn take() -> Local {
    let pending = PENDING.with_borrow_mut(std::mem::take);
    let array = v8::new_array(pending.len() * 2);
    for (i, (promise, reason)) in pending.iter().enumerate() {
        let _ = array.set_index(2 * i as u32, promise.get());
        let _ = array.set_index(2 * i as u32 + 1, reason.get());
    }
    array
}
