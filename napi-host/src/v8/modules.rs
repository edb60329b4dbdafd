//! ES modules (`modules.cc`): compiling source text modules, synthetic
//! modules (CommonJS and builtins seen as modules), linking, evaluation, and
//! the host hooks for `import.meta` and dynamic `import()`.
//!
//! A module is not a JS value: the shim keeps every module in a table for the
//! life of the isolate and names it by a [`ModuleId`].

use super::{catching, catching_local, Exception, Local};
use std::os::raw::c_int;

/// A module created by [`compile_module`] or [`create_synthetic_module`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ModuleId(pub i32);

/// `v8::Module::Status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleStatus {
    Uninstantiated,
    Instantiating,
    Instantiated,
    Evaluating,
    Evaluated,
    Errored,
}

/// Resolves `specifier` imported by module `referrer` (-1: unknown) during
/// [`instantiate_module`]: returns the module id, or -1 after throwing with
/// [`super::throw`]. Must not run JavaScript.
pub type ResolveHook = extern "C" fn(specifier: Local, referrer: c_int) -> c_int;
/// A synthetic module's evaluation steps: sets its exports
/// ([`set_synthetic_export`]); false after throwing with [`super::throw`].
pub type EvaluateSyntheticHook = extern "C" fn(id: c_int) -> bool;
/// Fills `import.meta` of module `id` on its first use.
pub type ImportMetaHook = extern "C" fn(id: c_int, meta: Local);
/// `import(specifier)` from the script or module named `referrer` (the
/// resource name of its origin, or undefined), with `type` the value of its
/// `type` import assertion (or undefined): returns a promise, or None after
/// throwing with [`super::throw`].
pub type ImportDynamicallyHook =
    extern "C" fn(specifier: Local, referrer: Local, assertion_type: Local) -> Option<Local>;

