//! Objects and arrays: creation, properties by key, name and index, and
//! `napi_define_properties`.
//!
//! As in Node, property functions convert their target with ToObject: a
//! primitive receiver is boxed, `null`/`undefined` give `napi_object_expected`
//! (with the TypeError pending). A getter, setter or proxy trap that throws
//! leaves its exception pending and the call fails with
//! `napi_pending_exception` (Node.js 22 and later; 20 said `napi_generic_failure`).

use std::os::raw::c_char;

use crate::abi::*;
use crate::env::{arg, napi_fn, out, Env, NapiResult};
use crate::js_native_api::functions::addon_function;
use crate::v8::{self, Descriptor, Local};

/// The target of a property operation, via ToObject.
///
/// # Safety
/// `object` NULL or a live handle.
unsafe fn target(env: &Env, object: napi_value) -> NapiResult<Local> {
    // SAFETY: per the caller's guarantee.
    let object = unsafe { arg(object) }?;
    if object.is_object() {
        return Ok(object);
    }
    env.js_or(object.to_object(), napi_object_expected)
}

/// A property key from a NUL-terminated UTF-8 name; NULL is `napi_invalid_arg`.
/// Internalized, as V8 would make it for a property name (saves V8 a lookup
/// on every use; addons pass the same few names again and again).
///
/// # Safety
/// `name` NULL or NUL-terminated.
unsafe fn name_key(name: *const c_char) -> NapiResult<Local> {
    if name.is_null() {
        return Err(napi_invalid_arg);
    }
    // SAFETY: per the caller's guarantee, NUL-terminated.
    unsafe { v8::property_key_cstr(name) }.ok_or(napi_generic_failure)
}

napi_fn! {
    fn napi_create_object(_env, result: *mut napi_value) {
        out(result)?.set(v8::new_object().to_napi());
        Ok(())
    }
}

napi_fn! {
    fn napi_create_array(_env, result: *mut napi_value) {
        out(result)?.set(v8::new_array(0).to_napi());
        Ok(())
    }
}

