//! Classes: `napi_define_class`, and `napi_instanceof`.
//!
//! A class is a V8 function template whose calls run the addon's constructor
//! through the same trampoline as every native function (see `functions.rs`):
//! `new` creates the instance (from `new.target.prototype`, so JS subclasses
//! work) and the constructor sees it as `this`; a call without `new` is
//! allowed, as in Node, and `napi_get_new_target` then gives NULL.
//!
//! Members without `napi_static` go on the prototype template: methods carry a
//! signature (calling one on a foreign receiver throws a TypeError, as in
//! Node), accessors become getter/setter pairs. `napi_static` members are
//! defined on the constructor as `napi_define_properties` would.
//!
//! Every callback is a leaked [`Callback`], like those of `napi_create_function`.

use std::ffi::c_void;
use std::os::raw::c_char;

use crate::abi::*;
use crate::env::{arg, c_bytes, napi_fn, out, Env, NapiResult, NAPI_AUTO_LENGTH};
use crate::js_native_api::functions::{static_env, Callback, Target};
use crate::js_native_api::objects::define_property;
use crate::js_native_api::prototypes::to_object;
use crate::v8::{self, Attributes, ErrorKind, FunctionTemplate, Local};

/// A template running the addon's `callback` with `data`.
fn template(
    env: &Env,
    callback: napi_callback,
    data: *mut c_void,
    receiver: Option<FunctionTemplate>,
) -> NapiResult<FunctionTemplate> {
    let callback = callback.ok_or(napi_invalid_arg)?;
    let bundle = Box::into_raw(Box::new(Callback {
        env: static_env(env),
        target: Target::Addon { callback, data },
    }));
    // SAFETY: the Callback is leaked, so it outlives every function made from it.
    Ok(unsafe { FunctionTemplate::new(bundle.cast(), receiver) })
}

/// The key of a member: `utf8name`, else `name` (a string or symbol).
///
/// # Safety
/// The descriptor's pointers follow the Node-API contract.
unsafe fn member_key(p: &napi_property_descriptor) -> NapiResult<Local> {
    if !p.utf8name.is_null() {
        // SAFETY: per the caller's guarantee, NUL-terminated.
        let bytes = unsafe { c_bytes(p.utf8name, NAPI_AUTO_LENGTH) }?;
        return v8::string_from_utf8(bytes).ok_or(napi_generic_failure);
    }
    // SAFETY: per the caller's guarantee.
    match unsafe { Local::from_napi(p.name) } {
        Some(name) if name.is_name() => Ok(name),
        _ => Err(napi_name_expected),
    }
}

/// Adds one instance member to the class template. Object values cannot live
/// on a template: they are returned, to be defined on the prototype later.
///
/// # Safety
/// The descriptor's pointers follow the Node-API contract.
unsafe fn add_member<'p>(
    env: &Env,
    class: FunctionTemplate,
    p: &'p napi_property_descriptor,
) -> NapiResult<Option<&'p napi_property_descriptor>> {
    // SAFETY: per the caller's guarantee.
    let key = unsafe { member_key(p) }?;
    let attributes = Attributes {
        writable: p.attributes & napi_writable != 0,
        enumerable: p.attributes & napi_enumerable != 0,
        configurable: p.attributes & napi_configurable != 0,
    };
    if p.getter.is_some() || p.setter.is_some() {
        let accessor = |cb: napi_callback| cb.map(|_| template(env, cb, p.data, None)).transpose();
        class.prototype_accessor(key, accessor(p.getter)?, accessor(p.setter)?, attributes);
    } else if p.method.is_some() {
        let method = template(env, p.method, p.data, Some(class))?;
        class.prototype_method(key, method, attributes);
    } else {
        // SAFETY: per the caller's guarantee, NULL or a live handle.
        let value = unsafe { Local::from_napi(p.value) }.unwrap_or_else(v8::undefined);
        if value.is_object() {
            return Ok(Some(p));
        }
        class.prototype_value(key, value, attributes);
    }
    Ok(None)
}

napi_fn! {
    /// A class named `utf8name` (`length` bytes, or NUL-terminated) whose
    /// constructor runs `constructor` with `data`, with the members described
    /// by `properties[0..property_count]`. Writes the constructor to `result`.
    js fn napi_define_class(
        env,
        utf8name: *const c_char,
        length: usize,
        constructor: napi_callback,
        data: *mut c_void,
        property_count: usize,
        properties: *const napi_property_descriptor,
        result: *mut napi_value,
    ) {
        let result = out(result)?;
        if constructor.is_none() || (property_count > 0 && properties.is_null()) {
            return Err(napi_invalid_arg);
        }
        let class = template(env, constructor, data, None)?;
        if utf8name.is_null() {
            return Err(napi_invalid_arg);
        }
        let name = v8::string_from_utf8(c_bytes(utf8name, length)?).ok_or(napi_generic_failure)?;
        class.set_class_name(name);
        let properties = if property_count == 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(properties, property_count)
        };
        let is_static = |p: &&napi_property_descriptor| p.attributes & napi_static != 0;
        let mut object_values: Vec<&napi_property_descriptor> = Vec::new();
        for p in properties.iter().filter(|p| !is_static(p)) {
            object_values.extend(add_member(env, class, p)?);
        }
        let function = env.js(class.get_function())?;
        if !object_values.is_empty() {
            // Node aborts here (V8 refuses objects on templates); nari defines
            // them on the prototype object instead.
            let prototype = env.js(function.get(v8::internalized_string("prototype")))?;
            for p in object_values {
                define_property(env, prototype, p)?;
            }
        }
        for p in properties.iter().filter(is_static) {
            define_property(env, function, p)?;
        }
        result.set(function.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes `object instanceof constructor`. A `constructor` that is not a
    /// function gives `napi_function_expected` with a TypeError pending.
    js fn napi_instanceof(env, object: napi_value, constructor: napi_value, result: *mut bool) {
        let object = arg(object)?;
        let result = out(result)?;
        let constructor = to_object(env, constructor)?;
        if !constructor.is_function() {
            let message = v8::internalized_string("Constructor must be a function");
            let error = v8::new_error(ErrorKind::TypeError, message);
            let code = v8::internalized_string("ERR_NAPI_CONS_FUNCTION");
            env.js(error.set(v8::internalized_string("code"), code))?;
            env.set_pending_exception(error);
            return Err(napi_function_expected);
        }
        result.set(env.js_or(object.instance_of(constructor), napi_generic_failure)?);
        Ok(())
    }
}