mod ffi {
    use super::*;
    extern "C" {
        pub fn nari_v8__Module__SetHooks(
            resolve: ResolveHook,
            evaluate_synthetic: EvaluateSyntheticHook,
            import_meta: ImportMetaHook,
            import_dynamically: ImportDynamicallyHook,
        );
        pub fn nari_v8__Module__Compile(
            source: Local,
            name: Local,
            id: *mut c_int,
            arrow: *mut Option<Local>,
            exception: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Module__CreateSynthetic(
            name: Local,
            count: c_int,
            names: *const Local,
        ) -> c_int;
        pub fn nari_v8__Module__SetSyntheticExport(
            id: c_int,
            name: Local,
            value: Local,
            exception: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Module__Requests(id: c_int) -> Local;
        pub fn nari_v8__Module__RequestTypes(id: c_int) -> Local;
        pub fn nari_v8__Module__Instantiate(id: c_int, exception: *mut Exception) -> bool;
        pub fn nari_v8__Module__Evaluate(
            id: c_int,
            result: *mut Option<Local>,
            exception: *mut Exception,
        ) -> bool;
        pub fn nari_v8__Module__Namespace(id: c_int) -> Local;
        pub fn nari_v8__Module__Status(id: c_int) -> c_int;
        pub fn nari_v8__Module__Exception(id: c_int) -> Local;
        pub fn nari_v8__Module__Count() -> c_int;
    }
}

/// Why [`compile_module`] failed: the exception (a SyntaxError), and where:
/// `"name:line\n<source line>\n   ^\n"` when V8 knows.
#[derive(Debug)]
pub struct CompileError {
    pub exception: Exception,
    pub arrow: Option<Local>,
}

/// Installs the module hooks (once, on the JS thread inside `run`).
pub fn set_module_hooks(
    resolve: ResolveHook,
    evaluate_synthetic: EvaluateSyntheticHook,
    import_meta: ImportMetaHook,
    import_dynamically: ImportDynamicallyHook,
) {
    // SAFETY: on the JS thread inside `run`; the hooks are plain functions.
    unsafe {
        ffi::nari_v8__Module__SetHooks(resolve, evaluate_synthetic, import_meta, import_dynamically)
    }
}

/// Whether `id` names a module the shim made.
pub fn is_module_id(id: i32) -> bool {
    // SAFETY: reads the size of the shim's table, on the JS thread.
    id >= 0 && id < unsafe { ffi::nari_v8__Module__Count() }
}

fn checked(id: ModuleId) -> c_int {
    assert!(is_module_id(id.0), "not a module id: {}", id.0);
    id.0
}

/// Compiles `source` (a string) as a module whose origin is `name` (a string).
pub fn compile_module(source: Local, name: Local) -> Result<ModuleId, CompileError> {
    let mut id: c_int = -1;
    let mut arrow = None;
    let mut exception: Exception = None;
    // SAFETY: live string handles (callers check); out-pointers are locals.
    let ok =
        unsafe { ffi::nari_v8__Module__Compile(source, name, &mut id, &mut arrow, &mut exception) };
    if ok {
        Ok(ModuleId(id))
    } else {
        Err(CompileError { exception, arrow })
    }
}

/// A synthetic module named `name` exporting `export_names` (strings); its
/// evaluation steps are the [`EvaluateSyntheticHook`].
pub fn create_synthetic_module(name: Local, export_names: &[Local]) -> ModuleId {
    // SAFETY: live string handles (callers check); `names` points at
    // export_names.len() handles.
    ModuleId(unsafe {
        ffi::nari_v8__Module__CreateSynthetic(
            name,
            export_names.len() as c_int,
            export_names.as_ptr(),
        )
    })
}

/// Sets export `name` (declared at creation) of a synthetic module.
pub fn set_synthetic_export(id: ModuleId, name: Local, value: Local) -> Result<(), Exception> {
    let id = checked(id);
    // SAFETY: a valid id; live handles; `name` is a string (callers check).
    catching(|_: &mut (), exc| unsafe {
        ffi::nari_v8__Module__SetSyntheticExport(id, name, value, exc)
    })
}

/// The specifiers a module imports (an Array of strings; empty for synthetic modules).
pub fn module_requests(id: ModuleId) -> Local {
    let id = checked(id);
    // SAFETY: a valid id, on the JS thread.
    unsafe { ffi::nari_v8__Module__Requests(id) }
}

/// The `type` import assertion of each of [`module_requests`] (an Array of
/// strings or undefined).
pub fn module_request_types(id: ModuleId) -> Local {
    let id = checked(id);
    // SAFETY: a valid id, on the JS thread.
    unsafe { ffi::nari_v8__Module__RequestTypes(id) }
}

/// Links the module graph, calling the [`ResolveHook`] for each import.
pub fn instantiate_module(id: ModuleId) -> Result<(), Exception> {
    let id = checked(id);
    // SAFETY: a valid id, on the JS thread inside the context.
    catching(|_: &mut (), exc| unsafe { ffi::nari_v8__Module__Instantiate(id, exc) })
}

/// Evaluates an instantiated module: a promise, settled when the module (with
/// its top-level await) is done.
pub fn evaluate_module(id: ModuleId) -> Result<Local, Exception> {
    let id = checked(id);
    assert!(
        module_status(ModuleId(id)) != ModuleStatus::Uninstantiated,
        "evaluating a module that is not instantiated"
    );
    // SAFETY: a valid, instantiated module, on the JS thread.
    catching_local(|result, exc| unsafe { ffi::nari_v8__Module__Evaluate(id, result, exc) })
}

/// The namespace object of an instantiated module.
pub fn module_namespace(id: ModuleId) -> Local {
    let status = module_status(id);
    assert!(
        status != ModuleStatus::Uninstantiated && status != ModuleStatus::Instantiating,
        "the namespace of a module that is not instantiated"
    );
    // SAFETY: a valid id of an instantiated module (checked above).
    unsafe { ffi::nari_v8__Module__Namespace(id.0) }
}

pub fn module_status(id: ModuleId) -> ModuleStatus {
    let id = checked(id);
    // SAFETY: a valid id, on the JS thread.
    match unsafe { ffi::nari_v8__Module__Status(id) } {
        0 => ModuleStatus::Uninstantiated,
        1 => ModuleStatus::Instantiating,
        2 => ModuleStatus::Instantiated,
        3 => ModuleStatus::Evaluating,
        4 => ModuleStatus::Evaluated,
        _ => ModuleStatus::Errored,
    }
}

/// The error of an errored module (None otherwise).
pub fn module_exception(id: ModuleId) -> Option<Local> {
    if module_status(id) != ModuleStatus::Errored {
        return None;
    }
    // SAFETY: a valid id of an errored module (checked above).
    Some(unsafe { ffi::nari_v8__Module__Exception(id.0) })
}
