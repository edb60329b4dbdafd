//! ES modules: the natives the ESM loader (`modules/esm.js`) drives V8's
//! module API with, and the host hooks V8 calls.
//!
//! The loader (JS) resolves and loads a module graph, then records for every
//! module which module each of its specifiers resolved to (`esmLink`); the
//! resolve hook V8 calls while instantiating answers from that record, without
//! running JavaScript. `import.meta`, dynamic `import()` and the evaluation of
//! synthetic modules go to JS functions the bootstrap registers
//! (`esmSetHooks`); those load the loader on first use, so start-up does not
//! pay for it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::os::raw::c_int;
use std::path::{Path, PathBuf};

use napi_host::v8::{self, ErrorKind, Global, Local, ModuleId, ModuleStatus};
use napi_host::NativeCall;

use crate::natives::{error, string, thrown};

type NativeResult = Result<Local, Local>;

/// The source of the ESM loader.
pub const ESM_SOURCE: &str = include_str!("esm.js");

/// The JS side of the host hooks.
struct Hooks {
    import_dynamically: Global,
    import_meta: Global,
    evaluate_synthetic: Global,
}

thread_local! {
    static HOOKS: RefCell<Option<Hooks>> = const { RefCell::new(None) };
    /// (referrer, specifier) -> the module it resolved to.
    static LINKS: RefCell<HashMap<(i32, String), i32>> = RefCell::new(HashMap::new());
}

fn type_error(what: &str) -> Local {
    error(ErrorKind::TypeError, what, Some("ERR_INVALID_ARG_TYPE"))
}

fn module_arg(call: &NativeCall, i: usize) -> Result<ModuleId, Local> {
    let value = call.arg(i);
    let id = if value.is_number() {
        value.int32_value()
    } else {
        -1
    };
    if v8::is_module_id(id) {
        Ok(ModuleId(id))
    } else {
        Err(type_error("not a module id"))
    }
}

fn strings_arg(value: Local, what: &str) -> Result<Vec<Local>, Local> {
    if !value.is_array() {
        return Err(type_error(what));
    }
    let items: Vec<Local> = (0..value.array_length())
        .map(|i| value.get_index(i))
        .collect::<Result<_, _>>()
        .map_err(thrown)?;
    if items.iter().all(|s| s.is_string()) {
        Ok(items)
    } else {
        Err(type_error(what))
    }
}

/// esmSetHooks(importDynamically, importMeta, evaluateSynthetic): the JS
/// side of the host hooks; installs the V8 hooks.
pub fn set_hooks(call: &NativeCall) -> NativeResult {
    let (a, b, c) = (call.arg(0), call.arg(1), call.arg(2));
    if !a.is_function() || !b.is_function() || !c.is_function() {
        return Err(type_error("esmSetHooks(function, function, function)"));
    }
    HOOKS.with_borrow_mut(|hooks| {
        *hooks = Some(Hooks {
            import_dynamically: Global::new(a),
            import_meta: Global::new(b),
            evaluate_synthetic: Global::new(c),
        })
    });
    // Import assertions (`assert { type: 'json' }`) are behind a flag in V8
    // 10.2; set before any module is compiled.
    v8::set_flags("--harmony-import-assertions");
    v8::set_module_hooks(on_resolve, on_evaluate_synthetic, on_import_meta, on_import);
    Ok(v8::undefined())
}

pub fn loader_source(_call: &NativeCall) -> NativeResult {
    Ok(string(ESM_SOURCE))
}

/// esmEntryIsModule(path): whether the program's entry point is an ES module
/// — a `.mjs` file, or a `.js` file whose package scope has `"type":
/// "module"` (the entry found as `require` would: as given or with `.js`).
pub fn entry_is_module(call: &NativeCall) -> NativeResult {
    let value = call.arg(0);
    if !value.is_string() {
        return Err(type_error("esmEntryIsModule(path)"));
    }
    let given = PathBuf::from(value.to_rust_string());
    let given = std::env::current_dir()
        .map(|cwd| cwd.join(&given))
        .unwrap_or(given);
    let with_js = PathBuf::from(format!("{}.js", given.display()));
    let file = if given.is_file() {
        given
    } else if with_js.is_file() {
        with_js
    } else {
        return Ok(v8::boolean(false));
    };
    let file = std::fs::canonicalize(&file).unwrap_or(file);
    let module = match file.extension().and_then(|e| e.to_str()) {
        Some("mjs") => true,
        Some("js") => package_type(&file)? == Some("module".into()),
        _ => false,
    };
    Ok(v8::boolean(module))
}