napi_fn! {
    /// An array with `length` holes.
    fn napi_create_array_with_length(_env, length: usize, result: *mut napi_value) {
        out(result)?.set(v8::new_array(length).to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Non-arrays give `napi_array_expected`.
    js fn napi_get_array_length(_env, value: napi_value, result: *mut u32) {
        let (value, result) = (arg(value)?, out(result)?);
        if !value.is_array() {
            return Err(napi_array_expected);
        }
        result.set(value.array_length());
        Ok(())
    }
}

napi_fn! {
    fn napi_is_array(_env, value: napi_value, result: *mut bool) {
        let (value, result) = (arg(value)?, out(result)?);
        result.set(value.is_array());
        Ok(())
    }
}

napi_fn! {
    /// `object[key] = value`.
    js fn napi_set_property(env, object: napi_value, key: napi_value, value: napi_value) {
        let (key, value) = (arg(key)?, arg(value)?);
        let object = target(env, object)?;
        env.js(object.set(key, value))
    }
}

napi_fn! {
    /// Writes `object[key]`.
    js fn napi_get_property(env, object: napi_value, key: napi_value, result: *mut napi_value) {
        let (key, result) = (arg(key)?, out(result)?);
        let object = target(env, object)?;
        result.set(env.js(object.get(key))?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes `key in object`.
    js fn napi_has_property(env, object: napi_value, key: napi_value, result: *mut bool) {
        let (key, result) = (arg(key)?, out(result)?);
        let object = target(env, object)?;
        result.set(env.js(object.has(key))?);
        Ok(())
    }
}

napi_fn! {
    /// `delete object[key]`; `result` (may be NULL) gets whether it succeeded.
    js fn napi_delete_property(env, object: napi_value, key: napi_value, result: *mut bool) {
        let key = arg(key)?;
        let object = target(env, object)?;
        let deleted = env.js(object.delete(key))?;
        if !result.is_null() {
            result.write(deleted);
        }
        Ok(())
    }
}

napi_fn! {
    /// Own-property check; `key` must be a string or symbol (`napi_name_expected`).
    js fn napi_has_own_property(env, object: napi_value, key: napi_value, result: *mut bool) {
        let (key, result) = (arg(key)?, out(result)?);
        let object = target(env, object)?;
        if !key.is_name() {
            return Err(napi_name_expected);
        }
        result.set(env.js(object.has_own(key))?);
        Ok(())
    }
}

napi_fn! {
    /// `object[utf8name] = value`.
    js fn napi_set_named_property(env, object: napi_value, utf8name: *const c_char, value: napi_value) {
        let value = arg(value)?;
        let object = target(env, object)?;
        let key = name_key(utf8name)?;
        env.js(object.set(key, value))
    }
}

napi_fn! {
    /// Writes `object[utf8name]`.
    js fn napi_get_named_property(env, object: napi_value, utf8name: *const c_char, result: *mut napi_value) {
        let result = out(result)?;
        let object = target(env, object)?;
        let key = name_key(utf8name)?;
        result.set(env.js(object.get(key))?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes `utf8name in object`.
    js fn napi_has_named_property(env, object: napi_value, utf8name: *const c_char, result: *mut bool) {
        let result = out(result)?;
        let object = target(env, object)?;
        let key = name_key(utf8name)?;
        result.set(env.js(object.has(key))?);
        Ok(())
    }
}

napi_fn! {
    /// `object[index] = value`.
    js fn napi_set_element(env, object: napi_value, index: u32, value: napi_value) {
        let value = arg(value)?;
        let object = target(env, object)?;
        env.js(object.set_index(index, value))
    }
}

napi_fn! {
    /// Writes `object[index]`.
    js fn napi_get_element(env, object: napi_value, index: u32, result: *mut napi_value) {
        let result = out(result)?;
        let object = target(env, object)?;
        result.set(env.js(object.get_index(index))?.to_napi());
        Ok(())
    }
}

napi_fn! {
    /// Writes `index in object`.
    js fn napi_has_element(env, object: napi_value, index: u32, result: *mut bool) {
        let result = out(result)?;
        let object = target(env, object)?;
        result.set(env.js(object.has_index(index))?);
        Ok(())
    }
}

napi_fn! {
    /// `delete object[index]`; `result` (may be NULL) gets whether it succeeded.
    js fn napi_delete_element(env, object: napi_value, index: u32, result: *mut bool) {
        let object = target(env, object)?;
        let deleted = env.js(object.delete_index(index))?;
        if !result.is_null() {
            result.write(deleted);
        }
        Ok(())
    }
}

/// The key of a property descriptor: `utf8name`, else `name` (a string or symbol).
///
/// # Safety
/// The descriptor's pointers follow the Node-API contract.
unsafe fn descriptor_key(p: &napi_property_descriptor) -> NapiResult<Local> {
    if !p.utf8name.is_null() {
        // SAFETY: per the caller's guarantee.
        return unsafe { name_key(p.utf8name) };
    }
    // SAFETY: per the caller's guarantee.
    let name = unsafe { Local::from_napi(p.name) }.ok_or(napi_name_expected)?;
    if name.is_name() {
        Ok(name)
    } else {
        Err(napi_name_expected)
    }
}

/// Defines one property described by `p` on `object`.
///
/// # Safety
/// The descriptor's pointers follow the Node-API contract.
pub(crate) unsafe fn define_property(
    env: &Env,
    object: Local,
    p: &napi_property_descriptor,
) -> NapiResult {
    // SAFETY: per the caller's guarantee.
    let key = unsafe { descriptor_key(p) }?;
    let enumerable = p.attributes & napi_enumerable != 0;
    let configurable = p.attributes & napi_configurable != 0;
    let writable = p.attributes & napi_writable != 0;
    let descriptor = if p.getter.is_some() || p.setter.is_some() {
        // SAFETY: the name pointer is not used (NULL); callbacks come from the addon.
        let accessor = |cb: napi_callback| -> NapiResult<Option<Local>> {
            cb.map(|_| unsafe { addon_function(env, std::ptr::null(), 0, cb, p.data) })
                .transpose()
        };
        Descriptor::Accessor {
            getter: accessor(p.getter)?,
            setter: accessor(p.setter)?,
        }
    } else if p.method.is_some() {
        // SAFETY: as above.
        let method = unsafe { addon_function(env, std::ptr::null(), 0, p.method, p.data) }?;
        Descriptor::Data {
            value: method,
            writable,
        }
    } else {
        // SAFETY: per the caller's guarantee, p.value is NULL or a live handle.
        let value = unsafe { Local::from_napi(p.value) }.unwrap_or_else(v8::undefined);
        Descriptor::Data { value, writable }
    };
    // Node reports a refused or throwing definition as napi_invalid_arg, but a
    // refused method as napi_generic_failure.
    let refused = if p.method.is_some() && p.getter.is_none() && p.setter.is_none() {
        napi_generic_failure
    } else {
        napi_invalid_arg
    };
    if env.js(object.define_property(key, descriptor, enumerable, configurable))? {
        Ok(())
    } else {
        Err(refused)
    }
}

napi_fn! {
    /// Defines each of `properties[0..property_count]` on `object`.
    js fn napi_define_properties(
        env,
        object: napi_value,
        property_count: usize,
        properties: *const napi_property_descriptor,
    ) {
        if property_count > 0 && properties.is_null() {
            return Err(napi_invalid_arg);
        }
        let object = target(env, object)?;
        let properties = if property_count == 0 {
            &[][..]
        } else {
            std::slice::from_raw_parts(properties, property_count)
        };
        for p in properties {
            define_property(env, object, p)?;
        }
        Ok(())
    }
}