/// The `type` of the package scope of `file`: the nearest package.json.
fn package_type(file: &Path) -> Result<Option<String>, Local> {
    for dir in file.ancestors().skip(1) {
        let manifest = dir.join("package.json");
        let Ok(text) = std::fs::read(&manifest) else {
            continue;
        };
        let parsed = json_parse(&text).map_err(|e| {
            let message = format!("Invalid package config {}.", manifest.display());
            let err = error(
                ErrorKind::Error,
                &message,
                Some("ERR_INVALID_PACKAGE_CONFIG"),
            );
            let _ = e;
            err
        })?;
        if !parsed.is_object() {
            return Ok(None);
        }
        let kind = parsed
            .get(v8::internalized_string("type"))
            .map_err(thrown)?;
        return Ok(kind.is_string().then(|| kind.to_rust_string()));
    }
    Ok(None)
}

fn json_parse(text: &[u8]) -> Result<Local, Local> {
    let json = v8::global_object()
        .get(v8::internalized_string("JSON"))
        .map_err(thrown)?;
    let parse = json.get(v8::internalized_string("parse")).map_err(thrown)?;
    let text = v8::string_from_utf8(text).ok_or_else(|| type_error("package.json too large"))?;
    v8::call_function(parse, json, &[text]).map_err(thrown)
}

/// esmCompile(source, url): a module id, or `{ error, arrow }` for a syntax
/// error (arrow: `url:line\n<line>\n   ^\n`, or undefined).
pub fn compile(call: &NativeCall) -> NativeResult {
    let (source, url) = (call.arg(0), call.arg(1));
    if !source.is_string() || !url.is_string() {
        return Err(type_error("esmCompile(source, url)"));
    }
    match v8::compile_module(source, url) {
        Ok(id) => Ok(v8::int32(id.0)),
        Err(failure) => {
            let result = v8::new_object();
            crate::natives::set(result, "error", thrown(failure.exception));
            if let Some(arrow) = failure.arrow {
                crate::natives::set(result, "arrow", arrow);
            }
            Ok(result)
        }
    }
}

/// esmCreateSynthetic(url, exportNames): a synthetic module's id.
pub fn create_synthetic(call: &NativeCall) -> NativeResult {
    let url = call.arg(0);
    if !url.is_string() {
        return Err(type_error("esmCreateSynthetic(url, names)"));
    }
    let names = strings_arg(call.arg(1), "esmCreateSynthetic(url, names)")?;
    Ok(v8::int32(v8::create_synthetic_module(url, &names).0))
}

/// esmSetExport(id, name, value): an export of a synthetic module.
pub fn set_export(call: &NativeCall) -> NativeResult {
    let id = module_arg(call, 0)?;
    let name = call.arg(1);
    if !name.is_string() {
        return Err(type_error("esmSetExport(id, name, value)"));
    }
    v8::set_synthetic_export(id, name, call.arg(2)).map_err(thrown)?;
    Ok(v8::undefined())
}

/// esmRequests(id): the specifiers the module imports.
pub fn requests(call: &NativeCall) -> NativeResult {
    Ok(v8::module_requests(module_arg(call, 0)?))
}

/// esmRequestTypes(id): the `type` import assertion of each request.
pub fn request_types(call: &NativeCall) -> NativeResult {
    Ok(v8::module_request_types(module_arg(call, 0)?))
}

/// esmLink(id, specifiers, ids): what each specifier of module `id` resolved to.
pub fn link(call: &NativeCall) -> NativeResult {
    let id = module_arg(call, 0)?;
    let specifiers = strings_arg(call.arg(1), "esmLink(id, specifiers, ids)")?;
    let targets = call.arg(2);
    if !targets.is_array() || targets.array_length() as usize != specifiers.len() {
        return Err(type_error("esmLink(id, specifiers, ids)"));
    }
    let mut resolved = Vec::with_capacity(specifiers.len());
    for (i, specifier) in specifiers.iter().enumerate() {
        let target = targets.get_index(i as u32).map_err(thrown)?;
        if !target.is_number() || !v8::is_module_id(target.int32_value()) {
            return Err(type_error("esmLink: not a module id"));
        }
        resolved.push((specifier.to_rust_string(), target.int32_value()));
    }
    LINKS.with_borrow_mut(|links| {
        for (specifier, target) in resolved {
            links.insert((id.0, specifier), target);
        }
    });
    Ok(v8::undefined())
}

/// esmInstantiate(id): links the graph (every module must have been linked).
pub fn instantiate(call: &NativeCall) -> NativeResult {
    let id = module_arg(call, 0)?;
    v8::instantiate_module(id).map_err(thrown)?;
    Ok(v8::undefined())
}

/// esmEvaluate(id): the module's evaluation promise.
pub fn evaluate(call: &NativeCall) -> NativeResult {
    let id = module_arg(call, 0)?;
    if v8::module_status(id) == ModuleStatus::Uninstantiated {
        return Err(error(
            ErrorKind::Error,
            "esmEvaluate: module not instantiated",
            None,
        ));
    }
    v8::evaluate_module(id).map_err(thrown)
}

/// esmNamespace(id): the namespace object of an instantiated module.
pub fn namespace(call: &NativeCall) -> NativeResult {
    let id = module_arg(call, 0)?;
    match v8::module_status(id) {
        ModuleStatus::Uninstantiated | ModuleStatus::Instantiating => Err(error(
            ErrorKind::Error,
            "esmNamespace: module not instantiated",
            None,
        )),
        _ => Ok(v8::module_namespace(id)),
    }
}

/// esmStatus(id): 0 uninstantiated, 1 instantiating, 2 instantiated,
/// 3 evaluating, 4 evaluated, 5 errored; `[5, error]` when errored.
pub fn status(call: &NativeCall) -> NativeResult {
    let id = module_arg(call, 0)?;
    let status = v8::module_status(id);
    Ok(match v8::module_exception(id) {
        Some(exception) => {
            let pair = v8::new_array(2);
            let _ = pair.set_index(0, v8::int32(5));
            let _ = pair.set_index(1, exception);
            pair
        }
        None => v8::int32(status as i32),
    })
}

// ---- hooks V8 calls ----------------------------------------------------------

fn hook(pick: impl Fn(&Hooks) -> Local) -> Option<Local> {
    HOOKS.with_borrow(|hooks| hooks.as_ref().map(pick))
}

extern "C" fn on_resolve(specifier: Local, referrer: c_int) -> c_int {
    let text = specifier.to_rust_string();
    let found = LINKS.with_borrow(|links| links.get(&(referrer, text.clone())).copied());
    match found {
        Some(id) => id,
        None => {
            v8::throw(error(
                ErrorKind::Error,
                &format!("module '{text}' was not loaded before instantiation"),
                Some("ERR_INTERNAL_ASSERTION"),
            ));
            -1
        }
    }
}

extern "C" fn on_evaluate_synthetic(id: c_int) -> bool {
    let Some(function) = hook(|h| h.evaluate_synthetic.get()) else {
        return true;
    };
    match v8::call_function(function, v8::undefined(), &[v8::int32(id)]) {
        Ok(_) => true,
        Err(exception) => {
            v8::throw(thrown(exception));
            false
        }
    }
}

extern "C" fn on_import_meta(id: c_int, meta: Local) {
    if let Some(function) = hook(|h| h.import_meta.get()) {
        // An exception here has nowhere to go (V8 ignores the hook's outcome).
        let _ = v8::call_function(function, v8::undefined(), &[v8::int32(id), meta]);
    }
}

extern "C" fn on_import(specifier: Local, referrer: Local, assertion_type: Local) -> Option<Local> {
    let Some(function) = hook(|h| h.import_dynamically.get()) else {
        v8::throw(error(
            ErrorKind::Error,
            "dynamic import is not available yet",
            Some("ERR_INTERNAL_ASSERTION"),
        ));
        return None;
    };
    match v8::call_function(
        function,
        v8::undefined(),
        &[specifier, referrer, assertion_type],
    ) {
        Ok(promise) if promise.is_promise() => Some(promise),
        Ok(_) => {
            v8::throw(error(
                ErrorKind::TypeError,
                "the import hook returned no promise",
                Some("ERR_INTERNAL_ASSERTION"),
            ));
            None
        }
        Err(exception) => {
            v8::throw(thrown(exception));
            None
        }
    }
}
